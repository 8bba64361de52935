// A Vite app that imports the installed package: init (the .wasm is an emitted asset), check,
// rules, version, applyFixes, toCodeMirror in a real CodeMirror editor with @codemirror/lint,
// and createWorkerChecker (the worker bundled by Vite). Writes its findings to #result.
import init, { applyFixes, check, rules, version } from 'thethuc';
import { toCodeMirror } from 'thethuc/codemirror';
import { createWorkerChecker } from 'thethuc/worker-client';
import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { forEachDiagnostic, lintGutter, setDiagnostics } from '@codemirror/lint';
import sample from './sample.txt?raw';

async function main() {
  await init();
  const report = check(sample);

  // CodeMirror: show the diagnostics, then apply the first fix through its action. Mounted
  // in a shadow root, where CodeMirror's styles go into a constructable stylesheet: in the
  // document it adds a <style> element, which the strict CSP refuses (or give it a nonce
  // with EditorView.cspNonce).
  const view = new EditorView({
    parent: document.getElementById('editor').attachShadow({ mode: 'open' }),
    state: EditorState.create({ doc: sample, extensions: [lintGutter()] }),
  });
  const cm = toCodeMirror(report, sample);
  view.dispatch(setDiagnostics(view.state, cm));
  const shown = [];
  forEachDiagnostic(view.state, (d, from, to) => shown.push({ from, to, severity: d.severity, source: d.source }));
  const withFix = cm.find((d) => d.actions);
  withFix.actions[0].apply(view, withFix.from, withFix.to);
  const afterFix = view.state.doc.toString();
  const fixedDiagnostic = report.diagnostics.find((d) => d.code === withFix.source && d.start === withFix.from);

  // The worker gives the same report; a burst of checks yields only the latest.
  const checker = createWorkerChecker();
  const fromWorker = await checker.check(sample);
  const burst = await Promise.allSettled([
    checker.check('THÔNG BÁO'),
    checker.check('Số: /TB-UBND'),
    checker.check(sample, { mode: 'final' }),
  ]);
  checker.terminate();

  return {
    version: version(),
    rules: rules().length,
    report,
    shown,
    afterFix,
    fixedOne: applyFixes(sample, [fixedDiagnostic], { only: 'all' }),
    sameInWorker: JSON.stringify(fromWorker) === JSON.stringify(report),
    burst: burst.map((r) => (r.status === 'fulfilled' ? r.value.mode : r.reason.name)),
    finalMatches: burst[2].status === 'fulfilled' && JSON.stringify(burst[2].value) === JSON.stringify(check(sample, { mode: 'final' })),
  };
}

main().then(
  (result) => {
    document.getElementById('result').textContent = JSON.stringify(result);
    document.body.dataset.ready = '1';
  },
  (err) => {
    document.getElementById('result').textContent = `FAILED: ${err && err.stack ? err.stack : err}`;
    document.body.dataset.ready = 'error';
  },
);
