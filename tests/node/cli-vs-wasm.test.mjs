// The CLI's JSON Lines and the wasm `check()` give the same report for the same text and
// options: every corpus document, and decomposed/CRLF variants fed through stdin.
//
// Prerequisites: `cargo build` and `./scripts/build-wasm.sh`. Run: `node --test tests/node/`.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { relative } from 'node:path';

import { BIN, CORPUS, VARIANTS, corpusFiles, loadWasm, read } from './helpers.mjs';

const { check, version } = await loadWasm();
if (!existsSync(BIN)) throw new Error(`${BIN} not found: run cargo build first`);

/** Run the CLI; return the one JSON line, parsed, without `file`. */
function cli(args, { input, file } = {}) {
  const r = spawnSync(BIN, ['check', '--format', 'json', ...args], {
    input,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  assert.equal(r.error, undefined, String(r.error));
  assert.ok(r.status === 0 || r.status === 1, `exit ${r.status}: ${r.stderr}`);
  const lines = r.stdout.split('\n').filter((l) => l !== '');
  assert.equal(lines.length, 1, r.stdout);
  const report = JSON.parse(lines[0]);
  assert.equal(report.file, file);
  delete report.file;
  // The exit code says whether there are errors.
  assert.equal(r.status, report.diagnostics.some((d) => d.severity === 'error') ? 1 : 0);
  return report;
}

/** CLI flags and the same options for `check()`. */
const OPTION_SETS = [
  { flags: [], options: undefined },
  { flags: ['--mode', 'final', '--lang', 'en'], options: { mode: 'final', lang: 'en' } },
  {
    flags: ['--type', 'cong-van', '--today', '2026-01-15'],
    options: { type: 'cong-van', today: '2026-01-15' },
  },
];

test('the wasm package is the CLI version', () => {
  const r = spawnSync(BIN, ['--version'], { encoding: 'utf8' });
  assert.equal(r.stdout, `thethuc ${version()}\n`);
});

for (const file of corpusFiles()) {
  const name = relative(CORPUS, file);
  test(`corpus: ${name}`, () => {
    const text = read(file);
    for (const { flags, options } of OPTION_SETS) {
      const fromCli = cli([...flags, file], { file });
      const fromWasm = check(text, options);
      assert.deepStrictEqual(fromCli, fromWasm, `options ${JSON.stringify(options)}`);
    }
  });

  test(`corpus via stdin, NFD + CRLF and NFD: ${name}`, () => {
    const text = read(file);
    for (const variant of ['nfd-crlf', 'nfd', 'cr']) {
      const t = VARIANTS[variant](text);
      assert.notEqual(t, text);
      for (const { flags, options } of OPTION_SETS.slice(0, 2)) {
        const fromCli = cli([...flags, '-'], { input: t, file: '<stdin>' });
        assert.deepStrictEqual(fromCli, check(t, options), `${variant} ${JSON.stringify(options)}`);
      }
    }
  });
}

test('a CRLF + NFD draft built here: same report, known findings', () => {
  const draft = [
    'ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN',
    'Số:     /TB-UBND',
    'Lạng Sơn, ngày    tháng 8 năm 2020',
    'THÔNG BÁO',
    'Kết luận phiên họp UBND tỉnh thường kỳ tháng 7 năm 2020',
    'Ngày 29/7/2020, UBND tỉnh đã tổ chức phiên họp thường kỳ.',
    'Nơi nhận:',
    '- Lưu: VT.',
    'TL. CHỦ TỊCH',
    'CHÁNH VĂN PHÒNG',
    'Nguyễn Văn An',
    '',
  ].join('\r\n').normalize('NFD');
  assert.ok(draft.includes('o\u0302\u0301'), 'decomposed ố');
  const fromWasm = check(draft);
  assert.deepStrictEqual(cli(['-'], { input: draft, file: '<stdin>' }), fromWasm);
  const byCode = Object.fromEntries(fromWasm.diagnostics.map((d) => [d.code, d]));
  assert.ok(byCode.TT101 && byCode.TT102 && byCode.TT112 && byCode.TT113, JSON.stringify(fromWasm.diagnostics));
  const slice = (d) => draft.slice(d.start, d.end);
  assert.equal(slice(byCode.TT101), 'ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN'.normalize('NFD'));
  assert.equal(slice(byCode.TT112), '     ');
  assert.equal(byCode.TT112.line, 2);
  assert.equal(byCode.TT112.column, 'Số:'.normalize('NFD').length + 1);
  assert.equal(slice(byCode.TT113), '    ');
  assert.equal(byCode.TT113.line, 3);
  // Final mode through both.
  const fin = check(draft, { mode: 'final' });
  assert.deepStrictEqual(cli(['--mode', 'final', '-'], { input: draft, file: '<stdin>' }), fin);
  assert.equal(fin.diagnostics.find((d) => d.code === 'TT112').severity, 'error');
});
