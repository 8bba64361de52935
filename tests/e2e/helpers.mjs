// Shared by the page tests (Chromium and Firefox): the built site, documents of a given size,
// and the package in Node to compute what the page must show.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../scripts/serve.mjs';
import { SAMPLE_TEXT } from '../../www/src/sample.js';

export { ROOT, SAMPLE_TEXT };
export const OUT_DIR = join(ROOT, 'target', 'e2e');

/** Fails clearly when site/ (the built page) or pkg/ is missing. */
export function assertBuilt() {
  for (const file of ['pkg/index.js', 'pkg/thethuc_bg.wasm', 'site/index.html', 'site/app.js', 'site/worker.js', 'site/thethuc_bg.wasm']) {
    assert.ok(
      existsSync(join(ROOT, file)),
      `${file} is missing: run ./scripts/build-wasm.sh && node scripts/build-www.mjs first`,
    );
  }
}

let pkg;
/** The thethuc package in Node (initialised once). */
export async function thethuc() {
  if (!pkg) {
    pkg = await import(join(ROOT, 'pkg', 'index.js'));
    pkg.initSync({ module: readFileSync(join(ROOT, 'pkg', 'thethuc_bg.wasm')) });
  }
  return pkg;
}

/** Local date as YYYY-MM-DD: the page's default reference date. */
export function todayIso(d = new Date()) {
  const p = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** The page's default check options. */
export const pageOptions = (extra = {}) => ({ mode: 'draft', lang: 'vi', today: todayIso(), ...extra });

/**
 * What "Sửa tất cả lỗi an toàn" must produce: the package's applyFixes (safe only), repeated
 * while a round still finds safe fixes (at most three rounds, as the page does).
 */
export async function expectedFixAll(text, options) {
  const { check, applyFixes } = await thethuc();
  let current = text;
  for (let round = 0; round < 3; round += 1) {
    const report = check(current, options);
    const next = applyFixes(current, report.diagnostics, { only: 'safe' });
    if (next === current) break;
    current = next;
  }
  return current;
}

/**
 * A realistic document of about `size` UTF-16 units: the sample's header, its body paragraphs
 * repeated as numbered sections, then Nơi nhận and the signature (so every component is found).
 */
export function bigDocument(size) {
  const lines = SAMPLE_TEXT.split('\n');
  const bodyStart = lines.findIndex((l) => l.startsWith('Ngày 04'));
  const bodyEnd = lines.findIndex((l) => l.startsWith('Nơi nhận'));
  const head = lines.slice(0, bodyStart).join('\n');
  const body = lines.slice(bodyStart + 1, bodyEnd - 2).join('\n');
  const tail = lines.slice(bodyEnd - 2).join('\n');
  const parts = [head, lines[bodyStart]];
  let length = head.length + tail.length;
  for (let i = 1; length < size; i += 1) {
    const section = `\n${i}. Nội dung thứ ${i}\n\n${body.replace(/^\d\. .*$/gm, '')}`;
    parts.push(section);
    length += section.length;
  }
  parts.push(tail);
  return parts.join('\n');
}

/** p50, p95 and max of `values`, rounded to 0.1 ms. */
export function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  const r = (n) => Math.round(n * 10) / 10;
  return { n: sorted.length, p50: r(at(0.5)), p95: r(at(0.95)), max: r(sorted[sorted.length - 1]) };
}
