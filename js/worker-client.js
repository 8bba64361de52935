// thethuc/worker-client — check in a Web Worker, so that long documents never block typing.
// The newest request wins: a check() made while an older one is pending supersedes it (the
// older promise rejects with an AbortError), and at most one stale check ever runs.

/**
 * Start a worker (module worker `./worker.js` beside this file, or `workerUrl`) that loads
 * the wasm once (from beside the worker's copy of the package, or `wasmUrl`).
 * Returns `{ check(text, options) → Promise<Report>, terminate() }`.
 */
export function createWorkerChecker(options = {}) {
  const { workerUrl, wasmUrl } = options ?? {};
  // The literal `new Worker(new URL('./worker.js', import.meta.url), { type: 'module' })` is
  // the form bundlers (Vite, webpack 5, Parcel) recognise and bundle as a worker.
  const worker = workerUrl
    ? new Worker(workerUrl, { type: 'module' })
    : new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
  const base = typeof location === 'object' && location ? location.href : undefined;

  let nextId = 1;
  /** The request the worker is working on: { id, resolve, reject, stale }. */
  let inFlight = null;
  /** The newest request not yet sent: { id, text, options, resolve, reject }. */
  let queued = null;
  /** Set once the checker cannot answer any more (terminated, or the worker failed). */
  let dead = null;

  const superseded = () => new DOMException('thethuc: superseded by a newer check', 'AbortError');

  function send(request) {
    inFlight = { id: request.id, resolve: request.resolve, reject: request.reject, stale: false };
    worker.postMessage({ type: 'check', id: request.id, text: request.text, options: request.options });
  }

  function fail(error) {
    if (dead) return;
    dead = error;
    if (inFlight && !inFlight.stale) inFlight.reject(error);
    if (queued) queued.reject(error);
    inFlight = null;
    queued = null;
  }

  function onMessage(event) {
    const msg = event.data;
    if (!msg || typeof msg !== 'object') return;
    if (msg.type === 'init-error') {
      fail(new Error(msg.message));
      worker.terminate();
      return;
    }
    if ((msg.type !== 'result' && msg.type !== 'error') || !inFlight || msg.id !== inFlight.id) return;
    const done = inFlight;
    inFlight = null;
    if (!done.stale) {
      if (msg.type === 'result') done.resolve(msg.report);
      else done.reject(new Error(msg.message));
    }
    if (queued) {
      const next = queued;
      queued = null;
      send(next);
    }
  }

  function onError(event) {
    event.preventDefault?.();
    const detail = event.message ? `: ${event.message}` : '';
    fail(new Error(`thethuc: the worker failed to start or crashed${detail}`));
    worker.terminate();
  }

  worker.addEventListener('message', onMessage);
  worker.addEventListener('error', onError);
  worker.addEventListener('messageerror', () => fail(new Error('thethuc: a message from the worker could not be read')));
  worker.postMessage({
    type: 'init',
    wasmUrl: wasmUrl === undefined || wasmUrl === null ? null : new URL(String(wasmUrl), base).href,
  });

  return {
    check(text, checkOptions) {
      if (dead) return Promise.reject(dead);
      if (typeof text !== 'string') {
        return Promise.reject(new TypeError('thethuc: check(text): text must be a string'));
      }
      return new Promise((resolve, reject) => {
        const request = { id: nextId++, text, options: checkOptions, resolve, reject };
        if (!inFlight) {
          send(request);
          return;
        }
        if (!inFlight.stale) {
          inFlight.stale = true;
          inFlight.reject(superseded());
        }
        if (queued) queued.reject(superseded());
        queued = request;
      });
    },
    terminate() {
      if (dead) return;
      worker.terminate();
      const error = new DOMException('thethuc: the worker checker was terminated', 'AbortError');
      if (inFlight && !inFlight.stale) inFlight.reject(error);
      if (queued) queued.reject(error);
      inFlight = null;
      queued = null;
      dead = new Error('thethuc: the worker checker was terminated');
    },
  };
}
