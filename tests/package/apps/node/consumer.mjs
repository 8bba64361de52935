// A Node ≥ 20 consumer of the installed package: synchronous initialisation from the bundled
// .wasm (no fetch of a file: URL), then check, rules (+ thethuc/rule-docs), version and
// applyFixes. Prints JSON.
import { readFileSync } from 'node:fs';
import { initSync, check, rules, version, applyFixes } from 'thethuc';

const wasmUrl = new URL(import.meta.resolve('thethuc/thethuc_bg.wasm'));
initSync({ module: readFileSync(wasmUrl) });

const text = readFileSync(process.argv[2], 'utf8');
const draft = check(text);
const final = check(text, { mode: 'final', lang: 'en' });
let invalid = null;
try {
  check(text, { mode: 'drafty' });
} catch (err) {
  invalid = { isError: err instanceof Error, message: err.message };
}
// The rule docs: a module of their own (not in the wasm), imported when needed.
const { ruleDocs } = await import('thethuc/rule-docs');
const pkg = JSON.parse(readFileSync(new URL(import.meta.resolve('thethuc/package.json')), 'utf8'));
console.log(
  JSON.stringify({
    wasmUrl: wasmUrl.href,
    version: version(),
    packageVersion: pkg.version,
    draft,
    final,
    invalid,
    rules: rules(),
    rulesEn: rules('en'),
    ruleDocs,
    fixedSafe: applyFixes(text, draft.diagnostics, { only: 'safe' }),
    fixedAll: applyFixes(text, draft.diagnostics, { only: 'all' }),
  }),
);
