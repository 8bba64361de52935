#!/usr/bin/env bash
# Build the npm package into pkg/: release wasm, wasm-bindgen --target web (one package for
# browsers, bundlers, workers and Node), then our entry modules from js/ and package.json.
# No wasm-opt (see shared/design/toolchain.md).
#
# pkg/ layout: thethuc_bg.wasm (the wasm, a separate asset), thethuc_wasm.js + .d.ts (the
# wasm-bindgen glue, renamed so that index.js owns the package root), and from js/: index.js,
# codemirror.js, worker.js, worker-client.js, element.js (+ .d.ts), README.md; rule-docs.js
# (+ .d.ts), generated from the rule files.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --locked --release --lib --no-default-features --target wasm32-unknown-unknown
rm -rf pkg
wasm-bindgen --target web --out-dir pkg --remove-name-section --remove-producers-section \
  target/wasm32-unknown-unknown/release/thethuc.wasm
# The glue fetches `thethuc_bg.wasm` beside itself by default; only its own name changes.
mv pkg/thethuc.js pkg/thethuc_wasm.js
mv pkg/thethuc.d.ts pkg/thethuc_wasm.d.ts
rm pkg/thethuc_bg.wasm.d.ts
sed -i 's#@ts-self-types="./thethuc.d.ts"#@ts-self-types="./thethuc_wasm.d.ts"#' pkg/thethuc_wasm.js
if ! grep -q "new URL('thethuc_bg.wasm', import.meta.url)" pkg/thethuc_wasm.js || grep -q 'thethuc\.d\.ts' pkg/thethuc_wasm.js; then
  echo "build-wasm: unexpected wasm-bindgen glue (wasm URL or self-types comment changed)" >&2
  exit 1
fi
# Restart after a trap: a panic or an allocation failure inside the wasm aborts the call and
# leaves the instance in an unknown state (a borrowed RefCell, a lowered stack pointer, full
# memory). index.js then replaces it with a fresh instance of the same compiled module; the
# glue keeps that module but has no way to drop its instance, so we append one (checked: the
# glue must still hold `wasmModule` and set `wasm` in `__wbg_finalize_init`).
if ! grep -q '^let wasmModule, wasmInstance, wasm;$' pkg/thethuc_wasm.js || ! grep -q '^    wasmModule = module;$' pkg/thethuc_wasm.js; then
  echo "build-wasm: unexpected wasm-bindgen glue (module/instance variables changed)" >&2
  exit 1
fi
cat >> pkg/thethuc_wasm.js <<'GLUE'

/**
 * thethuc (appended by scripts/build-wasm.sh): drop the current instance and instantiate the
 * same compiled module again, synchronously — fresh memory, fresh state. Used by index.js
 * after a trap. Returns the new instance's exports.
 */
export function __thethuc_restart() {
    const module = wasmModule;
    if (module === undefined) throw new Error('thethuc: not initialised');
    wasm = undefined;
    wasmInstance = undefined;
    return initSync({ module });
}
GLUE
printf '/** Appended by scripts/build-wasm.sh: instantiate the compiled module again (after a trap). */\nexport function __thethuc_restart(): InitOutput;\n' >> pkg/thethuc_wasm.d.ts
cp js/*.js js/*.d.ts js/README.md pkg/
# Rule docs: left out of the wasm, served by their own module (rule-docs.js), written from
# the native CLI's rule list (a debug build: the same sources, with the `docs` feature).
cargo run --locked --quiet --bin thethuc -- rules --format json | node scripts/write-rule-docs.mjs
node scripts/write-pkg-json.mjs
