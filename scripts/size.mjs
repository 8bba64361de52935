// Prints raw, gzip and brotli sizes of the wasm and its JS glue in pkg/, and fails when
// wasm + glue exceed the budget (brotli). The budget is the ceiling, not the goal.
import { readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const BUDGET_BROTLI = 250 * 1024;
const files = ['pkg/thethuc_bg.wasm', 'pkg/thethuc.js'];
let total = 0;
for (const f of files) {
  const data = readFileSync(new URL(`../${f}`, import.meta.url));
  const gz = gzipSync(data, { level: 9 }).length;
  const br = brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  total += br;
  console.log(`${f.padEnd(22)} raw ${String(data.length).padStart(8)}  gzip ${String(gz).padStart(7)}  brotli ${String(br).padStart(7)}`);
}
console.log(`wasm + glue brotli: ${total} bytes (budget ${BUDGET_BROTLI})`);
if (total > BUDGET_BROTLI) {
  console.error('size budget exceeded');
  process.exit(1);
}
