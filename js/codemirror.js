// thethuc/codemirror — a Report as CodeMirror 6 lint diagnostics (@codemirror/lint).
// Plain objects only: no runtime dependency on CodeMirror. Report offsets are UTF-16 code
// units, which is what CodeMirror positions are, so they carry over unchanged.

/**
 * Convert a report to `@codemirror/lint` diagnostics: `{ from, to, severity, message,
 * source: code, actions }`. A fix (other than `display-only`) becomes one action whose
 * `apply(view, from, to)` dispatches the fix's edits, moved by as much as the diagnostic has
 * moved since the check (CodeMirror passes its current position).
 *
 * Give `text` (the checked text, or the editor's current text) to drop diagnostics and fixes
 * that do not fit it — a stale report never makes CodeMirror throw a RangeError.
 */
export function toCodeMirror(report, text) {
  if (!report || !Array.isArray(report.diagnostics)) {
    throw new TypeError('thethuc/codemirror: toCodeMirror(report): expected a Report');
  }
  const limit = typeof text === 'string' ? text.length : Infinity;
  const fits = (start, end) => 0 <= start && start <= end && end <= limit;
  const out = [];
  for (const d of report.diagnostics) {
    if (!fits(d.start, d.end)) continue;
    /** @type {import('./codemirror.d.ts').CodeMirrorDiagnostic} */
    const diagnostic = {
      from: d.start,
      to: d.end,
      severity: d.severity === 'error' || d.severity === 'warning' ? d.severity : 'info',
      message: d.message,
      source: d.code,
    };
    const fix = d.fix;
    if (
      fix &&
      fix.applicability !== 'display-only' &&
      fix.edits.length > 0 &&
      fix.edits.every((e) => fits(e.start, e.end))
    ) {
      const anchor = d.start;
      const edits = fix.edits.map((e) => ({ start: e.start, end: e.end, newText: e.newText }));
      diagnostic.actions = [
        {
          name: fix.title,
          apply(view, from) {
            const shift = from - anchor;
            view.dispatch({
              changes: edits.map((e) => ({ from: e.start + shift, to: e.end + shift, insert: e.newText })),
              userEvent: 'input',
            });
          },
        },
      ];
    }
    out.push(diagnostic);
  }
  return out;
}
