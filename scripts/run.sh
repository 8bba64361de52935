#!/usr/bin/env bash
# Build everything and serve the editor page with the sample notice loaded:
# http://127.0.0.1:8765/www/ (PORT=… to change the port).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
./scripts/build-wasm.sh
cargo build --locked --release --bin thethuc
exec node scripts/serve.mjs
