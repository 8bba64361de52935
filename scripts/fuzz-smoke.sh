#!/usr/bin/env bash
# Short fuzzing smoke run of every target (libFuzzer via cargo-fuzz, nightly): seeds from
# the shared corpus and the rule fixtures, SECONDS each (default 20). Long runs:
#   (cd fuzz && ./seed.sh && cargo +nightly fuzz run -s none check_text -- -max_len=4096)
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
SECONDS_EACH=${1:-20}
./seed.sh
for target in $(cargo +nightly fuzz list); do
  echo "-- fuzz $target (${SECONDS_EACH} s)"
  cargo +nightly fuzz run -s none "$target" -- -max_total_time="$SECONDS_EACH" -max_len=8192 -rss_limit_mb=4096 2>&1 \
    | grep -E "^Done|panicked|ERROR|SUMMARY" || true
  # cargo fuzz exits non-zero on a crash: check it explicitly (the grep above hides it).
  if ls "artifacts/$target"/crash-* >/dev/null 2>&1; then
    echo "fuzz: $target crashed: see fuzz/artifacts/$target/" >&2
    exit 1
  fi
done
