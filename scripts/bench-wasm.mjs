// wasm benchmarks: the cases of examples/timing.rs (seed, corpus, synthetic 64 KB–1 MB, the
// 30-page .docx)
// through the built package in Node and in headless Chromium, side by side with native
// (as a ratio), plus the cold start in Chromium from a local server.
//   ./scripts/build-wasm.sh && node scripts/bench-wasm.mjs
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer, ROOT } from './serve.mjs';

const corpus = join(ROOT, '..', 'shared', 'corpus');
const seed = readFileSync(join(corpus, 'seed', 'thong-bao-ket-luan-lang-son-2020.txt'), 'utf8');
function synthetic(bytes) {
  const b = seed.indexOf('Ngày 29/7/2020'), f = seed.indexOf('Nơi nhận:');
  const head = seed.slice(0, b), body = seed.slice(b, f), foot = seed.slice(f);
  const len = (s) => Buffer.byteLength(s);
  let out = head;
  while (len(out) + len(body) + len(foot) <= bytes) out += body;
  return out + foot;
}
const cases = [['seed', seed]];
for (const f of readdirSync(join(corpus, 'real')).filter((n) => n.endsWith('.txt')).sort()) {
  cases.push([f, readFileSync(join(corpus, 'real', f), 'utf8')]);
}
for (const kb of [64, 256, 1024]) cases.push([`synthetic-${kb}k`, synthetic(kb * 1024)]);
const runsFor = (text) => (text.length > 200_000 ? 15 : 101);

console.error('native: cargo run --release --example timing -- --json');
const native = JSON.parse(
  execFileSync('cargo', ['run', '-q', '--release', '--example', 'timing', '--', '--json'], { cwd: ROOT, encoding: 'utf8' }),
);

const docx = readFileSync(join(ROOT, 'tests', 'docx', 'thirty-pages.docx'));
const { initSync, check, checkDocx } = await import(join(ROOT, 'pkg', 'index.js'));
initSync({ module: readFileSync(join(ROOT, 'pkg', 'thethuc_bg.wasm')) });
const median = (text, runs) => {
  const t = [];
  for (let i = 0; i < runs; i++) {
    const a = performance.now();
    check(text);
    t.push(performance.now() - a);
  }
  t.sort((x, y) => x - y);
  return t[Math.floor(t.length / 2)];
};
for (const [, text] of cases.slice(0, 3)) median(text, 20); // warm-up (tier-up)
const node = Object.fromEntries(cases.map(([n, text]) => [n, median(text, runsFor(text)) * 1000]));
{
  const t = [];
  const input = new Uint8Array(docx);
  for (let i = 0; i < 21; i++) {
    const a = performance.now();
    checkDocx(input);
    t.push(performance.now() - a);
  }
  t.sort((x, y) => x - y);
  node['thirty-pages.docx'] = t[10] * 1000;
}

const { server, url } = await startServer(0);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const context = await browser.newContext();
const page = await context.newPage();
const colds = [];
for (let i = 0; i < 5; i++) {
  await page.goto(`${url}tests/bench/bench.html`, { waitUntil: 'load' });
  await page.waitForSelector('body[data-ready="1"]', { state: 'attached' });
  colds.push(await page.evaluate(() => window.coldStart));
}
await page.evaluate((cs) => cs.slice(0, 3).forEach(([, t]) => window.runCase(t, 20)), cases);
const chrome = {};
for (const [n, text] of cases) chrome[n] = (await page.evaluate(([t, r]) => window.runCase(t, r), [text, runsFor(text)])) * 1000;
chrome['thirty-pages.docx'] = (await page.evaluate(([b, r]) => window.runDocx(b, r), [[...docx], 21])) * 1000;
await browser.close();
server.close();

const fmt = (us) => (us >= 1000 ? `${(us / 1000).toFixed(2)} ms` : `${us.toFixed(0)} µs`);
console.log('| case | bytes | native | Node (wasm) | ratio | Chromium (wasm) | ratio |');
console.log('|---|--:|--:|--:|--:|--:|--:|');
for (const [n, size] of [...cases.map(([n, text]) => [n, Buffer.byteLength(text)]), ['thirty-pages.docx', docx.length]]) {
  const nat = native[n];
  console.log(`| ${n} | ${size} | ${fmt(nat)} | ${fmt(node[n])} | ${(node[n] / nat).toFixed(2)}× | ${fmt(chrome[n])} | ${(chrome[n] / nat).toFixed(2)}× |`);
}
colds.sort((a, b) => a.totalMs - b.totalMs);
const c = colds[Math.floor(colds.length / 2)];
console.log(`\nCold start in Chromium (median of 5 loads, local server): import ${c.importMs.toFixed(1)} ms + init (fetch, compile, instantiate) ${c.initMs.toFixed(1)} ms + first check of the seed ${c.firstCheckMs.toFixed(1)} ms = ${c.totalMs.toFixed(1)} ms`);
