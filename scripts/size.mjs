// Prints raw, gzip and brotli sizes of the files of the npm package in pkg/, fails when the
// core (wasm + glue + entry, what `import 'thethuc'` loads) exceeds the 250 KB budget (brotli), and
// keeps the size table of js/README.md honest:
//
//   node scripts/size.mjs            # measure; fail if over budget or if the README's table
//                                    # is off by more than 20% anywhere
//   node scripts/size.mjs --write    # measure and rewrite the README's table (then rebuild pkg/)
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

// The product budget (issue 8): the core — wasm + glue + entry, the .docx reader included —
// must stay within 250 KB brotli; the goal is 150 KB. CI fails above the budget.
const BUDGET_BROTLI = 250 * 1024;
const TOLERANCE = 0.2;
const README = new URL('../js/README.md', import.meta.url);
const START = '<!-- sizes:start (node scripts/size.mjs --write) -->';
const END = '<!-- sizes:end -->';

const FILES = [
  ['thethuc_bg.wasm', 'the checker (WebAssembly)'],
  ['thethuc_wasm.js', 'wasm-bindgen glue'],
  ['index.js', 'entry: init, check, rules, version, applyFixes'],
  ['element.js', 'drop-in `<thethuc-check>` / `attach()`'],
  ['codemirror.js', '`toCodeMirror()`'],
  ['worker-client.js', '`createWorkerChecker()`'],
  ['worker.js', 'the worker script'],
  ['rule-docs.js', '`ruleDocs`: every rule\'s docs, loaded on demand'],
];

const measure = (data) => ({
  raw: data.length,
  gzip: gzipSync(data, { level: 9 }).length,
  brotli: brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});
const sizes = Object.fromEntries(
  FILES.map(([f]) => [f, measure(readFileSync(new URL(`../pkg/${f}`, import.meta.url)))]),
);
const sum = (names) =>
  names.reduce(
    (t, n) => ({ raw: t.raw + sizes[n].raw, gzip: t.gzip + sizes[n].gzip, brotli: t.brotli + sizes[n].brotli }),
    { raw: 0, gzip: 0, brotli: 0 },
  );
const core = sum(['thethuc_bg.wasm', 'thethuc_wasm.js', 'index.js']);
const dropIn = sum(['thethuc_bg.wasm', 'thethuc_wasm.js', 'index.js', 'element.js']);

for (const [f] of FILES) {
  const s = sizes[f];
  console.log(`pkg/${f.padEnd(18)} raw ${String(s.raw).padStart(8)}  gzip ${String(s.gzip).padStart(7)}  brotli ${String(s.brotli).padStart(7)}`);
}
console.log(`core (wasm + glue + index.js) brotli: ${core.brotli} bytes (budget ${BUDGET_BROTLI})`);

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const row = (name, what, s) => `| ${name} | ${what} | ${kb(s.raw)} | ${kb(s.gzip)} | ${kb(s.brotli)} |`;
const table = [
  '| File | What | raw | gzip -9 | brotli -q 11 |',
  '|---|---|--:|--:|--:|',
  ...FILES.map(([f, what]) => row(`\`${f}\``, what, sizes[f])),
  row('**core**', 'wasm + glue + `index.js`: what `import "thethuc"` loads', core),
  row('**drop-in**', 'core + `element.js`: what `<thethuc-check>` loads', dropIn),
].join('\n');

let failed = false;
if (core.brotli > BUDGET_BROTLI) {
  console.error(`size budget exceeded: the core is ${core.brotli - BUDGET_BROTLI} bytes over ${BUDGET_BROTLI} bytes brotli (issue 8)`);
  failed = true;
} else {
  console.log(`within the budget by ${BUDGET_BROTLI - core.brotli} bytes`);
}

const readme = readFileSync(README, 'utf8');
const at = readme.indexOf(START);
const end = readme.indexOf(END);
if (at < 0 || end < at) {
  console.error(`js/README.md: no size table between ${START} and ${END}`);
  process.exit(1);
}
if (process.argv.includes('--write')) {
  writeFileSync(README, `${readme.slice(0, at + START.length)}\n${table}\n${readme.slice(end)}`);
  console.log('js/README.md: size table rewritten (rebuild pkg/ to copy it)');
} else {
  const numbers = (s) => [...s.matchAll(/([\d.]+) KB/g)].map((m) => Number(m[1]));
  const written = numbers(readme.slice(at, end));
  const now = numbers(table);
  const off =
    written.length !== now.length ||
    now.some((n, i) => Math.abs(n - written[i]) > TOLERANCE * Math.max(n, written[i]) && Math.abs(n - written[i]) > 0.5);
  if (off) {
    console.error(`js/README.md: the size table is stale (more than ${TOLERANCE * 100}% off): run node scripts/size.mjs --write\n${table}`);
    failed = true;
  }
}
if (failed) process.exit(1);
