// Writes pkg/package.json for the npm package: name, version and licence from Cargo.toml;
// ESM; an `exports` map with `types` first; no dependencies.
import { readFileSync, writeFileSync } from 'node:fs';

const cargo = readFileSync(new URL('../Cargo.toml', import.meta.url), 'utf8');
const field = (name) => cargo.match(new RegExp(`^${name}\\s*=\\s*"([^"]*)"`, 'm'))?.[1];
const entry = (name) => ({ types: `./${name}.d.ts`, default: `./${name}.js` });
const pkg = {
  name: 'thethuc',
  version: field('version'),
  description: field('description'),
  license: field('license'),
  type: 'module',
  main: './index.js',
  module: './index.js',
  types: './index.d.ts',
  exports: {
    '.': entry('index'),
    './codemirror': entry('codemirror'),
    './element': entry('element'),
    './worker-client': entry('worker-client'),
    './rule-docs': entry('rule-docs'),
    './worker.js': './worker.js',
    './thethuc_bg.wasm': './thethuc_bg.wasm',
    './package.json': './package.json',
  },
  files: [
    'index.js',
    'index.d.ts',
    'codemirror.js',
    'codemirror.d.ts',
    'element.js',
    'element.d.ts',
    'worker.js',
    'worker-client.js',
    'worker-client.d.ts',
    'rule-docs.js',
    'rule-docs.d.ts',
    'thethuc_wasm.js',
    'thethuc_wasm.d.ts',
    'thethuc_bg.wasm',
  ],
  // Importing element.js defines <thethuc-check>; worker.js installs the worker's message handler.
  sideEffects: ['./element.js', './worker.js'],
  engines: { node: '>=20' },
  keywords: ['vietnamese', 'nghi-dinh-30', 'van-ban-hanh-chinh', 'linter', 'wasm', 'codemirror', 'web-component'],
};
writeFileSync(new URL('../pkg/package.json', import.meta.url), JSON.stringify(pkg, null, 2) + '\n');
