// thethuc/element — the drop-in checker for existing forms: `<thethuc-check for="id">` or
// `attach(textareaOrContenteditable, options)`. Watches the field, shows a compact list of
// problems (click one to select its text), and emits `thethuc-report` with the Report.
//
// Styles only itself: everything lives in a shadow root, styled through a constructable
// stylesheet (allowed under `style-src 'self'`; no inline style attributes, no <style> where
// constructable stylesheets exist). Colours are CSS custom properties (--thethuc-*). No
// globals; the only request is the package's own wasm file. Importing this module defines
// the custom element (its one side effect).
import init, { check } from './index.js';

export const TAG = 'thethuc-check';
export const REPORT_EVENT = 'thethuc-report';
const DEFAULT_DEBOUNCE = 200;

const LABELS = {
  vi: {
    error: 'Lỗi',
    warning: 'Cảnh báo',
    info: 'Thông tin',
    counts: { error: 'lỗi', warning: 'cảnh báo', info: 'thông tin' },
    loading: 'Đang kiểm tra thể thức…',
    clean: 'Không phát hiện lỗi thể thức.',
    failed: 'Không kiểm tra được thể thức',
    region: 'Kiểm tra thể thức văn bản',
    at: (line, column) => `Dòng ${line}, cột ${column}`,
  },
  en: {
    error: 'Error',
    warning: 'Warning',
    info: 'Info',
    counts: { error: 'errors', warning: 'warnings', info: 'info' },
    loading: 'Checking the format…',
    clean: 'No format problems found.',
    failed: 'The format could not be checked',
    region: 'Document format check',
    at: (line, column) => `Line ${line}, column ${column}`,
  },
};

const CSS = `
:host {
  display: block;
  position: relative;
  font: var(--thethuc-font, inherit);
  color: var(--thethuc-fg, inherit);
}
:host([hidden]) { display: none; }
.panel {
  margin-block: var(--thethuc-margin, 0.5em);
  border: 1px solid var(--thethuc-border, #c9ced6);
  border-radius: var(--thethuc-radius, 6px);
  background: var(--thethuc-bg, #fff);
  overflow: hidden;
}
.summary {
  padding: 0.35em 0.7em;
  font-size: 0.9em;
  color: var(--thethuc-muted, #57606a);
}
.summary.failed { color: var(--thethuc-error, #b3261e); }
.list {
  list-style: none;
  margin: 0;
  padding: 0;
  max-height: var(--thethuc-max-height, 14em);
  overflow: auto;
  border-top: 1px solid var(--thethuc-border, #c9ced6);
}
.list:empty { display: none; }
.item {
  display: flex;
  align-items: baseline;
  gap: 0.6em;
  width: 100%;
  box-sizing: border-box;
  margin: 0;
  padding: 0.35em 0.7em;
  border: 0;
  border-bottom: 1px solid var(--thethuc-border, #c9ced6);
  background: none;
  color: inherit;
  font: inherit;
  font-size: 0.92em;
  text-align: start;
  cursor: pointer;
}
li:last-child .item { border-bottom: 0; }
.item:hover { background: var(--thethuc-hover, #f3f5f8); }
.item:focus-visible { outline: 2px solid var(--thethuc-focus, #1a73e8); outline-offset: -2px; }
.badge {
  flex: none;
  min-width: 4.5em;
  padding: 0.05em 0.45em;
  border-radius: 3px;
  color: var(--thethuc-badge-fg, #fff);
  font-size: 0.82em;
  font-weight: 600;
  text-align: center;
}
.error .badge { background: var(--thethuc-error, #b3261e); }
.warning .badge { background: var(--thethuc-warning, #b26a00); }
.info .badge { background: var(--thethuc-info, #2f6fb3); }
.message { flex: 1; }
.loc {
  flex: none;
  color: var(--thethuc-muted, #57606a);
  font-size: 0.85em;
  font-variant-numeric: tabular-nums;
  white-space: nowrap;
}
.mirror {
  position: absolute;
  top: 0;
  left: 0;
  visibility: hidden;
  overflow: hidden;
  white-space: pre-wrap;
  overflow-wrap: break-word;
  pointer-events: none;
}
`;

/** One constructable stylesheet per document, shared by every panel. */
const sheets = new WeakMap();

function adoptStyles(shadow) {
  const doc = shadow.ownerDocument ?? document;
  const view = doc.defaultView ?? globalThis;
  if ('adoptedStyleSheets' in shadow && typeof view.CSSStyleSheet === 'function') {
    let sheet = sheets.get(doc);
    if (!sheet) {
      try {
        sheet = new view.CSSStyleSheet();
        sheet.replaceSync(CSS);
        sheets.set(doc, sheet);
      } catch {
        sheet = undefined;
      }
    }
    if (sheet) {
      if (!shadow.adoptedStyleSheets.includes(sheet)) shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
      return () => {
        shadow.adoptedStyleSheets = shadow.adoptedStyleSheets.filter((s) => s !== sheet);
      };
    }
  }
  // Browsers without constructable stylesheets (before 2023): a <style> in the shadow root.
  const style = doc.createElement('style');
  style.textContent = CSS;
  shadow.prepend(style);
  return () => style.remove();
}

/** The wasm, loaded once per wasm URL asked for (init itself runs once). */
let loading;
function loadWasm(wasmUrl) {
  if (!loading) {
    loading = init(wasmUrl === undefined || wasmUrl === null ? undefined : { module_or_path: wasmUrl });
    loading.catch(() => {
      loading = undefined;
    });
  }
  return loading;
}

// ------------------------------------------------------------------ reading the field

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CENTER', 'DD', 'DETAILS', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE',
  'TBODY', 'TFOOT', 'THEAD', 'TR', 'UL',
]);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

function isTextarea(el) {
  return el.localName === 'textarea' || el.localName === 'input';
}

/**
 * The text of a contenteditable as the checker sees it — text nodes as they are, `<br>` and
 * block boundaries as one `\n`, table cells of a row joined by ` | ` — with the text nodes'
 * offsets, to map a report's UTF-16 ranges back to the DOM.
 */
function readEditable(root) {
  let text = '';
  const segments = [];
  let pendingBreak = false;
  const emit = (s) => {
    if (pendingBreak) {
      if (text !== '' && !text.endsWith('\n')) text += '\n';
      pendingBreak = false;
    }
    text += s;
  };
  const walk = (node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        if (child.data === '') continue;
        emit('');
        segments.push({ node: child, start: text.length, end: text.length + child.data.length });
        text += child.data;
      } else if (child.nodeType === 1) {
        const name = child.nodeName.toUpperCase();
        if (SKIPPED.has(name)) continue;
        if (name === 'BR') {
          emit('\n');
          continue;
        }
        if ((name === 'TD' || name === 'TH') && child.previousElementSibling) emit(' | ');
        const block = BLOCKS.has(name);
        if (block) pendingBreak = true;
        walk(child);
        if (block) pendingBreak = true;
      }
    }
  };
  walk(root);
  return { text, segments };
}

/** The DOM point of UTF-16 `offset` in a contenteditable's text (start or end of a range). */
function domPoint(root, segments, offset, asEnd) {
  if (segments.length === 0) return { node: root, offset: 0, at: 0 };
  if (!asEnd) {
    for (const s of segments) {
      if (offset < s.end) {
        const local = Math.max(0, offset - s.start);
        return { node: s.node, offset: local, at: s.start + local };
      }
    }
    const last = segments[segments.length - 1];
    return { node: last.node, offset: last.node.length, at: last.end };
  }
  for (let i = segments.length - 1; i >= 0; i--) {
    const s = segments[i];
    if (s.start < offset) {
      const local = Math.min(offset - s.start, s.node.length);
      return { node: s.node, offset: local, at: s.start + local };
    }
  }
  return { node: segments[0].node, offset: 0, at: segments[0].start };
}

// ------------------------------------------------------------------ the panel

function make(doc, tag, className, text) {
  const el = doc.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

function isAbort(err) {
  return err !== null && typeof err === 'object' && err.name === 'AbortError';
}

/** Watch `target`, render into `host`'s shadow root, dispatch reports on `emitter`. */
function connect(target, host, emitter, options) {
  const { debounce = DEFAULT_DEBOUNCE, wasmUrl, ...checkOptions } = options;
  if (!Number.isFinite(debounce) || debounce < 0) {
    throw new TypeError('thethuc: attach: debounce must be a number of milliseconds ≥ 0');
  }
  const doc = target.ownerDocument;
  const textarea = isTextarea(target);
  const labels = LABELS[checkOptions.lang === 'en' ? 'en' : 'vi'];
  const shadow = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  const unadopt = adoptStyles(shadow);

  const panel = make(doc, 'section', 'panel');
  panel.setAttribute('part', 'panel');
  panel.setAttribute('aria-label', labels.region);
  const summary = make(doc, 'div', 'summary', labels.loading);
  summary.setAttribute('part', 'summary');
  summary.setAttribute('role', 'status');
  const list = make(doc, 'ol', 'list');
  list.setAttribute('part', 'list');
  const mirror = make(doc, 'div', 'mirror');
  mirror.setAttribute('aria-hidden', 'true');
  panel.append(summary, list);
  shadow.append(panel, mirror);

  let timer;
  let detached = false;
  /** The report on show, and the text it was made from. */
  let shown = null;

  const read = () => (textarea ? { text: target.value, segments: null } : readEditable(target));

  /** Check now. `quiet`: an edit's debounced check, skipped when the text did not change. */
  async function run(quiet = false) {
    clearTimeout(timer);
    timer = undefined;
    try {
      await loadWasm(wasmUrl);
    } catch (err) {
      if (!detached) showFailure(err);
      throw err;
    }
    if (detached) throw new DOMException('thethuc: detached', 'AbortError');
    const { text } = read();
    if (quiet && shown && shown.text === text) return shown.report;
    let report;
    try {
      report = check(text, checkOptions);
    } catch (err) {
      showFailure(err);
      throw err;
    }
    render(report, text);
    emitter.dispatchEvent(new CustomEvent(REPORT_EVENT, { detail: report, bubbles: true, composed: true }));
    return report;
  }

  function runQuietly() {
    run(true).catch((err) => {
      if (!isAbort(err)) console.error(err);
    });
  }

  function showFailure(err) {
    summary.className = 'summary failed';
    summary.textContent = `${labels.failed}: ${err instanceof Error ? err.message : String(err)}`;
    list.replaceChildren();
    shown = null;
  }

  function render(report, text) {
    const counts = { error: 0, warning: 0, info: 0 };
    for (const d of report.diagnostics) counts[d.severity] += 1;
    summary.className = 'summary';
    const parts = ['error', 'warning', 'info'].filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${labels.counts[s]}`);
    summary.textContent = parts.length ? parts.join(' · ') : labels.clean;
    const frag = doc.createDocumentFragment();
    report.diagnostics.forEach((d, i) => {
      const li = make(doc, 'li', d.severity);
      li.dataset.code = d.code;
      li.dataset.severity = d.severity;
      li.setAttribute('part', `item ${d.severity}`);
      const button = make(doc, 'button', 'item');
      button.type = 'button';
      button.dataset.index = String(i);
      button.title = d.fix ? `${d.code} — ${d.fix.title}` : d.code;
      const loc = make(doc, 'span', 'loc', `${d.line}:${d.column}`);
      loc.title = labels.at(d.line, d.column);
      button.append(make(doc, 'span', 'badge', labels[d.severity]), make(doc, 'span', 'message', d.message), loc);
      li.append(button);
      frag.append(li);
    });
    list.replaceChildren(frag);
    shown = { report, text };
  }

  function onClick(event) {
    const button = event.target instanceof Element ? event.target.closest('button[data-index]') : null;
    if (!button || !shown) return;
    const d = shown.report.diagnostics[Number(button.dataset.index)];
    if (d) select(d.start, d.end);
  }

  function select(start, end) {
    if (textarea) {
      const length = target.value.length;
      target.focus({ preventScroll: true });
      target.setSelectionRange(Math.min(start, length), Math.min(end, length));
      scrollTextarea(start);
      target.scrollIntoView({ block: 'nearest' });
      return;
    }
    const { segments } = readEditable(target);
    const from = domPoint(target, segments, start, false);
    const to = end > start ? domPoint(target, segments, end, true) : from;
    const range = doc.createRange();
    range.setStart(from.node, from.offset);
    if (to.at >= from.at) range.setEnd(to.node, to.offset);
    target.focus({ preventScroll: true });
    const selection = doc.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    const el = from.node.nodeType === 1 ? from.node : from.node.parentElement;
    el?.scrollIntoView({ block: 'nearest' });
  }

  /** Scroll the textarea so that `offset` sits about a third from its top (a hidden mirror measures it). */
  function scrollTextarea(offset) {
    const cs = doc.defaultView.getComputedStyle(target);
    const s = mirror.style;
    for (const p of ['fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'lineHeight', 'letterSpacing', 'wordSpacing', 'textTransform', 'tabSize', 'textIndent']) {
      s[p] = cs[p];
    }
    s.width = `${target.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight)}px`;
    const marker = make(doc, 'span', '', '\u200b');
    mirror.replaceChildren(doc.createTextNode(target.value.slice(0, offset)), marker);
    const top = marker.offsetTop;
    mirror.replaceChildren();
    target.scrollTop = Math.max(0, top + parseFloat(cs.paddingTop) - target.clientHeight / 3);
  }

  const onInput = () => {
    clearTimeout(timer);
    timer = setTimeout(runQuietly, debounce);
  };
  target.addEventListener('input', onInput);
  target.addEventListener('change', onInput);
  list.addEventListener('click', onClick);
  // Editors that change a contenteditable by script fire no input event.
  const observer = textarea ? null : new doc.defaultView.MutationObserver(onInput);
  observer?.observe(target, { childList: true, characterData: true, subtree: true });

  runQuietly();

  return {
    check: () => run(false),
    detach() {
      if (detached) return;
      detached = true;
      clearTimeout(timer);
      target.removeEventListener('input', onInput);
      target.removeEventListener('change', onInput);
      list.removeEventListener('click', onClick);
      observer?.disconnect();
      panel.remove();
      mirror.remove();
      unadopt();
      shown = null;
    },
  };
}

function checkTarget(target) {
  const ok =
    target !== null &&
    typeof target === 'object' &&
    target.nodeType === 1 &&
    (target.localName === 'textarea' || target.isContentEditable || target.getAttribute('contenteditable') !== null);
  if (!ok) throw new TypeError('thethuc: attach(element): expected a <textarea> or a contenteditable element');
}

/**
 * Watch a `<textarea>` or a contenteditable element and show its problems in a panel
 * inserted right after it (or appended to `options.container`). `options`: the options of
 * `check()` (mode, lang, type, today, rules) plus `debounce` (ms, default 200), `container`
 * and `wasmUrl`. `thethuc-report` events (detail: the Report) fire on the element, bubbling.
 * Returns `{ detach(), check() }`.
 */
export function attach(target, options = {}) {
  checkTarget(target);
  const { container, ...rest } = options ?? {};
  const host = target.ownerDocument.createElement('div');
  host.className = 'thethuc-panel';
  if (container) container.append(host);
  else target.after(host);
  let handle;
  try {
    handle = connect(target, host, target, rest);
  } catch (err) {
    host.remove();
    throw err;
  }
  return {
    check: () => handle.check(),
    detach() {
      handle.detach();
      host.remove();
    },
  };
}

// ------------------------------------------------------------------ the custom element

const Base = typeof HTMLElement === 'function' ? HTMLElement : class {};
const ATTRIBUTES = ['for', 'mode', 'lang', 'type', 'today', 'debounce'];

/**
 * `<thethuc-check for="field-id" mode="draft" lang="vi">`: checks the textarea or
 * contenteditable with that id (in the same document or shadow root), shows its problems,
 * and fires `thethuc-report` on itself. Removing the element detaches it.
 */
export class ThethucCheckElement extends Base {
  static get observedAttributes() {
    return ATTRIBUTES;
  }

  #handle = null;
  #waiting = false;

  connectedCallback() {
    if (!this.#handle) this.#connect();
  }

  disconnectedCallback() {
    this.#disconnect();
  }

  attributeChangedCallback(name, before, after) {
    if (before === after || !this.isConnected || !this.#handle) return;
    this.#disconnect();
    this.#connect();
  }

  /** Check now; resolves with the Report. */
  check() {
    return this.#handle ? this.#handle.check() : Promise.reject(new Error(`thethuc: <${TAG}> has no field to check`));
  }

  #connect() {
    const id = this.getAttribute('for');
    if (!id) return;
    const root = this.getRootNode();
    const target = (typeof root.getElementById === 'function' ? root.getElementById(id) : null) ?? this.ownerDocument.getElementById(id);
    if (!target) {
      if (this.ownerDocument.readyState === 'loading' && !this.#waiting) {
        this.#waiting = true;
        this.ownerDocument.addEventListener(
          'DOMContentLoaded',
          () => {
            this.#waiting = false;
            if (this.isConnected && !this.#handle) this.#connect();
          },
          { once: true },
        );
      }
      return;
    }
    checkTarget(target);
    const options = {};
    for (const name of ['mode', 'lang', 'type', 'today']) {
      const value = this.getAttribute(name);
      if (value !== null) options[name] = value;
    }
    const debounce = this.getAttribute('debounce');
    if (debounce !== null) options.debounce = Number(debounce);
    this.#handle = connect(target, this, this, options);
  }

  #disconnect() {
    this.#handle?.detach();
    this.#handle = null;
  }
}

if (typeof customElements === 'object' && customElements !== null && !customElements.get(TAG)) {
  customElements.define(TAG, ThethucCheckElement);
}
