// Types of `thethuc/worker-client`.
import type { Options, Report } from './index.js';

export interface WorkerCheckerOptions {
  /** The worker script (default: `worker.js` beside this module, which bundlers pick up). */
  workerUrl?: string | URL;
  /** The wasm file (default: `thethuc_bg.wasm` beside the worker's copy of the package). Relative URLs resolve against the page. */
  wasmUrl?: string | URL;
}

export interface WorkerChecker {
  /**
   * Check `text` in the worker. The newest call wins: a call made while an older one is still
   * pending makes the older promise reject with a `DOMException` named `AbortError`.
   * Invalid options reject with an `Error`, as `check()` throws.
   */
  check(text: string, options?: Options): Promise<Report>;
  /** Stop the worker; pending checks reject with an `AbortError`, later ones with an `Error`. */
  terminate(): void;
}

/** Start a module worker that loads the wasm once and answers checks. */
export function createWorkerChecker(options?: WorkerCheckerOptions): WorkerChecker;
