// Writes pkg/package.json from Cargo.toml (name, version, licence) for the npm package.
import { readFileSync, writeFileSync } from 'node:fs';

const cargo = readFileSync(new URL('../Cargo.toml', import.meta.url), 'utf8');
const field = (name) => cargo.match(new RegExp(`^${name}\\s*=\\s*"([^"]*)"`, 'm'))?.[1];
const pkg = {
  name: 'thethuc',
  version: field('version'),
  description: field('description'),
  license: field('license'),
  type: 'module',
  main: './thethuc.js',
  types: './thethuc.d.ts',
  exports: {
    '.': { types: './thethuc.d.ts', default: './thethuc.js' },
    './thethuc_bg.wasm': './thethuc_bg.wasm',
    './package.json': './package.json',
  },
  files: ['thethuc.js', 'thethuc.d.ts', 'thethuc_bg.wasm', 'thethuc_bg.wasm.d.ts'],
  sideEffects: false,
  keywords: ['vietnamese', 'nghi-dinh-30', 'linter', 'wasm'],
};
writeFileSync(new URL('../pkg/package.json', import.meta.url), JSON.stringify(pkg, null, 2) + '\n');
