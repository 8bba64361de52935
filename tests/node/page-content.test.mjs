// The editor page's content, checked with the real checker in Node (fast; no browser): every
// "Tạo văn bản mới" template is a correct skeleton (no error and no warning in draft mode, the
// type detected), the sample has its intended mistakes, and the interface strings exist in both
// languages. The page test (tests/e2e/page.test.mjs) also inserts each template through the
// button in Chromium.
//
//   ./scripts/build-wasm.sh && node --test tests/node/page-content.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadWasm } from './helpers.mjs';
import { TEMPLATES } from '../../www/src/templates.js';
import { SAMPLE_TEXT } from '../../www/src/sample.js';
import { UI_KEYS, KIND_ORDER, TYPE_SLUGS } from '../../www/src/i18n.js';

const { check, applyFixes } = await loadWasm();

function isoDate(d) {
  const p = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

const TODAY = isoDate(new Date());
const YEAR = Number(TODAY.slice(0, 4));

function describe(text, report) {
  return report.diagnostics
    .map((d) => `${d.severity} ${d.code} ${d.line}:${d.column} ${JSON.stringify(text.slice(d.start, d.end))} ${d.message}`)
    .join('\n');
}

test('every template: no error and no warning in draft mode, its type detected', () => {
  assert.ok(TEMPLATES.length >= 9, 'the templates of spec §5.3');
  assert.equal(TEMPLATES[0].id, 'thong-bao', 'Thông báo comes first');
  const ids = new Set();
  for (const tpl of TEMPLATES) {
    assert.ok(!ids.has(tpl.id), `duplicate id ${tpl.id}`);
    ids.add(tpl.id);
    assert.ok(TYPE_SLUGS.includes(tpl.type), tpl.type);
    for (const year of [YEAR, YEAR + 1]) {
      const text = tpl.text(year);
      // A reference date in the template's year, so that "after today" rules stay quiet too.
      const today = year === YEAR ? TODAY : `${year}-12-31`;
      const report = check(text, { mode: 'draft', today });
      const loud = report.diagnostics.filter((d) => d.severity !== 'info');
      assert.deepEqual(loud, [], `${tpl.id} (${year}):\n${describe(text, report)}`);
      assert.equal(report.documentType, tpl.type, `${tpl.id}: detected as ${report.documentType}`);
      assert.ok(!report.outOfScope, tpl.id);
      // The blanks a drafter leaves are exactly the ones the checker expects in a draft.
      const codes = report.diagnostics.map((d) => d.code);
      assert.ok(codes.includes('TT112'), `${tpl.id}: blank number (TT112 info)`);
      assert.ok(codes.includes('TT113'), `${tpl.id}: blank day (TT113 info)`);
      // Every required component is found.
      const kinds = new Set(report.components.map((c) => c.kind));
      for (const kind of ['quoc-hieu', 'tieu-ngu', 'co-quan-ban-hanh', 'so-ky-hieu', 'dia-danh-thoi-gian', 'noi-dung', 'chu-ky', 'noi-nhan']) {
        assert.ok(kinds.has(kind), `${tpl.id}: ${kind} not found`);
      }
      assert.ok(text.includes(`năm ${year}`), tpl.id);
      assert.ok(!/\r|\t/.test(text), `${tpl.id}: plain LF text`);
      // Final mode: the blanks become errors (the template is a draft, not an issued document).
      const final = check(text, { mode: 'final', today });
      assert.ok(final.diagnostics.some((d) => d.code === 'TT112' && d.severity === 'error'), tpl.id);
    }
  }
});

test('the sample has its intended mistakes, each with the fix we show', () => {
  const report = check(SAMPLE_TEXT, { mode: 'draft', today: TODAY });
  assert.equal(report.documentType, 'thong-bao');
  const byCode = new Map(report.diagnostics.map((d) => [d.code, d]));
  const expected = {
    TT202: ['error', 'safe'], // en dash in the motto
    TT210: ['error', 'safe'], // day without its leading zero
    TT303: ['error', 'unsafe'], // V/v under a typed document
    TT302: ['warning', 'safe'], // full stop after the summary
    TT401: ['info', 'safe'], // no ./. after the body
    TT521: ['error', 'safe'], // recipient line without ;
    TT501: ['error', 'safe'], // KT without its dot
    TT112: ['info', undefined], // blank number (a draft)
  };
  for (const [code, [severity, applicability]] of Object.entries(expected)) {
    const d = byCode.get(code);
    assert.ok(d, `${code} missing:\n${describe(SAMPLE_TEXT, report)}`);
    assert.equal(d.severity, severity, code);
    assert.equal(d.fix?.applicability, applicability, code);
  }
  // A few mistakes, not a wall of red.
  assert.ok(report.diagnostics.length <= 12, describe(SAMPLE_TEXT, report));
  // After the safe fixes only the reviewed ones remain.
  const fixed = applyFixes(SAMPLE_TEXT, report.diagnostics, { only: 'safe' });
  const after = check(fixed, { mode: 'draft', today: TODAY });
  assert.deepEqual(
    after.diagnostics.filter((d) => d.fix?.applicability === 'safe').map((d) => d.code),
    [],
    describe(fixed, after),
  );
  assert.ok(after.diagnostics.some((d) => d.code === 'TT303'));
});

test('interface strings: the same keys in Vietnamese and English', () => {
  assert.deepEqual([...UI_KEYS.en].sort(), [...UI_KEYS.vi].sort());
  assert.ok(KIND_ORDER.includes('noi-nhan') && KIND_ORDER.includes('van-ban'));
});
