// thethuc/worker.js — the Web Worker script behind `createWorkerChecker` (thethuc/worker-client).
// Loads the wasm once, then answers check requests in order. A module worker:
//   new Worker(new URL('thethuc/worker.js', import.meta.url), { type: 'module' })
//
// Messages in:  { type: 'init', wasmUrl: string | null }   (optional; first)
//               { type: 'check', id: number, text: string, options?: Options }
// Messages out: { type: 'result', id, report } | { type: 'error', id, message }
//               | { type: 'init-error', message }
import init, { check } from './index.js';

/** @type {Promise<void> | undefined} */
let ready;

function load(wasmUrl) {
  ready = init(wasmUrl ? { module_or_path: wasmUrl } : undefined);
  ready.catch((err) => {
    self.postMessage({ type: 'init-error', message: `thethuc: cannot load the wasm: ${messageOf(err)}` });
  });
  return ready;
}

function messageOf(err) {
  return err instanceof Error ? err.message : String(err);
}

self.addEventListener('message', (event) => {
  const msg = event.data;
  if (msg === null || typeof msg !== 'object') return;
  if (msg.type === 'init') {
    if (!ready) load(msg.wasmUrl);
    return;
  }
  if (msg.type !== 'check') return;
  const { id, text, options } = msg;
  (ready ?? load(null)).then(
    () => {
      let report;
      try {
        report = check(text, options);
      } catch (err) {
        self.postMessage({ type: 'error', id, message: messageOf(err) });
        return;
      }
      self.postMessage({ type: 'result', id, report });
    },
    (err) => self.postMessage({ type: 'error', id, message: `thethuc: cannot load the wasm: ${messageOf(err)}` }),
  );
});
