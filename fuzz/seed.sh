#!/usr/bin/env bash
# Seed the fuzzers' corpora with the shared corpus and the rule fixtures (not committed).
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p corpus/check_text corpus/check_options corpus/check_edits corpus/check_docx corpus/check_docx_parts
cp ../../shared/corpus/seed/*.txt ../../shared/corpus/real/*.txt corpus/check_text/ 2>/dev/null || true
for f in ../tests/fixtures/*/*.txt; do cp "$f" "corpus/check_text/$(basename "$(dirname "$f")")-$(basename "$f")"; done
for f in ../tests/fixtures/*/*.docx; do cp "$f" "corpus/check_docx/$(basename "$(dirname "$f")")-$(basename "$f")"; done
