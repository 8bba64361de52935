// `tsc --noEmit --strict` on a consumer file that uses every exported function and every field
// of every exported type, against the installed tarball — with Node's module resolution and a
// bundler's — and no `any` anywhere in the package's declarations.
//
// Prerequisites: `./scripts/build-wasm.sh`, `npm ci` (typescript, @codemirror/*).
// Run: `node --test tests/package/`.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { ROOT, makeProject, pkgJson } from './helpers.mjs';

const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');

test('no `any` in the public declarations', () => {
  const files = pkgJson().files.filter((f) => f.endsWith('.d.ts'));
  assert.ok(files.length >= 5, files.join(' '));
  for (const f of files) {
    const code = readFileSync(join(ROOT, 'pkg', f), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\/\/.*$/gm, '');
    assert.doesNotMatch(code, /\bany\b/, f);
  }
});

test('tsc --noEmit --strict on a consumer of every export (nodenext, bundler)', () => {
  // In the repository's target/: @codemirror/lint and @codemirror/view (whose types the
  // consumer checks against) are found in the repository's node_modules above it.
  const dir = makeProject('types', { app: 'types', inRepo: true });
  for (const [module, resolution] of [
    ['nodenext', 'nodenext'],
    ['esnext', 'bundler'],
  ]) {
    const args = [TSC, '--noEmit', '--strict', '--target', 'es2022', '--module', module, '--moduleResolution', resolution, '--lib', 'es2022,dom', 'consumer.ts'];
    try {
      execFileSync(process.execPath, args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (err) {
      assert.fail(`tsc (${module}/${resolution}) failed:\n${err.stdout}${err.stderr}`);
    }
  }
});
