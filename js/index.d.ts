// Types of the `thethuc` package entry. The Report types come from the wasm binding
// (src/wasm.d.ts in the repository) and are re-exported here.
import type { Diagnostic, DocxReport, Lang, Options, Report, RuleInfo } from './thethuc_wasm.js';

export type {
  Applicability,
  Component,
  ComponentKind,
  ComponentPart,
  Diagnostic,
  DocumentType,
  DocxErrorCode,
  DocxNotice,
  DocxReport,
  Edit,
  Fix,
  FixAvailability,
  Lang,
  Mode,
  NotEvaluated,
  Options,
  PartRole,
  Report,
  RuleInfo,
  RuleSetting,
  Severity,
} from './thethuc_wasm.js';

/** Where the wasm comes from: a URL (string, `URL`, `Request`), a `Response`, its bytes, or a compiled module. */
export type InitInput = RequestInfo | URL | Response | BufferSource | WebAssembly.Module;

/** What `initSync` takes: the wasm's bytes or a compiled module. */
export type SyncInitInput = BufferSource | WebAssembly.Module;

/**
 * Load and instantiate the wasm, once (later calls share the first call's promise).
 * Browsers and bundlers: `await init()` fetches `thethuc_bg.wasm` beside the module.
 * `init({ module_or_path })` loads it from a URL, a `Response`, bytes or a `WebAssembly.Module`.
 * In Node use {@link initSync} (Node's fetch cannot read `file:` URLs; `init()` rejects with a hint).
 */
export default function init(
  input?: { module_or_path?: InitInput | Promise<InitInput> } | InitInput | Promise<InitInput>,
): Promise<void>;

/** Instantiate synchronously from the wasm's bytes or a compiled module: `initSync({ module: bytes })`. Idempotent. */
export function initSync(input: { module: SyncInitInput } | SyncInitInput): void;

/**
 * Check a draft. Offsets in the report are UTF-16 code units (`text.slice(start, end)`).
 * Throws an `Error` for invalid options, and before `init`/`initSync`. Should the wasm ever trap
 * (a bug, or memory exhausted), the call throws an `Error` with `code: 'internal'` after the
 * checker has been restarted with a fresh instance: the next call works.
 */
export function check(text: string, options?: Options): Report;

/**
 * Check a `.docx` draft from its bytes (`new Uint8Array(await file.arrayBuffer())`): the report on
 * the text extracted from it, with the typography rules (TT601–TT609) evaluated; `text` is what
 * the offsets point into; `notices` lists macros, embedded objects… found but never run.
 * Throws an `Error` with a `code` ({@link DocxErrorCode}) and a message saying what to do when the
 * file is not a readable `.docx`; also for invalid options, and before `init`/`initSync`; and, as
 * `check`, with `code: 'internal'` after a trap (the checker restarted).
 */
export function checkDocx(bytes: Uint8Array | ArrayBuffer | ArrayBufferView, options?: Options): DocxReport;

/**
 * Every rule: code, name, component, severity, fix availability, summary and spec section. The
 * docs are a separate module, loaded when needed: `(await import('thethuc/rule-docs')).ruleDocs[code]`.
 */
export function rules(lang?: Lang): RuleInfo[];

/** The package version (equals `Report.version`). */
export function version(): string;

/** Which fixes `applyFixes` takes. */
export interface ApplyFixesOptions {
  /** `safe` (default): only fixes marked `safe`; `all`: `safe` and `unsafe`. `display-only` fixes are never applied. */
  only?: "safe" | "all";
}

/**
 * Apply the fixes of `diagnostics` to `text` (the text that was checked) and return the new text.
 * Edits are in UTF-16 code units. A fix is applied whole or skipped: one overlapping an edit
 * already taken (in the order given) is skipped. Throws a `RangeError` for an edit outside `text`.
 * Pure JavaScript: needs no `init`.
 */
export function applyFixes(text: string, diagnostics: readonly Diagnostic[], options?: ApplyFixesOptions): string;
