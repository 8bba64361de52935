// Shared by the node tests: where the repository, the corpus, the CLI binary and the wasm
// package are, and the text variants both tests use.
//
// Prerequisites (from the repository root): `cargo build` (target/debug/thethuc) and
// `./scripts/build-wasm.sh` (pkg/). Run: `node --test tests/node/`.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
// In CI the repository is cloned with `shared/` beside it.
export const CORPUS = resolve(ROOT, '../shared/corpus');
export const BIN = join(ROOT, 'target/debug', process.platform === 'win32' ? 'thethuc.exe' : 'thethuc');
const PKG = join(ROOT, 'pkg');

/** The wasm package, instantiated synchronously. */
export async function loadWasm() {
  const wasmPath = join(PKG, 'thethuc_bg.wasm');
  if (!existsSync(wasmPath)) {
    throw new Error(`${wasmPath} not found: run ./scripts/build-wasm.sh first`);
  }
  const mod = await import(join(PKG, 'index.js'));
  mod.initSync({ module: readFileSync(wasmPath) });
  return mod;
}

/** Every corpus document: the 30 real ones and the seed notice. */
export function corpusFiles() {
  const real = join(CORPUS, 'real');
  if (!existsSync(real)) throw new Error(`corpus not found at ${real}`);
  const files = readdirSync(real)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(real, f));
  files.push(join(CORPUS, 'seed/thong-bao-ket-luan-lang-son-2020.txt'));
  if (files.length < 31) throw new Error(`only ${files.length} corpus files in ${CORPUS}`);
  return files;
}

export const read = (file) => readFileSync(file, 'utf8');

/** Line ends normalised to `\n` first, then rewritten. */
const lf = (t) => t.replace(/\r\n?/g, '\n');

/** Text variants: decomposed Vietnamese, Windows and old-Mac line ends, emoji and tabs. */
export const VARIANTS = {
  nfd: (t) => t.normalize('NFD'),
  crlf: (t) => lf(t).replace(/\n/g, '\r\n'),
  cr: (t) => lf(t).replace(/\n/g, '\r'),
  'nfd-crlf': (t) => lf(t).normalize('NFD').replace(/\n/g, '\r\n'),
  // An emoji (a surrogate pair) and a tab at the start of every line, a flag (two pairs)
  // after every `:`.
  emoji: (t) =>
    lf(t)
      .split('\n')
      .map((l) => `😀\t${l}`)
      .join('\n')
      .replace(/:/g, ':🇻🇳'),
};
