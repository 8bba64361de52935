// `checkDocx` in the packaged wasm (pkg/index.js), as a page or Node calls it: the committed
// .docx fixtures read and checked, formatting findings as display-only fixes with no edits,
// clear errors (with a `code`) for files that are not .docx, and the time to read and check
// the 30-page .docx of tests/docx/.
//
// Prerequisite: `./scripts/build-wasm.sh`. Run: `node --test tests/node/`.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { ROOT, loadWasm } from './helpers.mjs';

const { applyFixes, check, checkDocx } = await loadWasm();
const bytes = (path) => new Uint8Array(readFileSync(join(ROOT, path)));
const TYPOGRAPHY = ['TT601', 'TT602', 'TT603', 'TT604', 'TT605', 'TT606', 'TT607', 'TT608', 'TT609'];

test('the seed-like notice: text, components, no finding, typography evaluated', () => {
  const r = checkDocx(bytes('tests/docx/seed-like.docx'));
  assert.equal(typeof r.text, 'string');
  assert.ok(
    r.text.startsWith('ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nVĂN PHÒNG | Độc lập - Tự do - Hạnh phúc\n'),
    r.text.slice(0, 200),
  );
  assert.equal(r.documentType, 'thong-bao');
  assert.deepEqual(r.diagnostics, []);
  assert.deepEqual(r.notices, []);
  for (const code of TYPOGRAPHY) assert.ok(!r.notEvaluated.some((n) => n.code === code), code);
  // Same Report shape as check(): the text checker on the extracted text agrees on the outline.
  const plain = check(r.text);
  assert.deepEqual(plain.components, r.components);
  for (const code of TYPOGRAPHY) assert.ok(plain.notEvaluated.some((n) => n.code === code), code);
  // Offsets are UTF-16 offsets into r.text.
  const date = r.components.find((c) => c.kind === 'dia-danh-thoi-gian');
  assert.equal(r.text.slice(date.start, date.end), 'Lạng Sơn, ngày 03 tháng 8 năm 2020');
});

test('LibreOffice and python-docx files read alike, without typography findings', () => {
  for (const path of ['tests/docx/libreoffice.docx', 'tests/docx/python-docx.docx']) {
    const r = checkDocx(bytes(path));
    assert.ok(r.text.startsWith('ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN | CỘNG HÒA'), path);
    assert.deepEqual(r.diagnostics.filter((d) => TYPOGRAPHY.includes(d.code)), [], path);
  }
});

test('a faulty file: its finding, a display-only fix with a title and no edits, in both languages', () => {
  const buf = readFileSync(join(ROOT, 'tests/fixtures/TT605_kieu-chu/invalid-date-upright.docx'));
  // An ArrayBuffer and a Uint8Array view are both accepted.
  const ab = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength);
  for (const [input, lang, title] of [
    [new Uint8Array(buf), 'vi', 'In nghiêng'],
    [ab, 'en', 'Make it italic'],
  ]) {
    const r = checkDocx(input, { lang });
    assert.equal(r.diagnostics.length, 1);
    const d = r.diagnostics[0];
    assert.equal(d.code, 'TT605');
    assert.equal(r.text.slice(d.start, d.end), 'Lạng Sơn, ngày 03 tháng 8 năm 2020');
    assert.deepEqual(d.fix, { title, applicability: 'display-only', edits: [] });
    assert.equal(applyFixes(r.text, r.diagnostics, { only: 'all' }), r.text);
  }
  // Options work as for check(): the rule switched off.
  const off = checkDocx(new Uint8Array(buf), { rules: { TT605: 'off' } });
  assert.deepEqual(off.diagnostics, []);
  assert.ok(off.notEvaluated.some((n) => n.code === 'TT605'));
});

test('files that are not .docx throw an Error with a code and what to do', () => {
  const ole = new Uint8Array(2048);
  ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  ole.set(new Uint8Array(Buffer.from('WordDocument', 'utf16le')), 600);
  const seed = bytes('tests/docx/seed-like.docx');
  const cases = [
    [ole, 'legacy-doc', /Word cũ \(\.doc/],
    [new TextEncoder().encode('%PDF-1.7\n'), 'pdf', /PDF/],
    [seed.slice(0, seed.length >> 1), 'corrupt', /Lưu tệp dưới dạng \.docx/],
    [new Uint8Array([1, 2, 3, 250, 251, 0, 9]), 'unknown-format', /Lưu tệp dưới dạng \.docx/],
    [new Uint8Array(0), 'empty', /rỗng/],
  ];
  for (const [input, code, message] of cases) {
    assert.throws(
      () => checkDocx(input),
      (err) => err instanceof Error && err.code === code && message.test(err.message),
      code,
    );
  }
  assert.throws(() => checkDocx(ole, { lang: 'en' }), /legacy Word file/);
  assert.throws(() => checkDocx('draft.docx'), TypeError);
  assert.throws(() => checkDocx(seed, { mdoe: 'draft' }), /unknown option 'mdoe'/);
});

test('a 30-page .docx is read and checked in well under a second', (t) => {
  const path = join(ROOT, 'tests/docx/thirty-pages.docx');
  const input = new Uint8Array(readFileSync(path));
  checkDocx(input); // warm up
  const times = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    const r = checkDocx(input);
    times.push(performance.now() - t0);
    assert.ok(r.text.length > 60_000);
  }
  times.sort((a, b) => a - b);
  t.diagnostic(`30-page .docx (${input.length} bytes): read + check in wasm, median ${times[2].toFixed(1)} ms`);
  assert.ok(times[2] < 1000, `${times[2]} ms`);
});
