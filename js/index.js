// thethuc — the package entry. Wraps the wasm-bindgen glue (./thethuc_wasm.js) so that the
// package root is ours: one init for every host, a clear error before init, `.docx` input
// (checkDocx), and pure-JS helpers (applyFixes). Types: ./index.d.ts. No dependencies, no globals.
import initWasm, {
  initSync as initWasmSync,
  check as checkWasm,
  checkDocx as checkDocxWasm,
  rules as rulesWasm,
  version as versionWasm,
  __thethuc_restart as restartWasm,
} from './thethuc_wasm.js';

let ready = false;
/** @type {Promise<void> | undefined} */
let pending;

const isNode =
  typeof process === 'object' &&
  process !== null &&
  typeof process.versions === 'object' &&
  typeof process.versions.node === 'string' &&
  typeof process.versions.bun !== 'string' &&
  typeof globalThis.Deno === 'undefined';

/** `{ module_or_path }`, or the value itself (URL, string, Request, Response, bytes, Module). */
function unwrap(input, key) {
  if (input !== null && typeof input === 'object' && Object.getPrototypeOf(input) === Object.prototype) {
    return input[key];
  }
  return input;
}

function isFileUrl(value) {
  if (value === undefined) return true; // the default URL is beside this module: file: in Node
  if (typeof value === 'string') return value.startsWith('file:') || !/^[a-z][a-z0-9+.-]*:/i.test(value);
  return typeof URL === 'function' && value instanceof URL && value.protocol === 'file:';
}

/**
 * Load and instantiate the wasm (once; later calls return the same promise).
 * Browsers and bundlers: `await init()` fetches `thethuc_bg.wasm` beside this module.
 * Pass `{ module_or_path }` (a URL, a string, a Response, bytes or a WebAssembly.Module) to
 * load it from elsewhere. Node: use `initSync` with the bytes (Node's fetch has no file: URLs).
 */
export default function init(input) {
  if (ready) return Promise.resolve();
  if (pending) return pending;
  const moduleOrPath = unwrap(input, 'module_or_path');
  if (isNode && isFileUrl(moduleOrPath)) {
    return Promise.reject(
      new Error(
        "thethuc: in Node, initialise synchronously from the bundled file: " +
          "initSync({ module: readFileSync(new URL(import.meta.resolve('thethuc/thethuc_bg.wasm'))) })",
      ),
    );
  }
  pending = initWasm({ module_or_path: moduleOrPath }).then(
    () => {
      ready = true;
    },
    (err) => {
      pending = undefined;
      throw err;
    },
  );
  return pending;
}

/**
 * Instantiate the wasm synchronously from its bytes or a compiled `WebAssembly.Module`:
 * `initSync({ module: bytes })`. Idempotent.
 */
export function initSync(input) {
  if (ready) return;
  const module = unwrap(input, 'module');
  if (module === undefined || module === null) {
    throw new TypeError('thethuc: initSync needs { module: bytes or WebAssembly.Module }');
  }
  initWasmSync({ module });
  ready = true;
}

/**
 * Call into the wasm. A trap — a panic (the core is written never to panic on any input, and
 * fuzzed for it) or an allocation failure — aborts the call and leaves the instance in an
 * unknown state: replace it at once with a fresh instance of the same compiled module (the
 * drafter's text lives in the page, not in the wasm), and report the failure as an `Error`
 * whose `code` is `internal`. The next call works as if nothing had happened.
 */
function guarded(call) {
  try {
    return call();
  } catch (err) {
    const trapped =
      err instanceof WebAssembly.RuntimeError ||
      (err instanceof RangeError && /call stack/i.test(err.message));
    if (!trapped) throw err;
    let restarted = true;
    try {
      restartWasm();
    } catch {
      restarted = false;
      ready = false;
    }
    const error = new Error(
      `thethuc: internal error (${err.message}); ` +
        (restarted ? 'the checker was restarted: try again' : 'the checker could not restart: reload the page'),
      { cause: err },
    );
    error.code = 'internal';
    throw error;
  }
}

function ensureReady() {
  if (!ready) {
    throw new Error(
      'thethuc: not initialised: call `await init()` first (Node: `initSync({ module: bytes })`)',
    );
  }
}

/** Check a draft. Offsets in the report are UTF-16 code units: `text.slice(start, end)`. */
export function check(text, options) {
  ensureReady();
  if (typeof text !== 'string') throw new TypeError('thethuc: check(text): text must be a string');
  return guarded(() => checkWasm(text, options));
}

/**
 * Check a `.docx` draft from its bytes (a `Uint8Array`, an `ArrayBuffer` or a typed-array
 * view — e.g. `new Uint8Array(await file.arrayBuffer())`). Returns the report on the text
 * extracted from it, with the typography rules evaluated, plus `text` (what the offsets
 * point into) and `notices`. The file never leaves the machine. A file that is not a
 * readable `.docx` (legacy .doc, .odt, PDF, encrypted, damaged, a zip bomb…) throws an
 * `Error` whose `code` says why and whose message says what to do.
 */
export function checkDocx(bytes, options) {
  ensureReady();
  let view = bytes;
  if (bytes instanceof ArrayBuffer) {
    view = new Uint8Array(bytes);
  } else if (ArrayBuffer.isView(bytes) && !(bytes instanceof Uint8Array)) {
    view = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  if (!(view instanceof Uint8Array)) {
    throw new TypeError('thethuc: checkDocx(bytes): bytes must be a Uint8Array or an ArrayBuffer');
  }
  return guarded(() => checkDocxWasm(view, options));
}

/**
 * Every rule with its code, name, component, severity, fix availability, summary and spec. The
 * docs are a separate module, loaded when needed: `(await import('thethuc/rule-docs')).ruleDocs[code]`.
 */
export function rules(lang) {
  ensureReady();
  return guarded(() => rulesWasm(lang));
}

/** The package version (equals `report.version`). */
export function version() {
  ensureReady();
  return guarded(() => versionWasm());
}

/**
 * Apply the fixes of `diagnostics` to `text` and return the new text. Pure JS; needs no init.
 *
 * `only: 'safe'` (default) takes fixes marked `safe`; `'all'` also takes `unsafe` ones.
 * `display-only` fixes are never applied (they are not text edits). A fix is applied whole
 * or not at all: one whose edits overlap an edit already taken (in the order given; a
 * report's diagnostics are sorted by position) is skipped. Offsets are UTF-16 code units
 * of `text`, which must be the text that was checked.
 */
export function applyFixes(text, diagnostics, options) {
  if (typeof text !== 'string') throw new TypeError('thethuc: applyFixes(text, …): text must be a string');
  if (!Array.isArray(diagnostics)) {
    throw new TypeError('thethuc: applyFixes(text, diagnostics): diagnostics must be an array (report.diagnostics)');
  }
  const only = options?.only ?? 'safe';
  if (only !== 'safe' && only !== 'all') {
    throw new TypeError(`thethuc: applyFixes: option only must be 'safe' or 'all', not ${JSON.stringify(only)}`);
  }
  const wanted = only === 'safe' ? ['safe'] : ['safe', 'unsafe'];
  /** @type {{ start: number, end: number, newText: string, seq: number }[]} */
  const taken = [];
  let seq = 0;
  for (const d of diagnostics) {
    const fix = d?.fix;
    if (!fix || !wanted.includes(fix.applicability) || !Array.isArray(fix.edits) || fix.edits.length === 0) continue;
    for (const e of fix.edits) {
      if (
        !Number.isInteger(e.start) ||
        !Number.isInteger(e.end) ||
        e.start < 0 ||
        e.start > e.end ||
        e.end > text.length ||
        typeof e.newText !== 'string'
      ) {
        throw new RangeError(
          `thethuc: applyFixes: edit ${e.start}..${e.end} of ${d.code} does not fit a text of length ${text.length} (was this text checked?)`,
        );
      }
    }
    const clash = fix.edits.some((e) => taken.some((t) => overlaps(e, t)));
    if (clash) continue;
    for (const e of fix.edits) taken.push({ start: e.start, end: e.end, newText: e.newText, seq: seq++ });
  }
  taken.sort((a, b) => a.start - b.start || a.end - b.end || a.seq - b.seq);
  let out = '';
  let at = 0;
  for (const e of taken) {
    out += text.slice(at, e.start) + e.newText;
    at = e.end;
  }
  return out + text.slice(at);
}

/** Two edits conflict when their ranges share a code unit, or both insert at the same offset. */
function overlaps(a, b) {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  if (a.start === a.end) return b.start < a.start && a.start < b.end;
  if (b.start === b.end) return a.start < b.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}
