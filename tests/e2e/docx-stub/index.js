// A stand-in for the package with a `.docx` reader, used only by the page test to check the
// page's wiring before the real `checkDocx` lands: tests/e2e/page.test.mjs builds the page a
// second time with `thethuc` resolved here. It re-exports the real package and adds
// `checkDocx(bytes, options) → Report & { text }`, reading the "document" as UTF-8 text and
// adding one finding only a .docx could give (the font).
import init, { check } from '../../../pkg/index.js';

export * from '../../../pkg/index.js';
export default init;

export function checkDocx(bytes, options) {
  if (!(bytes instanceof Uint8Array)) throw new TypeError('checkDocx(bytes): bytes must be a Uint8Array');
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  const report = check(text, options);
  const firstLine = text.indexOf('\n') < 0 ? text.length : text.indexOf('\n');
  const font = {
    code: 'TT603',
    name: 'phong-chu',
    component: 'van-ban',
    severity: 'error',
    message: 'Phông chữ “Arial” không phải Times New Roman',
    start: 0,
    end: firstLine,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: firstLine + 1,
  };
  return { ...report, diagnostics: [font, ...report.diagnostics], text };
}
