// A forced internal failure (issue 9): the wasm's memory is filled to its 4 GiB limit from
// outside, so the next allocation inside the checker fails and the instance traps — the
// real failure mode of an out-of-memory or a panic. Through the package entry (index.js):
// the call throws a JS `Error` (code `internal`), the checker is restarted with a fresh
// instance, and every later call gives the same answers as before the failure.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, corpusFiles } from './helpers.mjs';

const seedPath = corpusFiles().find((f) => f.includes('/seed/'));
const SEED = readFileSync(seedPath, 'utf8');
// Bigger than anything checked before: its allocations cannot come from memory the
// allocator already holds.
const BIG = SEED.repeat(40);
const DOCX = readFileSync(join(ROOT, 'tests/fixtures/TT603_phong-chu/valid.docx'));

/** Grow the current instance's memory to the wasm32 limit, 4 GiB (the glue returns its exports). */
function exhaustMemory(glue) {
  const { memory } = glue.initSync({ module: new Uint8Array() }); // initialised: returns the live exports
  memory.grow(65536 - memory.buffer.byteLength / 65536);
  return memory;
}

test('a trap inside the wasm becomes an Error, the checker restarts, later calls are unaffected', async () => {
  // A fresh copy of the package modules (own glue, own instance).
  const tag = `?failure=${Math.random()}`;
  const glue = await import(join(ROOT, 'pkg/thethuc_wasm.js') + tag);
  const api = await import(join(ROOT, 'pkg/index.js') + tag);
  // index.js imports './thethuc_wasm.js' without the tag: use that instance of the glue.
  const liveGlue = await import(join(ROOT, 'pkg/thethuc_wasm.js'));
  assert.ok(glue !== liveGlue);
  api.initSync({ module: readFileSync(join(ROOT, 'pkg/thethuc_bg.wasm')) });
  const before = api.check(SEED);
  const beforeDocx = api.checkDocx(DOCX);
  const ruleCount = api.rules().length;

  for (const [name, call] of [
    ['check', () => api.check(BIG)],
    ['checkDocx', () => api.checkDocx(DOCX)],
  ]) {
    // A fresh instance (its allocator holds almost no free memory), its memory then filled.
    liveGlue.__thethuc_restart();
    const memory = exhaustMemory(liveGlue);
    assert.equal(memory.buffer.byteLength, 4 * 1024 ** 3, 'memory at its limit');
    let thrown;
    try {
      call();
    } catch (err) {
      thrown = err;
    }
    assert.ok(thrown instanceof Error, `${name}: an Error is thrown`);
    assert.ok(!(thrown instanceof WebAssembly.RuntimeError), `${name}: not the raw trap`);
    assert.equal(thrown.code, 'internal');
    assert.match(thrown.message, /^thethuc: internal error .*restarted/);
    assert.ok(thrown.cause instanceof WebAssembly.RuntimeError);
    // The next calls work, on a fresh instance, and answer as before.
    assert.deepEqual(api.check(SEED), before);
    assert.deepEqual(api.checkDocx(DOCX), beforeDocx);
    assert.equal(api.rules().length, ruleCount);
    assert.ok(liveGlue.initSync({ module: new Uint8Array() }).memory.buffer.byteLength < 64 * 1024 ** 2, 'fresh memory');
  }
  // Errors that are not traps pass through untouched (and do not restart anything).
  const exports = liveGlue.initSync({ module: new Uint8Array() });
  assert.throws(() => api.check(SEED, { mode: 'drafty' }), (e) => e.code === undefined && /invalid options/.test(e.message));
  assert.equal(liveGlue.initSync({ module: new Uint8Array() }), exports, 'same instance');
});

test('why the restart: without it, an instance that trapped keeps failing', async () => {
  const glue = await import(join(ROOT, 'pkg/thethuc_wasm.js') + `?raw=${Math.random()}`);
  glue.initSync({ module: readFileSync(join(ROOT, 'pkg/thethuc_bg.wasm')) });
  exhaustMemory(glue);
  assert.throws(() => glue.check(SEED), WebAssembly.RuntimeError);
  assert.throws(() => glue.check(SEED), WebAssembly.RuntimeError);
  // The restart gives a working instance.
  glue.__thethuc_restart();
  assert.equal(glue.check(SEED).documentType, 'thong-bao');
});
