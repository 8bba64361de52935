#!/usr/bin/env bash
# Build the wasm package into pkg/: release wasm, wasm-bindgen --target web (one package for
# browsers, bundlers and Node), package.json. No wasm-opt (see shared/design/toolchain.md).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --locked --release --lib --no-default-features --target wasm32-unknown-unknown
rm -rf pkg
wasm-bindgen --target web --out-dir pkg --remove-name-section --remove-producers-section \
  target/wasm32-unknown-unknown/release/thethuc.wasm
node scripts/write-pkg-json.mjs
