// Files in and out: reading a dropped or chosen text file (UTF-8, UTF-16 with BOM, else
// Windows-1258), the JSON export and the printable report. Nothing leaves the machine: the export
// is a Blob saved through a download link.
import { KIND_ORDER, kindLabel, t, typeLabel } from './i18n.js';
import { countBySeverity, countChips, groupItems } from './panel.js';

export const MAX_FILE_BYTES = 10 * 1024 * 1024;

export function isDocx(file) {
  return /\.docx$/i.test(file.name) || file.type === 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
}

export function isText(file) {
  return /\.(txt|text|md)$/i.test(file.name) || file.type.startsWith('text/') || (file.type === '' && !/\.\w+$/.test(file.name));
}

/** Decode a text file: `{ text, encoding }`. */
export async function readTextFile(file) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1258').decode(bytes), encoding: 'windows-1258' };
  }
}

/** Save `data` as a file named `name` (a Blob URL, revoked afterwards). */
export function download(name, data, type) {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function stamp(date) {
  const p = (n) => String(n).padStart(2, '0');
  return `${date.getFullYear()}${p(date.getMonth() + 1)}${p(date.getDate())}-${p(date.getHours())}${p(date.getMinutes())}`;
}

/** The JSON export: the report, with the flagged text of each finding and the options used. */
export function exportJson({ report, text, options, fileName, now = new Date() }) {
  const counts = countBySeverity(report.diagnostics);
  const data = {
    generator: `thethuc ${report.version}`,
    rulesetVersion: report.rulesetVersion,
    exportedAt: now.toISOString(),
    file: fileName ?? null,
    options,
    documentType: report.documentType,
    typeDetected: report.typeDetected,
    outOfScope: report.outOfScope,
    mode: report.mode,
    counts,
    components: report.components,
    diagnostics: report.diagnostics.map((d) => ({ ...d, text: text.slice(d.start, d.end) })),
    notEvaluated: report.notEvaluated,
  };
  return { name: `thethuc-ket-qua-${stamp(now)}.json`, json: JSON.stringify(data, null, 2) + '\n' };
}

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Fill `root` with the printable report of `report` (over `text`). */
export function renderPrintReport(root, { report, items, text, lang, options, outline, now = new Date() }) {
  const frag = document.createDocumentFragment();
  const head = el('header', 'pr-head');
  head.append(el('p', 'pr-kicker', 'thethuc · Nghị định 30/2020/NĐ-CP'));
  head.append(el('h1', 'pr-title', t(lang, 'print.title')));
  const firstLines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const title = report.components.find((c) => c.kind === 'trich-yeu');
  if (title) head.append(el('p', 'pr-subject', text.slice(title.start, title.end).replace(/\s+/g, ' ').slice(0, 300)));
  else if (firstLines[0]) head.append(el('p', 'pr-subject', firstLines[0].slice(0, 300)));
  frag.append(head);

  const meta = el('dl', 'pr-meta');
  const add = (k, v) => {
    meta.append(el('dt', '', t(lang, k)), el('dd', '', v));
  };
  add('print.date', now.toLocaleString(lang === 'en' ? 'en-GB' : 'vi-VN'));
  add('print.type', `${typeLabel(lang, report.documentType)} (${t(lang, report.typeDetected ? 'summary.detected' : 'summary.chosen')})`);
  add('print.mode', t(lang, options.mode === 'final' ? 'opt.mode.final' : 'opt.mode.draft'));
  add('print.ruleset', `${report.rulesetVersion} · thethuc ${report.version}`);
  frag.append(meta);

  const summary = el('section', 'pr-summary');
  summary.append(el('h2', '', t(lang, 'print.summary')));
  const summaryBody = el('div', 'pr-summary-body');
  if (outline) {
    const copy = outline.cloneNode(true);
    copy.removeAttribute('id');
    copy.classList.add('pr-outline');
    copy.setAttribute('aria-hidden', 'true');
    for (const b of copy.querySelectorAll('button')) b.tabIndex = -1;
    summaryBody.append(copy);
  }
  const counts = countBySeverity(report.diagnostics);
  const stats = el('div', 'pr-stats');
  if (report.diagnostics.length === 0) stats.append(el('p', '', t(lang, 'print.none')));
  else stats.append(countChips(lang, counts, 'chips pr-chips'));
  const found = el('ul', 'pr-components');
  const present = new Set(report.components.map((c) => c.kind));
  for (const kind of KIND_ORDER) {
    if (kind === 'van-ban') continue;
    const flagged = report.diagnostics.filter((d) => d.component === kind);
    if (!present.has(kind) && flagged.length === 0) continue;
    const c = countBySeverity(flagged);
    const parts = ['error', 'warning', 'info'].filter((s) => c[s]).map((s) => `${c[s]} ${t(lang, `count.${s}`, c[s])}`);
    const state = !present.has(kind) ? 'is-missing' : c.error ? 'is-faulty' : c.warning ? 'is-warning' : 'is-ok';
    const li = el('li', state);
    li.append(el('strong', '', kindLabel(lang, kind)));
    li.append(document.createTextNode(` — ${!present.has(kind) ? t(lang, 'outline.missing') : parts.length ? parts.join(', ') : t(lang, 'outline.found')}`));
    found.append(li);
  }
  stats.append(found);
  summaryBody.append(stats);
  summary.append(summaryBody);
  frag.append(summary);

  if (items.length) {
    const details = el('section', 'pr-findings');
    details.append(el('h2', '', t(lang, 'print.findings')));
    const table = el('table', 'pr-table');
    const thead = el('thead');
    const hr = el('tr');
    for (const k of ['print.col.sev', 'print.col.code', 'print.col.loc', 'print.col.msg', 'print.col.text', 'print.col.fix']) {
      hr.append(el('th', '', t(lang, k)));
    }
    thead.append(hr);
    table.append(thead);
    for (const group of groupItems(items, report.components)) {
      const tbody = el('tbody');
      const gr = el('tr', 'pr-group');
      const gh = el('th', '', kindLabel(lang, group.kind));
      gh.colSpan = 6;
      gh.scope = 'rowgroup';
      gr.append(gh);
      tbody.append(gr);
      for (const { d } of group.items) {
        const tr = el('tr', `pr-row sev-${d.severity}`);
        tr.append(el('td', 'pr-sev', t(lang, `sev.${d.severity}`)));
        tr.append(el('td', 'pr-code', d.code));
        tr.append(el('td', 'pr-loc', `${d.line}:${d.column}`));
        tr.append(el('td', '', d.message));
        const flagged = text.slice(d.start, d.end);
        tr.append(el('td', 'pr-text', flagged.trim() === '' ? t(lang, 'print.blank') : flagged.length > 160 ? flagged.slice(0, 160) + '…' : flagged));
        tr.append(el('td', '', d.fix ? d.fix.title : '—'));
        tbody.append(tr);
      }
      table.append(tbody);
    }
    details.append(table);
    frag.append(details);
  }
  frag.append(el('footer', 'pr-foot', t(lang, 'print.footer')));
  root.lang = lang;
  root.replaceChildren(frag);
}
