// The pure-JS parts of the package, straight from pkg/ (no packing): applyFixes,
// toCodeMirror, init/initSync behaviour in Node, and importing every entry in Node.
//
// Prerequisite: `./scripts/build-wasm.sh`. Run: `node --test tests/package/`.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { PKG, SEED } from './helpers.mjs';

const thethuc = await import(join(PKG, 'index.js'));
const { toCodeMirror } = await import(join(PKG, 'codemirror.js'));
const { applyFixes, check, initSync } = thethuc;

/** A diagnostic with only what applyFixes and toCodeMirror read. */
const diag = (code, applicability, edits, extra = {}) => ({
  code,
  name: code.toLowerCase(),
  component: 'van-ban',
  severity: 'error',
  message: `message ${code}`,
  start: edits[0]?.start ?? 0,
  end: edits[0]?.end ?? 0,
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 1,
  fix: applicability ? { title: `fix ${code}`, applicability, edits } : undefined,
  ...extra,
});
const edit = (start, end, newText) => ({ start, end, newText });

test('before init: check, rules and version throw a clear Error; init() in Node explains initSync', async () => {
  for (const call of [() => check('x'), () => thethuc.rules(), () => thethuc.version()]) {
    assert.throws(call, /not initialised: call `await init\(\)` first/);
  }
  await assert.rejects(thethuc.default(), /in Node, initialise synchronously.*initSync/);
  await assert.rejects(thethuc.default({ module_or_path: new URL('file:///x.wasm') }), /initSync/);
  assert.throws(() => initSync({}), /initSync needs \{ module/);
});

test('initSync takes { module } bytes or a WebAssembly.Module, once; then check works', () => {
  const bytes = readFileSync(join(PKG, 'thethuc_bg.wasm'));
  initSync({ module: new WebAssembly.Module(bytes) });
  initSync({ module: bytes }); // idempotent
  initSync(bytes); // the bare form too, without wasm-bindgen's deprecation warning
  const report = check(readFileSync(SEED, 'utf8'));
  assert.equal(report.documentType, 'thong-bao');
  assert.throws(() => check(42), /text must be a string/);
  assert.throws(() => check('x', { mdoe: 'draft' }), /unknown option 'mdoe'/);
});

test('applyFixes: safe by default, all adds unsafe, display-only never', () => {
  const text = 'abcdef';
  const ds = [
    diag('T1', 'safe', [edit(0, 1, 'A')]),
    diag('T2', 'unsafe', [edit(2, 3, 'C')]),
    diag('T3', 'display-only', [edit(4, 5, 'E')]),
    diag('T4', undefined, []),
  ];
  assert.equal(applyFixes(text, ds), 'Abcdef');
  assert.equal(applyFixes(text, ds, { only: 'safe' }), 'Abcdef');
  assert.equal(applyFixes(text, ds, {}), 'Abcdef');
  assert.equal(applyFixes(text, ds, { only: 'all' }), 'AbCdef');
  assert.equal(applyFixes(text, []), text);
  assert.throws(() => applyFixes(text, ds, { only: 'unsafe' }), /only must be 'safe' or 'all'/);
  assert.throws(() => applyFixes(text, { diagnostics: ds }), /must be an array/);
});

test('applyFixes: later overlapping fixes are skipped whole; insertions; several edits per fix', () => {
  const text = '0123456789';
  const ds = [
    diag('A', 'safe', [edit(2, 4, 'xx'), edit(8, 9, 'Y')]),
    diag('B', 'safe', [edit(3, 5, 'zz')]), // overlaps A: skipped
    diag('C', 'safe', [edit(0, 0, '>'), edit(9, 9, '!')]), // 9 is inside A's 8..9? no: touches its end
    diag('D', 'safe', [edit(0, 0, '<')]), // a second insertion at 0: skipped
    diag('E', 'safe', [edit(5, 6, ''), edit(6, 7, 'S')]), // adjacent edits
    diag('F', 'safe', [edit(10, 10, '$'), edit(7, 8, 'q')]), // 7..8 is free; 10 is the end
    diag('G', 'safe', [edit(1, 1, '+')]), // insertion at 1, before A's 2..4
    diag('H', 'safe', [edit(4, 4, '#')]), // insertion at A's end: allowed
    diag('I', 'safe', [edit(3, 3, '@')]), // insertion inside A: skipped
  ];
  assert.equal(applyFixes(text, ds), '>0+1xx#4SqY!9$');
  // Order matters: B first wins over A.
  assert.equal(applyFixes(text, [ds[1], ds[0]]), '012zz56789');
});

test('applyFixes: UTF-16 offsets (surrogate pairs, NFD) and invalid ranges', () => {
  const text = '😀 Số:'.normalize('NFD');
  const at = text.indexOf('S');
  assert.equal(applyFixes(text, [diag('A', 'safe', [edit(at, at + 1, 'X')])]), '😀 Xố:'.normalize('NFD'));
  assert.throws(() => applyFixes(text, [diag('A', 'safe', [edit(0, text.length + 1, '')])]), RangeError);
  assert.throws(() => applyFixes(text, [diag('A', 'safe', [edit(3, 2, '')])]), RangeError);
  assert.throws(() => applyFixes(text, [diag('A', 'safe', [edit(0.5, 1, '')])]), RangeError);
});

test('applyFixes on a real report: the unsafe fix for the missing quốc hiệu', () => {
  const text = readFileSync(SEED, 'utf8');
  const report = check(text);
  // The quốc hiệu fix is unsafe: `safe` leaves it out, `all` applies it.
  assert.ok(!applyFixes(text, report.diagnostics, { only: 'safe' }).includes('CỘNG HÒA XÃ HỘI'));
  const fixed = applyFixes(text, report.diagnostics, { only: 'all' });
  assert.notEqual(fixed, text);
  const after = check(fixed);
  const codes = after.diagnostics.map((d) => d.code);
  assert.ok(!codes.includes('TT101'), `TT101 fixed: ${codes.join(' ')}`);
  // Only the edits were made: everything else is the text as it was.
  const edits = report.diagnostics
    .filter((d) => d.fix && d.fix.applicability !== 'display-only')
    .flatMap((d) => d.fix.edits);
  assert.ok(edits.length > 0);
  assert.ok(fixed.includes('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'));
});

test('toCodeMirror: positions, severities, source, actions that dispatch the edits', () => {
  const text = readFileSync(SEED, 'utf8');
  const report = check(text, { mode: 'final' });
  const cm = toCodeMirror(report, text);
  assert.equal(cm.length, report.diagnostics.length);
  report.diagnostics.forEach((d, i) => {
    const c = cm[i];
    assert.deepEqual([c.from, c.to, c.severity, c.message, c.source], [d.start, d.end, d.severity, d.message, d.code]);
    assert.equal(Boolean(c.actions), Boolean(d.fix && d.fix.applicability !== 'display-only'), d.code);
  });
  const withAction = cm.find((c) => c.actions);
  assert.ok(withAction, 'the seed has a finding with a fix');
  const d = report.diagnostics[cm.indexOf(withAction)];
  const dispatched = [];
  const view = { dispatch: (spec) => dispatched.push(spec) };
  // Where the diagnostic still is…
  withAction.actions[0].apply(view, withAction.from, withAction.to);
  // …and after 5 characters were typed before it (CodeMirror passes the current position).
  withAction.actions[0].apply(view, withAction.from + 5, withAction.to + 5);
  assert.equal(withAction.actions[0].name, d.fix.title);
  assert.deepEqual(dispatched, [
    { changes: d.fix.edits.map((e) => ({ from: e.start, to: e.end, insert: e.newText })), userEvent: 'input' },
    { changes: d.fix.edits.map((e) => ({ from: e.start + 5, to: e.end + 5, insert: e.newText })), userEvent: 'input' },
  ]);
});

test('toCodeMirror: display-only fixes have no action; a stale report is trimmed to the text', () => {
  const report = {
    diagnostics: [
      { ...diag('A', 'display-only', [edit(0, 1, 'x')]), severity: 'warning' },
      { ...diag('B', 'safe', [edit(2, 3, 'y')]), severity: 'info' },
      { ...diag('C', 'safe', [edit(8, 9, 'z')]), start: 1, end: 2 }, // its edit is past the end
      { ...diag('D', undefined, []), start: 5, end: 9 }, // past the end
    ],
  };
  const cm = toCodeMirror(report, 'abcdef');
  assert.deepEqual(cm.map((c) => [c.source, c.severity, Boolean(c.actions)]), [
    ['A', 'warning', false],
    ['B', 'info', true],
    ['C', 'error', false],
  ]);
  assert.equal(toCodeMirror(report).length, 4, 'without text nothing is dropped');
  assert.throws(() => toCodeMirror({}), /expected a Report/);
});

test('every entry imports in Node (element.js defines nothing without a DOM)', async () => {
  const element = await import(join(PKG, 'element.js'));
  assert.equal(element.TAG, 'thethuc-check');
  assert.equal(element.REPORT_EVENT, 'thethuc-report');
  assert.equal(typeof element.attach, 'function');
  assert.equal(typeof element.ThethucCheckElement, 'function');
  assert.throws(() => element.attach({}), /expected a <textarea> or a contenteditable/);
  const client = await import(join(PKG, 'worker-client.js'));
  assert.equal(typeof client.createWorkerChecker, 'function');
});
