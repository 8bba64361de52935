// Memory (issue 8): the wasm's linear memory after 10 000 consecutive checks of the seed notice
// equals, within one 64 KiB page, the memory after 10 — no leak per check, no creeping growth
// from fragmentation. Also with documents of different sizes interleaved, and for checkDocx.
// The glue is instantiated directly (its initSync returns the wasm exports, memory included).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, corpusFiles } from './helpers.mjs';

const PAGE = 64 * 1024;

async function freshInstance() {
  // A query string gives a module instance of its own (its own wasm memory).
  const glue = await import(`${join(ROOT, 'pkg/thethuc_wasm.js')}?memory=${Math.random()}`);
  const exports = glue.initSync({ module: readFileSync(join(ROOT, 'pkg/thethuc_bg.wasm')) });
  assert.ok(exports.memory instanceof WebAssembly.Memory);
  return { glue, memory: () => exports.memory.buffer.byteLength };
}

const seedPath = corpusFiles().find((f) => f.includes('/seed/'));
const SEED = readFileSync(seedPath, 'utf8');

test('10 000 checks of the seed: linear memory within a page of the memory after 10', async () => {
  const { glue, memory } = await freshInstance();
  let findings = 0;
  for (let i = 0; i < 10; i++) findings = glue.check(SEED).diagnostics.length;
  const after10 = memory();
  for (let i = 10; i < 10_000; i++) {
    const r = glue.check(SEED);
    assert.equal(r.diagnostics.length, findings);
  }
  const after10000 = memory();
  console.log(`linear memory: ${after10 / PAGE} pages after 10 checks, ${after10000 / PAGE} after 10 000`);
  assert.ok(after10000 - after10 <= PAGE, `grew from ${after10} to ${after10000} bytes`);
});

test('documents of every size interleaved, then the seed again: memory settles', async () => {
  const { glue, memory } = await freshInstance();
  const docs = corpusFiles().map((f) => readFileSync(f, 'utf8'));
  const big = docs.join('\n\n').repeat(8); // ~2 MB
  const round = () => {
    for (const d of docs) glue.check(d);
    glue.check(big);
    glue.check(SEED);
  };
  for (let i = 0; i < 3; i++) round();
  const settled = memory();
  for (let i = 0; i < 30; i++) round();
  assert.ok(memory() - settled <= PAGE, `grew from ${settled} to ${memory()} bytes`);
});

test('1 000 checkDocx of a .docx: memory within a page of the memory after 10', async () => {
  const { glue, memory } = await freshInstance();
  const bytes = readFileSync(join(ROOT, 'tests/fixtures/TT603_phong-chu/valid.docx'));
  for (let i = 0; i < 10; i++) glue.checkDocx(bytes);
  const after10 = memory();
  for (let i = 10; i < 1_000; i++) glue.checkDocx(bytes);
  assert.ok(memory() - after10 <= PAGE, `grew from ${after10} to ${memory()} bytes`);
  // And a refused file (an error thrown across the boundary) leaks nothing either.
  const broken = bytes.subarray(0, bytes.length >> 1);
  for (let i = 0; i < 10; i++) assert.throws(() => glue.checkDocx(broken));
  const afterErrors10 = memory();
  for (let i = 10; i < 1_000; i++) assert.throws(() => glue.checkDocx(broken));
  assert.ok(memory() - afterErrors10 <= PAGE, `errors: grew from ${afterErrors10} to ${memory()} bytes`);
});
