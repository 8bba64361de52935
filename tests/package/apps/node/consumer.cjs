// CommonJS consumer (Node ≥ 20.19 loads the ES module package with require()).
const { readFileSync } = require('node:fs');
const { initSync, check, version } = require('thethuc');

initSync({ module: readFileSync(require.resolve('thethuc/thethuc_bg.wasm')) });
const report = check(readFileSync(process.argv[2], 'utf8'));
console.log(JSON.stringify({ version: version(), documentType: report.documentType, codes: report.diagnostics.map((d) => d.code) }));
