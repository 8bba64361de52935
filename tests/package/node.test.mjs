// The packed package (npm pack) installed into a fresh project in the system temp dir, used by
// a Node ≥ 20 script (ESM, and CommonJS through require(esm)): synchronous init from the
// bundled .wasm, then the seed notice is checked and the Report asserted on.
//
// Prerequisite: `./scripts/build-wasm.sh`. Run: `node --test tests/package/`.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { ROOT, SEED, makeProject, pack, pkgJson } from './helpers.mjs';

const cargoVersion = readFileSync(join(ROOT, 'Cargo.toml'), 'utf8').match(/^version\s*=\s*"([^"]+)"/m)[1];

test('package.json: name, version, licence, ESM, exports with types first, files, sideEffects, no dependencies', () => {
  const pkg = pkgJson();
  assert.equal(pkg.name, 'thethuc');
  assert.equal(pkg.version, cargoVersion);
  assert.match(pkg.license, /^(MIT|Apache-2\.0|MIT OR Apache-2\.0)$/);
  assert.equal(pkg.type, 'module');
  for (const key of ['dependencies', 'peerDependencies', 'optionalDependencies', 'scripts', 'bundledDependencies']) {
    assert.equal(pkg[key], undefined, key);
  }
  assert.deepEqual(Object.keys(pkg.exports), [
    '.',
    './codemirror',
    './element',
    './worker-client',
    './rule-docs',
    './worker.js',
    './thethuc_bg.wasm',
    './package.json',
  ]);
  for (const [key, value] of Object.entries(pkg.exports)) {
    if (typeof value === 'object') {
      assert.deepEqual(Object.keys(value), ['types', 'default'], `${key}: types first`);
      assert.ok(pkg.files.includes(value.types.slice(2)) && pkg.files.includes(value.default.slice(2)), key);
    }
  }
  assert.deepEqual(pkg.sideEffects, ['./element.js', './worker.js']);
});

test('the tarball holds exactly the package files, and the wasm is a separate file', () => {
  const { files, info } = pack();
  assert.deepEqual(files, [...pkgJson().files, 'README.md', 'package.json'].sort());
  assert.equal(info.name, 'thethuc');
  for (const f of files.filter((f) => f.endsWith('.js'))) {
    const js = readFileSync(join(ROOT, 'pkg', f), 'utf8');
    assert.doesNotMatch(js, /data:application\/wasm|AGFzbQ/, `${f}: no inlined wasm`);
  }
  const readme = readFileSync(join(ROOT, 'pkg/README.md'), 'utf8');
  for (const heading of ['npm and a bundler', 'plain `<script type="module">`', 'drop-in element', 'Sizes']) {
    assert.ok(readme.includes(heading), `README: ${heading}`);
  }
  assert.match(readme, /\| \*\*core\*\* \|.*KB/);
});

test('Node ≥ 20: install the tarball into a fresh project, initSync from the bundled wasm, check the seed notice', () => {
  const dir = makeProject('node', { app: 'node' });
  assert.deepEqual(readdirSync(join(dir, 'node_modules')).filter((n) => !n.startsWith('.')), ['thethuc'], 'no dependencies installed');
  const out = execFileSync(process.execPath, ['consumer.mjs', SEED], { cwd: dir, encoding: 'utf8' });
  const r = JSON.parse(out);
  const text = readFileSync(SEED, 'utf8');

  assert.equal(r.wasmUrl, `file://${join(dir, 'node_modules/thethuc/thethuc_bg.wasm')}`);
  assert.equal(r.version, cargoVersion);
  assert.equal(r.packageVersion, cargoVersion);

  const { draft, final } = r;
  assert.equal(draft.version, cargoVersion);
  assert.match(draft.rulesetVersion, /\S/);
  assert.equal(draft.documentType, 'thong-bao');
  assert.equal(draft.typeDetected, true);
  assert.equal(draft.outOfScope, false);
  assert.equal(draft.mode, 'draft');
  assert.ok(Array.isArray(draft.notEvaluated));

  const kinds = draft.components.map((c) => c.kind);
  for (const kind of ['so-ky-hieu', 'dia-danh-thoi-gian', 'ten-loai', 'trich-yeu', 'noi-dung', 'noi-nhan', 'chu-ky']) {
    assert.ok(kinds.includes(kind), `component ${kind} in ${kinds.join(' ')}`);
  }
  const tenLoai = draft.components.find((c) => c.kind === 'ten-loai');
  assert.equal(text.slice(tenLoai.start, tenLoai.end), 'THÔNG BÁO');
  assert.equal(tenLoai.line, 7);

  const byCode = Object.fromEntries(draft.diagnostics.map((d) => [d.code, d]));
  for (const code of ['TT101', 'TT102', 'TT103', 'TT112', 'TT113']) assert.ok(byCode[code], `${code} reported`);
  assert.equal(byCode.TT101.severity, 'error');
  assert.equal(byCode.TT101.component, 'quoc-hieu');
  assert.match(byCode.TT101.message, /Quốc hiệu/);
  assert.equal(byCode.TT112.severity, 'info', 'blank number: info in a draft');
  assert.equal(byCode.TT112.line, 3);
  assert.match(text.slice(byCode.TT112.start, byCode.TT112.end), /^\s*$/);
  assert.equal(byCode.TT113.line, 5);
  for (const d of draft.diagnostics) {
    assert.ok(0 <= d.start && d.start <= d.end && d.end <= text.length, d.code);
  }

  assert.equal(final.mode, 'final');
  assert.equal(final.diagnostics.find((d) => d.code === 'TT112').severity, 'error');
  assert.doesNotMatch(final.diagnostics.find((d) => d.code === 'TT101').message, /Quốc hiệu|[ăâđêôơư]/i, 'English messages');
  assert.deepEqual(r.invalid?.isError, true);
  assert.match(r.invalid.message, /invalid options/);

  // rules(): every reported code is listed; the docs are not in the wasm's list but in
  // thethuc/rule-docs, one Markdown text per rule.
  const codes = new Set(r.rules.map((x) => x.code));
  for (const d of draft.diagnostics) assert.ok(codes.has(d.code), d.code);
  for (const rule of r.rules) {
    assert.match(rule.code, /^TT\d{3}$/);
    for (const field of ['name', 'component', 'severity', 'fix', 'summary', 'spec']) {
      assert.equal(typeof rule[field], 'string', `${rule.code}.${field}`);
    }
    assert.equal(rule.docs, undefined, `${rule.code}: docs come from thethuc/rule-docs`);
    assert.match(r.ruleDocs[rule.code] ?? '', /^## Kiểm tra gì\n/, `${rule.code}: docs`);
    assert.ok(r.ruleDocs[rule.code].includes(rule.spec), `${rule.code}: docs cite ${rule.spec}`);
  }
  assert.deepEqual(Object.keys(r.ruleDocs).sort(), [...codes].sort());
  assert.deepEqual(r.rulesEn.map((x) => x.code), r.rules.map((x) => x.code));

  // applyFixes('safe') makes exactly the safe edits of the report (applied here by hand,
  // back to front); 'all' also adds the quốc hiệu at the top.
  const applyByHand = (kinds) => {
    const edits = draft.diagnostics
      .filter((d) => kinds.includes(d.fix?.applicability))
      .flatMap((d) => d.fix.edits)
      .sort((a, b) => b.start - a.start);
    let out = text;
    for (const e of edits) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
    return { out, count: edits.length };
  };
  const bySafeEdits = applyByHand(['safe']);
  assert.ok(bySafeEdits.count > 0, 'the seed has safe fixes');
  assert.equal(r.fixedSafe, bySafeEdits.out);
  assert.equal(r.fixedAll, applyByHand(['safe', 'unsafe']).out);
  assert.ok(r.fixedAll.startsWith('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'), r.fixedAll.slice(0, 80));

  // CommonJS through require(esm) (Node ≥ 20.19).
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major > 20 || (major === 20 && minor >= 19)) {
    const cjs = JSON.parse(execFileSync(process.execPath, ['consumer.cjs', SEED], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
    assert.equal(cjs.version, cargoVersion);
    assert.deepEqual(cjs.codes, draft.diagnostics.map((d) => d.code));
  }
});
