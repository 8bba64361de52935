// The editor page for drafters. Bundled by scripts/build-www.mjs (esbuild) into site/, served
// at /www/. Everything runs here: the checker is the thethuc package (WebAssembly, fetched once
// from this origin); large documents are checked in a Web Worker. Document text only ever goes
// into the DOM as text (CodeMirror's text nodes, textContent), never as HTML; no inline scripts
// or styles (strict CSP).
import init, { check, checkDocx, rules, version, applyFixes } from 'thethuc';
import { createWorkerChecker } from 'thethuc/worker-client';
import { ChangeSet, EditorSelection } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { isolateHistory } from '@codemirror/commands';
import { setDiagnostics, forEachDiagnostic } from '@codemirror/lint';

import { createEditor } from './editor.js';
import { createOutline } from './outline.js';
import { createPanel, countBySeverity, countChips } from './panel.js';
import { renderMarkdown } from './markdown.js';
import { TEMPLATES, templateById } from './templates.js';
import { SAMPLE_TEXT } from './sample.js';
import { t, kindLabel, typeLabel, TYPE_SLUGS, KIND_ORDER } from './i18n.js';
import * as store from './storage.js';
import { download, exportJson, isDocx, isText, MAX_FILE_BYTES, readTextFile, renderPrintReport } from './files.js';

/** From this many UTF-16 units on, checks run in the worker (main-thread check ≈ 10 ms here). */
export const WORKER_THRESHOLD = 100_000;
const SAVE_DELAY_MS = 400;

const $ = (id) => document.getElementById(id);
const els = {
  editorHost: $('editor-host'),
  type: $('opt-type'),
  mode: $('opt-mode'),
  today: $('opt-today'),
  lang: $('opt-lang'),
  btnNew: $('btn-new'),
  btnOpen: $('btn-open'),
  fileInput: $('file-input'),
  btnExport: $('btn-export'),
  btnPrint: $('btn-print'),
  btnRules: $('btn-rules'),
  btnFixAll: $('btn-fix-all'),
  fixAllCount: $('fix-all-count'),
  outline: $('outline'),
  problems: $('problems'),
  docType: $('doc-type'),
  docTypeSource: $('doc-type-source'),
  counts: $('counts'),
  verdict: $('verdict'),
  scopeNote: $('scope-note'),
  docxNote: $('docx-note'),
  error: $('error'),
  stPos: $('st-pos'),
  stChars: $('st-chars'),
  stCheck: $('st-check'),
  stSaved: $('st-saved'),
  toasts: $('toasts'),
  dropOverlay: $('drop-overlay'),
  dlgNew: $('dlg-new'),
  templateList: $('template-list'),
  draftList: $('draft-list'),
  dlgRules: $('dlg-rules'),
  ruleList: $('rule-list'),
  btnRulesAll: $('btn-rules-all'),
  printReport: $('print-report'),
  version: $('version'),
};

// ------------------------------------------------------------------ options

const DEFAULT_OPTIONS = { type: 'auto', mode: 'draft', today: '', lang: 'vi', rules: {} };
let options = { ...DEFAULT_OPTIONS };

function todayIso() {
  const d = new Date();
  const p = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

function restoreOptions() {
  const saved = store.loadOptions() ?? {};
  const pick = (value, allowed, fallback) => (allowed.includes(value) ? value : fallback);
  options = {
    type: pick(saved.type, ['auto', ...TYPE_SLUGS], 'auto'),
    mode: pick(saved.mode, ['draft', 'final'], 'draft'),
    today: typeof saved.today === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(saved.today) ? saved.today : '',
    lang: pick(saved.lang, ['vi', 'en'], 'vi'),
    rules: {},
  };
  if (saved.rules && typeof saved.rules === 'object') {
    for (const [code, value] of Object.entries(saved.rules)) {
      if (/^TT\d{3}$/.test(code) && value === 'off') options.rules[code] = 'off';
    }
  }
}

/** Options for check(): today's date unless a reference date is set. */
function checkOptions() {
  const o = { mode: options.mode, lang: options.lang, today: options.today || todayIso() };
  if (options.type !== 'auto') o.type = options.type;
  if (Object.keys(options.rules).length) o.rules = { ...options.rules };
  return o;
}

function setOption(name, value) {
  options[name] = value;
  store.saveOptions(options);
}

// ------------------------------------------------------------------ state

/** The editor ({ view, shadow, setLabels }). */
let editor;
let view;
let outline;
let panel;
let worker = null;
let workerBroken = false;
const ruleInfo = new Map(); // lang → Map(code → RuleInfo)
let checkSeq = 0;
/** The check in flight: { seq, changes, promise }. */
let pending = null;
/** What is shown: { report, items, changes, text, ms, inWorker }. `changes` maps its offsets to the current document. */
let shown = null;
let checkTimer = 0;
let saveTimer = 0;
let checkCount = 0;
/** Findings a .docx reader made that a text check cannot (fonts, margins…), kept until the next file. */
let docxExtras = null;
let fileName = null;

function lang() {
  return options.lang;
}

/**
 * The rules' docs (Markdown), loaded the first time someone opens one: they are a separate
 * module of the package (`thethuc/rule-docs`), kept out of the wasm and out of app.js, so a
 * drafter who never reads them never downloads them.
 */
let ruleDocs = null;
let ruleDocsLoading = null;
function loadRuleDocs() {
  ruleDocsLoading ??= import('thethuc/rule-docs').then(
    (m) => (ruleDocs = m.ruleDocs),
    () => {
      ruleDocsLoading = null; // try again next time
      return {};
    },
  );
  return ruleDocsLoading;
}

function rulesFor(l) {
  let map = ruleInfo.get(l);
  if (!map) {
    map = new Map();
    try {
      for (const r of rules(l)) map.set(r.code, r);
    } catch {
      // docs are a nicety
    }
    ruleInfo.set(l, map);
  }
  return map;
}

// ------------------------------------------------------------------ checking

/**
 * The pause after a keystroke before its check: none. The check starts in the next task (a
 * burst of edits in one task is checked once): on the main thread it takes a few milliseconds
 * up to 100,000 characters; above, it runs in the worker, where a newer check supersedes one
 * still queued. So the underline follows the keystroke by the time of one check (issue 8:
 * keystroke → underline), not by a typing pause.
 */
export function debounceFor() {
  return 0;
}

function scheduleCheck(delay = debounceFor(view.state.doc.length)) {
  clearTimeout(checkTimer);
  checkTimer = setTimeout(() => {
    checkTimer = 0;
    runCheck();
  }, delay);
}

async function checkText(text, opts) {
  if (text.length >= WORKER_THRESHOLD && !workerBroken) {
    try {
      worker ??= createWorkerChecker({
        workerUrl: new URL('./worker.js', import.meta.url),
        wasmUrl: new URL('./thethuc_bg.wasm', import.meta.url),
      });
      const started = performance.now();
      const report = await worker.check(text, opts);
      return { report, ms: performance.now() - started, inWorker: true };
    } catch (err) {
      if (err?.name === 'AbortError') throw err;
      // The worker failed to start: check on the main thread from now on.
      workerBroken = true;
      worker = null;
      console.warn('thethuc: worker unavailable, checking on the main thread:', err);
    }
  }
  const started = performance.now();
  const report = check(text, opts);
  return { report, ms: performance.now() - started, inWorker: false };
}

/** Check the current document now. Resolves when its report is shown (or it was superseded). */
function runCheck() {
  clearTimeout(checkTimer);
  checkTimer = 0;
  const text = view.state.doc.toString();
  const request = { seq: ++checkSeq, changes: ChangeSet.empty(text.length), text };
  pending = request;
  document.body.dataset.checking = '1';
  request.promise = checkText(text, checkOptions()).then(
    (result) => {
      if (request.seq !== checkSeq) return;
      pending = null;
      delete document.body.dataset.checking;
      showReport(result, request);
    },
    (err) => {
      if (err?.name === 'AbortError' || request.seq !== checkSeq) return;
      pending = null;
      delete document.body.dataset.checking;
      showError(err);
    },
  );
  return request.promise;
}

/** Resolves with `shown` for the current document (checks first when needed). */
async function fresh() {
  for (let i = 0; i < 4 && (checkTimer || pending || !shown || !shown.changes.empty); i += 1) {
    await (pending && !checkTimer ? pending.promise : runCheck());
  }
  return shown;
}

function mapRange(changes, start, end) {
  if (changes.empty) return { from: start, to: end };
  const from = changes.mapPos(start, start === end ? -1 : 1);
  const to = Math.max(from, changes.mapPos(end, -1));
  return { from, to };
}

function mergeDocxExtras(report, text) {
  if (!docxExtras || docxExtras.text !== text) return report.diagnostics;
  const all = [...report.diagnostics, ...docxExtras.diagnostics];
  return all.sort((a, b) => a.start - b.start || a.end - b.end || a.code.localeCompare(b.code));
}

function showReport({ report, ms, inWorker }, request) {
  const text = request.text;
  const diagnostics = mergeDocxExtras(report, text);
  const items = diagnostics.map((d, i) => ({ id: i, d, excerpt: text.slice(d.start, d.end) }));
  shown = { report: { ...report, diagnostics }, items, changes: request.changes, text, ms, inWorker };

  const cm = [];
  for (const item of items) {
    const { from, to } = mapRange(request.changes, item.d.start, item.d.end);
    if (to > view.state.doc.length) continue;
    cm.push(toCodeMirror(item, from, to));
  }
  view.dispatch(setDiagnostics(view.state, cm));

  els.error.hidden = true;
  renderSummary();
  panel.update(shown.report, items, lang());
  outline.update(shown.report, lang());
  renderStatus();
  checkCount += 1;
  document.body.dataset.checks = String(checkCount);
  document.body.dataset.lastCheckMs = ms.toFixed(1);
  document.body.dataset.inWorker = inWorker ? '1' : '0';
  document.body.dataset.ready = '1';
}

function showError(err) {
  els.error.textContent = `${t(lang(), 'error.check')}: ${err?.message ?? err}`;
  els.error.hidden = false;
}

// ------------------------------------------------------------------ diagnostics in the editor

function isBlank(text) {
  return text.length > 0 && text.trim() === '';
}

function toCodeMirror(item, from, to) {
  const { d } = item;
  const fix = d.fix;
  const actions = [];
  if (fix && fix.applicability !== 'display-only' && fix.edits.length) {
    actions.push({
      name: fix.applicability === 'safe' ? fix.title : `${fix.title} (${t(lang(), 'fix.unsafe')})`,
      markClass: `fix-${fix.applicability}`,
      apply: () => applyFix(item),
    });
  }
  return {
    from,
    to,
    severity: d.severity,
    message: d.message,
    markClass: isBlank(item.excerpt) ? 'tt-blank' : undefined,
    renderMessage: () => renderTooltip(item),
    actions,
    thethuc: item,
  };
}

function renderTooltip(item) {
  const { d } = item;
  const l = lang();
  const root = document.createElement('div');
  root.className = 'tt-tip';
  root.lang = l;
  const head = document.createElement('div');
  head.className = 'tt-tip-head';
  const sev = document.createElement('span');
  sev.className = `tt-sev tt-sev-${d.severity}`;
  sev.textContent = t(l, `sev.${d.severity}`);
  const code = document.createElement('span');
  code.className = 'tt-code';
  const info = rulesFor(l).get(d.code);
  code.textContent = info ? `${d.code} · ${info.spec}` : d.code;
  const comp = document.createElement('span');
  comp.className = 'tt-comp';
  comp.textContent = kindLabel(l, d.component);
  head.append(sev, code, comp);
  const message = document.createElement('p');
  message.className = 'tt-message';
  message.textContent = d.message;
  root.append(head, message);
  if (d.fix) {
    const fix = document.createElement('p');
    fix.className = 'tt-fix';
    const applic = d.fix.applicability === 'safe' ? 'fix.safe' : d.fix.applicability === 'unsafe' ? 'fix.unsafe' : 'fix.display';
    fix.textContent = `${t(l, 'fix.suggest')} (${t(l, applic)}): ${d.fix.title}`;
    root.append(fix);
  }
  if (info) {
    const addDocs = (docs) => {
      if (!docs?.[d.code]) return;
      const details = document.createElement('details');
      details.className = 'tt-docs doc';
      const summary = document.createElement('summary');
      summary.textContent = `${t(l, 'tooltip.docs')} — ${info.summary}`;
      details.append(summary);
      details.append(renderMarkdown(docs[d.code], 'h5'));
      root.append(details);
    };
    if (ruleDocs) addDocs(ruleDocs);
    else loadRuleDocs().then(addDocs);
  }
  return root;
}

/** Where `item` is now, after the edits made since its check. */
function currentRange(item) {
  let found = null;
  forEachDiagnostic(view.state, (diagnostic, from, to) => {
    if (!found && diagnostic.thethuc === item) found = { from, to };
  });
  if (found) return found;
  return mapRange(shown?.changes ?? ChangeSet.empty(0), item.d.start, item.d.end);
}

function select(from, to) {
  const len = view.state.doc.length;
  from = Math.max(0, Math.min(from, len));
  to = Math.max(from, Math.min(to, len));
  view.dispatch({
    selection: EditorSelection.single(from, to),
    effects: EditorView.scrollIntoView(EditorSelection.range(from, to), { y: 'center' }),
    userEvent: 'select',
  });
  view.focus();
}

function jumpTo(item) {
  const { from, to } = currentRange(item);
  select(from, to);
}

/** `item` from an older report (an open tooltip): the same finding in the report shown now. */
function currentItem(item) {
  if (!shown) return null;
  if (shown.items.includes(item)) return item;
  return shown.items.find((i) => i.d.code === item.d.code && i.d.message === item.d.message && i.excerpt === item.excerpt) ?? null;
}

function applyFix(original) {
  const item = currentItem(original);
  if (!item || !item.d.fix) return;
  const changes = shown.changes;
  const edits = item.d.fix.edits;
  if (!changes.empty && edits.some((e) => changes.touchesRange(e.start, e.end))) {
    toast(t(lang(), 'toast.stale'));
    runCheck();
    return;
  }
  view.dispatch({
    changes: edits.map((e) => {
      const { from, to } = mapRange(changes, e.start, e.end);
      return { from, to, insert: e.newText };
    }),
    userEvent: 'input.fix',
    annotations: isolateHistory.of('full'),
  });
  scheduleCheck(0);
}

/** The safe fixes applyFixes(…, { only: 'safe' }) would take: their edits, and how many fixes. */
function safeEdits(diagnostics) {
  const taken = [];
  let fixes = 0;
  const overlaps = (a, b) => {
    if (a.start === a.end && b.start === b.end) return a.start === b.start;
    if (a.start === a.end) return b.start < a.start && a.start < b.end;
    if (b.start === b.end) return a.start < b.start && b.start < a.end;
    return a.start < b.end && b.start < a.end;
  };
  for (const d of diagnostics) {
    const fix = d.fix;
    if (!fix || fix.applicability !== 'safe' || !fix.edits.length) continue;
    if (fix.edits.some((e) => taken.some((x) => overlaps(e, x)))) continue;
    taken.push(...fix.edits);
    fixes += 1;
  }
  return { edits: taken, fixes };
}

function safeFixCount(diagnostics) {
  return safeEdits(diagnostics).fixes;
}

/**
 * "Sửa tất cả lỗi an toàn": apply every safe fix as one transaction (one undo step). A fix can
 * reveal another (a corrected line is checked again), so up to three rounds are composed.
 */
async function fixAllSafe() {
  const current = await fresh();
  if (!current) return;
  const startDoc = view.state.doc;
  const opts = checkOptions();
  let text = current.text;
  let diagnostics = current.report.diagnostics;
  let total = null;
  let fixed = 0;
  for (let round = 0; round < 3; round += 1) {
    const { edits, fixes } = safeEdits(diagnostics);
    if (!fixes) break;
    const set = ChangeSet.of(
      [...edits].sort((a, b) => a.start - b.start || a.end - b.end).map((e) => ({ from: e.start, to: e.end, insert: e.newText })),
      text.length,
    );
    total = total ? total.compose(set) : set;
    fixed += fixes;
    text = applyFixes(text, diagnostics, { only: 'safe' });
    if (round === 2) break;
    try {
      diagnostics = (await checkText(text, opts)).report.diagnostics;
    } catch (err) {
      // Superseded by a check of newer text (the user typed): start again from the new text.
      if (err?.name !== 'AbortError') showError(err);
      toast(t(lang(), 'toast.stale'));
      return;
    }
    if (view.state.doc !== startDoc) {
      toast(t(lang(), 'toast.stale'));
      return;
    }
  }
  if (!total) {
    toast(t(lang(), 'toast.nothingToFix'));
    return;
  }
  view.dispatch({ changes: total, userEvent: 'input.fix', annotations: isolateHistory.of('full') });
  toast(t(lang(), 'toast.fixed', fixed));
  await runCheck();
}

// ------------------------------------------------------------------ rendering

function renderSummary() {
  const l = lang();
  const report = shown?.report;
  if (!report) return;
  els.docType.textContent = typeLabel(l, report.documentType);
  els.docType.dataset.type = report.documentType;
  els.docTypeSource.textContent = `(${t(l, report.typeDetected ? 'summary.detected' : 'summary.chosen')})`;
  els.scopeNote.hidden = !report.outOfScope;
  els.docxNote.hidden = !(docxExtras && docxExtras.text === shown.text);
  const counts = countBySeverity(report.diagnostics);
  for (const severity of ['error', 'warning', 'info']) {
    const node = els.counts.querySelector(`[data-severity="${severity}"]`);
    node.querySelector('.count-n').textContent = String(counts[severity]);
    node.querySelector('.count-label').textContent = t(l, `count.${severity}`, counts[severity]);
    node.classList.toggle('is-zero', counts[severity] === 0);
  }
  const clean = counts.error === 0 && counts.warning === 0;
  els.verdict.hidden = !clean || report.outOfScope;
  els.verdict.textContent = t(l, 'status.ok');
  const n = safeFixCount(report.diagnostics);
  els.btnFixAll.disabled = n === 0;
  els.fixAllCount.textContent = n ? String(n) : '';
  els.btnFixAll.dataset.count = String(n);
}

function renderStatus() {
  const l = lang();
  const state = view.state;
  const head = state.selection.main.head;
  const line = state.doc.lineAt(head);
  const selected = state.selection.main.to - state.selection.main.from;
  els.stPos.textContent = t(l, 'status.line', line.number, head - line.from + 1) + (selected ? ` · ${t(l, 'status.selected', selected)}` : '');
  els.stChars.textContent = t(l, 'status.chars', state.doc.length);
  if (shown) els.stCheck.textContent = t(l, 'status.ms', Math.max(1, Math.round(shown.ms)), shown.inWorker);
}

// ------------------------------------------------------------------ drafts

/** When the draft was last saved (null: saving failed). */
let savedAt;

function saveNow() {
  clearTimeout(saveTimer);
  saveTimer = 0;
  const ok = store.saveDraft(view.state.doc.toString());
  savedAt = ok ? new Date() : null;
  renderSaved();
  document.body.dataset.saved = ok ? '1' : '0';
}

function renderSaved() {
  if (savedAt === undefined) return;
  const l = lang();
  if (savedAt) {
    const time = savedAt.toLocaleTimeString(l === 'en' ? 'en-GB' : 'vi-VN', { hour: '2-digit', minute: '2-digit' });
    els.stSaved.textContent = `${t(l, 'status.saved')} ${time}`;
    els.stSaved.classList.remove('is-problem');
  } else {
    els.stSaved.textContent = t(l, 'status.notSaved');
    els.stSaved.classList.add('is-problem');
  }
}

function scheduleSave() {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(saveNow, SAVE_DELAY_MS);
}

/** Replace the whole document as one undoable step. */
function replaceDocument(text, { select: selectFirst = false } = {}) {
  const normalised = text.replace(/\r\n?/g, '\n');
  view.dispatch({
    changes: { from: 0, to: view.state.doc.length, insert: normalised },
    selection: EditorSelection.cursor(0),
    annotations: isolateHistory.of('full'),
    userEvent: 'input.replace',
    scrollIntoView: true,
  });
  if (selectFirst) {
    const at = normalised.indexOf('…');
    if (at >= 0) select(at, at + 1);
  }
  view.scrollDOM.scrollTop = 0;
  docxExtras = null;
  saveNow();
  return runCheck();
}

// ------------------------------------------------------------------ files

async function openFile(file) {
  const l = lang();
  if (file.size > MAX_FILE_BYTES) return toast(t(l, 'toast.tooBig', file.name), 'error');
  if (isDocx(file)) return openDocx(file);
  if (!isText(file)) return toast(t(l, 'toast.unsupported', file.name), 'error');
  let result;
  try {
    result = await readTextFile(file);
  } catch {
    return toast(t(l, 'toast.readFailed', file.name), 'error');
  }
  fileName = file.name;
  await replaceDocument(result.text);
  toast(result.encoding === 'windows-1258' ? t(l, 'toast.encoding', file.name) : t(l, 'toast.opened', file.name));
}

/** The package's .docx reader (`checkDocx(bytes, options) → Report & { text }`), if it has one. */
function docxReader() {
  return typeof checkDocx === 'function' ? checkDocx : null;
}

async function openDocx(file) {
  const l = lang();
  const readDocx = docxReader();
  if (!readDocx) return toast(t(l, 'toast.docxMissing'), 'error', 12_000);
  let report;
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    report = readDocx(bytes, checkOptions());
  } catch (err) {
    return toast(t(l, 'toast.docxFailed', err?.message ?? String(err)), 'error', 10_000);
  }
  if (!report || typeof report.text !== 'string') return toast(t(l, 'toast.docxFailed', 'no text'), 'error');
  fileName = file.name;
  const text = report.text.replace(/\r\n?/g, '\n');
  // Keep what only the .docx could tell (fonts, margins…): the findings a text check does not make.
  let textReport = null;
  try {
    textReport = check(text, checkOptions());
  } catch {
    textReport = null;
  }
  const key = (d) => `${d.code}:${d.start}:${d.end}`;
  const fromText = new Set((textReport?.diagnostics ?? []).map(key));
  const extras = (report.diagnostics ?? []).filter((d) => !fromText.has(key(d)));
  await replaceDocument(text);
  docxExtras = extras.length ? { text, diagnostics: extras } : null;
  if (docxExtras) await runCheck();
  toast(t(l, 'toast.opened', file.name));
}

function filesOf(dataTransfer) {
  return dataTransfer && dataTransfer.files && dataTransfer.files.length ? [...dataTransfer.files] : [];
}

function hasFiles(event) {
  return [...(event.dataTransfer?.types ?? [])].includes('Files');
}

function setupDrop() {
  let depth = 0;
  const show = (on) => {
    els.dropOverlay.hidden = !on;
  };
  window.addEventListener('dragenter', (e) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    depth += 1;
    show(true);
  });
  window.addEventListener('dragleave', (e) => {
    if (!hasFiles(e)) return;
    depth = Math.max(0, depth - 1);
    if (depth === 0) show(false);
  });
  window.addEventListener('dragover', (e) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
  });
  // Capture phase: a dropped file is opened (never inserted as text, never navigated to).
  window.addEventListener(
    'drop',
    (e) => {
      depth = 0;
      show(false);
      const files = filesOf(e.dataTransfer);
      if (!files.length) return;
      e.preventDefault();
      e.stopPropagation();
      openFile(files[0]);
    },
    true,
  );
}

// ------------------------------------------------------------------ export and print

function exportFindings() {
  if (!shown) return;
  const { name, json } = exportJson({ report: shown.report, text: shown.text, options: checkOptions(), fileName });
  download(name, json, 'application/json');
  toast(t(lang(), 'toast.exported'));
}

function preparePrint() {
  if (!shown) return;
  renderPrintReport(els.printReport, {
    report: shown.report,
    items: shown.items,
    text: shown.text,
    lang: lang(),
    options: checkOptions(),
    outline: els.outline,
  });
}

async function printReport() {
  await fresh();
  preparePrint();
  window.print();
}

// ------------------------------------------------------------------ dialogs

function fillTemplates() {
  const l = lang();
  const frag = document.createDocumentFragment();
  for (const tpl of TEMPLATES) {
    const li = document.createElement('li');
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'tpl';
    b.dataset.template = tpl.id;
    const name = document.createElement('span');
    name.className = 'tpl-name';
    name.textContent = tpl.label[l] ?? tpl.label.vi;
    const hint = document.createElement('span');
    hint.className = 'tpl-hint';
    hint.textContent = tpl.hint[l] ?? tpl.hint.vi;
    b.append(name, hint);
    li.append(b);
    frag.append(li);
  }
  els.templateList.replaceChildren(frag);
}

function fillDrafts() {
  const l = lang();
  const drafts = store.otherDrafts(view.state.doc.toString());
  const frag = document.createDocumentFragment();
  if (!drafts.length) {
    const p = document.createElement('p');
    p.className = 'muted';
    p.textContent = t(l, 'dialog.new.draftsNone');
    frag.append(p);
  } else {
    const ul = document.createElement('ul');
    ul.className = 'drafts';
    for (const d of drafts) {
      const li = document.createElement('li');
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'draft';
      b.dataset.draft = d.key;
      const first = d.text.split('\n').map((s) => s.trim()).find(Boolean) ?? '';
      const title = document.createElement('span');
      title.className = 'tpl-name';
      title.textContent = first.length > 80 ? first.slice(0, 80) + '…' : first;
      const meta = document.createElement('span');
      meta.className = 'tpl-hint';
      meta.textContent = `${new Date(d.at).toLocaleString(l === 'en' ? 'en-GB' : 'vi-VN')} · ${t(l, 'status.chars', d.text.length)}`;
      b.append(title, meta);
      li.append(b);
      ul.append(li);
    }
    frag.append(ul);
  }
  els.draftList.replaceChildren(frag);
}

function openNewDialog() {
  fillTemplates();
  fillDrafts();
  els.dlgNew.showModal();
  els.templateList.querySelector('button')?.focus();
}

async function onNewDialogClick(event) {
  const button = event.target instanceof Element ? event.target.closest('button') : null;
  if (!button) return;
  const l = lang();
  if (button.dataset.template) {
    const tpl = templateById(button.dataset.template);
    els.dlgNew.close();
    const year = Number((options.today || todayIso()).slice(0, 4));
    fileName = null;
    await replaceDocument(tpl.text(year), { select: true });
    toast(t(l, 'toast.template', (tpl.label[l] ?? tpl.label.vi).toLocaleLowerCase(l === 'en' ? 'en' : 'vi')));
  } else if (button.dataset.sample !== undefined) {
    els.dlgNew.close();
    fileName = null;
    await replaceDocument(SAMPLE_TEXT);
    toast(t(l, 'toast.sample'));
  } else if (button.dataset.draft) {
    const draft = store.allDrafts().find((d) => d.key === button.dataset.draft);
    els.dlgNew.close();
    if (draft) {
      fileName = null;
      await replaceDocument(draft.text);
      toast(t(l, 'toast.draftRestored'));
    }
  } else if (button.dataset.close !== undefined) {
    els.dlgNew.close();
  }
}

function fillRules() {
  const l = lang();
  const info = [...rulesFor(l).values()];
  const byKind = new Map();
  for (const r of info) {
    if (!byKind.has(r.component)) byKind.set(r.component, []);
    byKind.get(r.component).push(r);
  }
  const frag = document.createDocumentFragment();
  for (const kind of KIND_ORDER) {
    const list = byKind.get(kind);
    if (!list) continue;
    const fs = document.createElement('fieldset');
    fs.className = 'rule-group';
    const legend = document.createElement('legend');
    legend.textContent = kindLabel(l, kind);
    fs.append(legend);
    for (const r of list) {
      const label = document.createElement('label');
      label.className = 'rule';
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.value = r.code;
      box.checked = options.rules[r.code] !== 'off';
      const code = document.createElement('code');
      code.textContent = r.code;
      const text = document.createElement('span');
      text.textContent = r.summary;
      const sev = document.createElement('span');
      sev.className = `rule-sev sev-${r.severity}`;
      sev.textContent = t(l, `sev.${r.severity}`);
      label.append(box, code, text, sev);
      fs.append(label);
    }
    frag.append(fs);
  }
  els.ruleList.replaceChildren(frag);
}

function onRuleChange(event) {
  const box = event.target;
  if (!(box instanceof HTMLInputElement) || box.type !== 'checkbox') return;
  const next = { ...options.rules };
  if (box.checked) delete next[box.value];
  else next[box.value] = 'off';
  setOption('rules', next);
  renderRulesButton();
  runCheck();
}

function renderRulesButton() {
  const off = Object.keys(options.rules).length;
  els.btnRules.dataset.off = String(off);
  const base = t(lang(), 'action.rules');
  els.btnRules.textContent = off ? `${base.replace('…', '')} (${off} ${lang() === 'en' ? 'off' : 'tắt'})…` : base;
}

// ------------------------------------------------------------------ language

function applyLanguage() {
  const l = lang();
  document.documentElement.lang = l;
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(l, node.dataset.i18n);
  for (const node of document.querySelectorAll('[data-i18n-aria]')) node.setAttribute('aria-label', t(l, node.dataset.i18nAria));
  for (const node of document.querySelectorAll('[data-i18n-title]')) node.title = t(l, node.dataset.i18nTitle);
  fillTypeSelect();
  editor?.setLabels(t(l, 'editor.label'), t(l, 'editor.placeholder'));
  renderRulesButton();
  renderSaved();
  if (view) renderStatus();
  document.title = `${t(l, 'app.title')} — thethuc`;
}

function fillTypeSelect() {
  const l = lang();
  const frag = document.createDocumentFragment();
  const auto = document.createElement('option');
  auto.value = 'auto';
  auto.textContent = t(l, 'opt.type.auto');
  frag.append(auto);
  for (const slug of TYPE_SLUGS) {
    const o = document.createElement('option');
    o.value = slug;
    o.textContent = typeLabel(l, slug);
    frag.append(o);
  }
  els.type.replaceChildren(frag);
  els.type.value = options.type;
}

// ------------------------------------------------------------------ toasts

function toast(message, kind = 'info', ms = 6000) {
  const node = document.createElement('div');
  node.className = `toast toast-${kind}`;
  node.setAttribute('role', kind === 'error' ? 'alert' : 'status');
  const text = document.createElement('span');
  text.textContent = message;
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'toast-close';
  close.textContent = '×';
  close.setAttribute('aria-label', t(lang(), 'toast.dismiss'));
  close.addEventListener('click', () => node.remove());
  node.append(text, close);
  els.toasts.append(node);
  while (els.toasts.childElementCount > 3) els.toasts.firstElementChild.remove();
  setTimeout(() => node.remove(), ms);
}

// ------------------------------------------------------------------ start

function onEditorUpdate(update) {
  if (update.docChanged) {
    if (pending) pending.changes = pending.changes.compose(update.changes);
    if (shown) shown.changes = shown.changes.compose(update.changes);
    scheduleCheck();
    scheduleSave();
  }
  if (update.docChanged || update.selectionSet) renderStatus();
}

async function start() {
  restoreOptions();
  store.pruneDrafts();
  const wasm = new URL('./thethuc_bg.wasm', import.meta.url);
  await init({ module_or_path: wasm });
  els.version.textContent = `thethuc ${version()}`;

  const draft = store.loadDraft();
  const firstVisit = draft === null;
  const initial = firstVisit ? SAMPLE_TEXT : draft.text;

  editor = await createEditor({
    host: els.editorHost,
    cssUrl: new URL('./editor.css', import.meta.url).href,
    doc: initial,
    label: t(lang(), 'editor.label'),
    placeholderText: t(lang(), 'editor.placeholder'),
    onUpdate: onEditorUpdate,
  });
  view = editor.view;
  outline = createOutline(els.outline, (kinds) => {
    if (!shown) return;
    const comps = shown.report.components.filter((c) => kinds.includes(c.kind));
    if (comps.length) {
      const start = Math.min(...comps.map((c) => c.start));
      const end = Math.max(...comps.map((c) => c.end));
      const { from, to } = mapRange(shown.changes, start, end);
      select(from, to);
      return;
    }
    const item = shown.items.find((i) => kinds.includes(i.d.component));
    if (item) jumpTo(item);
  });
  panel = createPanel(els.problems, { onJump: jumpTo, onFix: applyFix, docsFor: (code) =>
      loadRuleDocs().then((docs) => {
        const info = rulesFor(lang()).get(code);
        return info && { ...info, docs: docs[code] };
      }),
  });

  applyLanguage();
  els.mode.value = options.mode;
  els.lang.value = options.lang;
  els.today.value = options.today || todayIso();

  els.type.addEventListener('change', () => {
    setOption('type', els.type.value);
    runCheck();
  });
  els.mode.addEventListener('change', () => {
    setOption('mode', els.mode.value);
    runCheck();
  });
  els.today.addEventListener('change', () => {
    const value = els.today.value;
    setOption('today', value && value !== todayIso() ? value : '');
    runCheck();
  });
  els.lang.addEventListener('change', () => {
    setOption('lang', els.lang.value);
    applyLanguage();
    runCheck();
  });
  els.btnNew.addEventListener('click', openNewDialog);
  els.dlgNew.addEventListener('click', onNewDialogClick);
  els.btnOpen.addEventListener('click', () => els.fileInput.click());
  els.fileInput.addEventListener('change', () => {
    const file = els.fileInput.files?.[0];
    els.fileInput.value = '';
    if (file) openFile(file);
  });
  els.btnExport.addEventListener('click', exportFindings);
  els.btnPrint.addEventListener('click', printReport);
  window.addEventListener('beforeprint', preparePrint);
  els.btnFixAll.addEventListener('click', fixAllSafe);
  els.btnRules.addEventListener('click', () => {
    fillRules();
    els.dlgRules.showModal();
  });
  els.ruleList.addEventListener('change', onRuleChange);
  els.btnRulesAll.addEventListener('click', () => {
    setOption('rules', {});
    fillRules();
    renderRulesButton();
    runCheck();
  });
  for (const dialog of [els.dlgNew, els.dlgRules]) {
    dialog.addEventListener('click', (e) => {
      // A click on the backdrop (the dialog element itself) closes it.
      if (e.target === dialog) dialog.close();
      const b = e.target instanceof Element ? e.target.closest('[data-close]') : null;
      if (b) dialog.close();
    });
  }
  setupDrop();
  // The skip link lands in the editor itself (the host element only holds its shadow root).
  document.querySelector('.skip')?.addEventListener('click', (e) => {
    e.preventDefault();
    view.focus();
  });

  // Never lose the last keystrokes: save when the tab is hidden or closed.
  window.addEventListener('pagehide', saveNow);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') saveNow();
  });
  // A duplicated tab shares our tab id: the first write from the other tab tells; take a new id.
  window.addEventListener('storage', (e) => {
    if (e.key === store.slotKey()) {
      store.renewTabId();
      saveNow();
    }
  });

  if (firstVisit) saveNow();
  await runCheck();
  renderStatus();
  // Test and embedding hook (read-only facts; no way to change the page from here).
  window.thethucPage = Object.freeze({
    workerThreshold: WORKER_THRESHOLD,
    debounceMs: debounceFor,
    docxAvailable: docxReader() !== null,
    text: () => view.state.doc.toString(),
    report: () => shown?.report ?? null,
    // The report shown is of the text in the editor, and no check is pending or running.
    upToDate: () => shown !== null && pending === null && checkTimer === 0 && shown.text === view.state.doc.toString(),
  });
}

start().catch((err) => {
  console.error(err);
  els.error.textContent = `${t(lang(), 'error.load')}: ${err?.message ?? err}`;
  els.error.hidden = false;
});
