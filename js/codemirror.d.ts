// Types of `thethuc/codemirror`. Structurally compatible with `@codemirror/lint`'s `Diagnostic`
// and `Action` (and `@codemirror/view`'s `EditorView` as the view), without depending on them.
import type { Report, Severity } from './index.js';

/** One change as CodeMirror's `ChangeSpec` takes it (positions in UTF-16 code units). */
export interface CodeMirrorChange {
  from: number;
  to: number;
  insert: string;
}

/** The part of CodeMirror's `EditorView` an action uses. */
export interface CodeMirrorView {
  dispatch(spec: { changes: CodeMirrorChange[]; userEvent?: string }): void;
}

/** An `@codemirror/lint` `Action`: a fix. */
export interface CodeMirrorAction {
  /** The fix's title, in the report's language. */
  name: string;
  /** Dispatch the fix's edits; `from`/`to`: the diagnostic's current position. */
  apply(view: CodeMirrorView, from: number, to: number): void;
}

/** An `@codemirror/lint` `Diagnostic`. */
export interface CodeMirrorDiagnostic {
  /** UTF-16 offset (CodeMirror position) of the start. */
  from: number;
  /** UTF-16 offset (CodeMirror position) of the end. */
  to: number;
  severity: Severity;
  message: string;
  /** The rule's code, e.g. `TT101`. */
  source: string;
  /** One action when the finding has a text fix. */
  actions?: CodeMirrorAction[];
}

/**
 * A report as `@codemirror/lint` diagnostics. With `text`, diagnostics and fixes that do not
 * fit it are dropped (a stale report).
 */
export function toCodeMirror(report: Report, text?: string): CodeMirrorDiagnostic[];
