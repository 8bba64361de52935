#!/usr/bin/env bash
# Build everything (the wasm package, the editor page bundled by esbuild into site/, the CLI)
# and serve the editor page: http://127.0.0.1:8765/www/ (PORT=… to change the port).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
./scripts/build-wasm.sh
node scripts/build-www.mjs
cargo build --locked --release --bin thethuc
# Open the page in the desktop browser when there is one (the server prints the URL anyway).
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && command -v xdg-open >/dev/null; then
  (sleep 1; xdg-open "http://127.0.0.1:${PORT:-8765}/www/" >/dev/null 2>&1 || true) &
fi
exec node scripts/serve.mjs
