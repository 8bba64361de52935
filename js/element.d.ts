// Types of `thethuc/element`. Importing the module defines `<thethuc-check>`.
import type { Options, Report } from './index.js';

/** The tag name, `thethuc-check`. */
export const TAG: "thethuc-check";
/** The event name, `thethuc-report`; its `detail` is the Report. */
export const REPORT_EVENT: "thethuc-report";

/** Options of `attach`: the options of `check()` plus the panel's own. */
export interface AttachOptions extends Options {
  /** Milliseconds of quiet after an edit before re-checking (default 200). */
  debounce?: number;
  /** Where to put the problems panel (appended); default: right after the field. */
  container?: Element;
  /** Where the wasm is (default: `thethuc_bg.wasm` beside the package's modules). */
  wasmUrl?: string | URL;
}

/** What `attach` returns. */
export interface AttachHandle {
  /** Stop watching: remove the listeners and the panel. Idempotent. */
  detach(): void;
  /** Check now (without waiting for the debounce); resolves with the Report. */
  check(): Promise<Report>;
}

/**
 * Watch a `<textarea>` or a contenteditable element, show its problems in a panel (shadow
 * DOM) right after it, select a problem's text on click, and fire `thethuc-report` (bubbling,
 * `detail`: the Report) on the field after every check. For a contenteditable, offsets are
 * into its text as thethuc reads it (`<br>` and block boundaries as `\n`).
 */
export function attach(element: HTMLTextAreaElement | HTMLElement, options?: AttachOptions): AttachHandle;

/**
 * `<thethuc-check for="field-id" mode="draft|final" lang="vi|en" type="…" today="YYYY-MM-DD"
 * debounce="200">` — checks the field with that id and fires `thethuc-report` on itself.
 */
export class ThethucCheckElement extends HTMLElement {
  static readonly observedAttributes: string[];
  connectedCallback(): void;
  disconnectedCallback(): void;
  attributeChangedCallback(name: string, before: string | null, after: string | null): void;
  /** Check now; resolves with the Report. */
  check(): Promise<Report>;
}

/** The `thethuc-report` event. */
export type ReportEvent = CustomEvent<Report>;

declare global {
  interface HTMLElementTagNameMap {
    "thethuc-check": ThethucCheckElement;
  }
  interface GlobalEventHandlersEventMap {
    "thethuc-report": CustomEvent<Report>;
  }
}
