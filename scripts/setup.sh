#!/usr/bin/env bash
# Install what a fresh machine lacks, idempotently: the wasm target, wasm-bindgen-cli at
# exactly the version in Cargo.lock, the Node packages, and (with --browser) Debian's
# Chromium + ChromeDriver and Firefox ESR for the browser tests. Fast when everything is
# already there.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  rustup target add wasm32-unknown-unknown
fi

WBG=$(awk '$0=="name = \"wasm-bindgen\""{getline; gsub(/"/,"",$3); print $3}' Cargo.lock)
if [ -z "$WBG" ]; then echo "setup: wasm-bindgen version not found in Cargo.lock" >&2; exit 1; fi
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WBG" ]; then
  # No --locked: the CLI's own lock file wants a crate version this registry lacks
  # (shared/design/toolchain.md, gotcha 1). The version itself is pinned exactly.
  cargo install wasm-bindgen-cli --version "=$WBG"
fi

# Fuzzing (scripts/fuzz-smoke.sh): a nightly toolchain and cargo-fuzz.
if [ "${1:-}" = "--browser" ]; then
  rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
  command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --version "=0.13.2"
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  # puppeteer-core (Firefox tests) never downloads a browser; the variable makes sure of it.
  PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund
fi

if [ "${1:-}" = "--browser" ] && { [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ] || [ ! -x /usr/bin/firefox-esr ]; }; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver firefox-esr >/dev/null
  else
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver firefox-esr >/dev/null
  fi
fi
