// Demo page of thethuc: checks the textarea as one types and lists the findings.
// No bundler, no framework, nothing from outside this origin. Document text is only ever
// inserted with textContent (never as HTML), and no inline styles are used (strict CSP).
import init, { check, rules, version } from '../pkg/index.js';

const DRAFT_KEY = 'thethuc.draft';
const OPTIONS_KEY = 'thethuc.options';
const DEBOUNCE_MS = 150;
const SAMPLE_URL = new URL('./sample.txt', import.meta.url);

const SEVERITY_LABELS = { error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin' };

const KIND_LABELS = {
  'quoc-hieu': 'Quốc hiệu',
  'tieu-ngu': 'Tiêu ngữ',
  'co-quan-chu-quan': 'Cơ quan chủ quản',
  'co-quan-ban-hanh': 'Cơ quan ban hành',
  'so-ky-hieu': 'Số, ký hiệu',
  'dia-danh-thoi-gian': 'Địa danh, ngày tháng',
  'ten-loai': 'Tên loại văn bản',
  'trich-yeu': 'Trích yếu nội dung',
  'kinh-gui': 'Kính gửi',
  'noi-dung': 'Nội dung',
  'chu-ky': 'Chức vụ, họ tên người ký',
  'noi-nhan': 'Nơi nhận',
  'do-mat': 'Độ mật',
  'do-khan': 'Độ khẩn',
  'phu-luc': 'Phụ lục',
  'van-ban': 'Toàn văn bản',
};

const ROLE_LABELS = { 'tham-quyen': 'quyền hạn ký', 'chuc-vu': 'chức vụ', 'ho-ten': 'họ tên' };

const TYPE_LABELS = {
  'nghi-quyet': 'Nghị quyết',
  'quyet-dinh': 'Quyết định',
  'chi-thi': 'Chỉ thị',
  'quy-che': 'Quy chế',
  'quy-dinh': 'Quy định',
  'thong-cao': 'Thông cáo',
  'thong-bao': 'Thông báo',
  'huong-dan': 'Hướng dẫn',
  'chuong-trinh': 'Chương trình',
  'ke-hoach': 'Kế hoạch',
  'phuong-an': 'Phương án',
  'de-an': 'Đề án',
  'du-an': 'Dự án',
  'bao-cao': 'Báo cáo',
  'bien-ban': 'Biên bản',
  'to-trinh': 'Tờ trình',
  'hop-dong': 'Hợp đồng',
  'cong-van': 'Công văn',
  'cong-dien': 'Công điện',
  'ban-ghi-nho': 'Bản ghi nhớ',
  'ban-thoa-thuan': 'Bản thỏa thuận',
  'giay-uy-quyen': 'Giấy ủy quyền',
  'giay-moi': 'Giấy mời',
  'giay-gioi-thieu': 'Giấy giới thiệu',
  'giay-nghi-phep': 'Giấy nghỉ phép',
  'phieu-gui': 'Phiếu gửi',
  'phieu-chuyen': 'Phiếu chuyển',
  'phieu-bao': 'Phiếu báo',
  'thu-cong': 'Thư công',
  'ban-sao-y': 'Bản sao y',
  'ban-trich-sao': 'Bản trích sao',
  'ban-sao-luc': 'Bản sao lục',
};
const EXTRA_TYPE_LABELS = {
  'van-ban-dang': 'Văn bản của Đảng',
  'khong-xac-dinh': 'Không xác định',
};

const $ = (id) => document.getElementById(id);
const el = {
  input: $('input'),
  mode: $('mode'),
  type: $('type'),
  lang: $('lang'),
  sample: $('load-sample'),
  status: $('status'),
  version: $('version'),
  cursor: $('cursor'),
  docType: $('doc-type'),
  docTypeSlug: $('doc-type-slug'),
  docTypeSource: $('doc-type-source'),
  scopeNote: $('scope-note'),
  error: $('error'),
  diagnostics: $('diagnostics'),
  noDiagnostics: $('no-diagnostics'),
  components: $('components'),
  noComponents: $('no-components'),
  counts: { error: $('count-error'), warning: $('count-warning'), info: $('count-info') },
};

/** Text and report of the last successful check: item offsets refer to this text. */
let last = { text: null, key: null, report: null };
let timer = 0;
let checkCount = 0;
const ruleSummaries = new Map(); // lang -> Map(code -> summary)

// ---------------------------------------------------------------- helpers

function storageGet(key) {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function storageSet(key, value) {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Private mode or quota: the page still works, the draft is just not kept.
  }
}

/** Local date as YYYY-MM-DD (reference for rules about dates in the future). */
function todayIso() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function make(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function typeLabel(slug) {
  return TYPE_LABELS[slug] ?? EXTRA_TYPE_LABELS[slug] ?? slug;
}

function summariesFor(lang) {
  let map = ruleSummaries.get(lang);
  if (!map) {
    map = new Map();
    try {
      for (const rule of rules(lang)) map.set(rule.code, `${rule.name} — ${rule.summary}`);
    } catch {
      // Tooltips are a nicety; never let them break the page.
    }
    ruleSummaries.set(lang, map);
  }
  return map;
}

/** 1-based line and column (UTF-16 units) of an offset. */
function lineColumn(text, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

// ---------------------------------------------------------------- options

function currentOptions() {
  const options = { mode: el.mode.value, lang: el.lang.value, today: todayIso() };
  if (el.type.value !== 'auto') options.type = el.type.value;
  return options;
}

function restoreOptions() {
  let saved = null;
  try {
    saved = JSON.parse(storageGet(OPTIONS_KEY) ?? 'null');
  } catch {
    saved = null;
  }
  if (!saved || typeof saved !== 'object') return;
  for (const name of ['mode', 'type', 'lang']) {
    const select = el[name];
    if (typeof saved[name] === 'string' && [...select.options].some((o) => o.value === saved[name])) {
      select.value = saved[name];
    }
  }
}

function saveOptions() {
  storageSet(
    OPTIONS_KEY,
    JSON.stringify({ mode: el.mode.value, type: el.type.value, lang: el.lang.value }),
  );
}

function fillTypeSelect() {
  const frag = document.createDocumentFragment();
  for (const [slug, label] of Object.entries(TYPE_LABELS)) {
    const option = make('option', '', label);
    option.value = slug;
    frag.append(option);
  }
  el.type.append(frag);
}

// ---------------------------------------------------------------- checking

function runCheck() {
  clearTimeout(timer);
  timer = 0;
  const text = el.input.value;
  const options = currentOptions();
  const key = JSON.stringify(options);
  if (last.text === text && last.key === key) return; // nothing changed since the last check
  const started = performance.now();
  let report;
  try {
    report = check(text, options);
  } catch (err) {
    showError(err);
    return;
  }
  const elapsed = performance.now() - started;
  last = { text, key, report };
  checkCount += 1;
  render(text, report, options.lang, elapsed);
  document.body.dataset.checks = String(checkCount);
  document.body.dataset.ready = '1';
}

function scheduleCheck() {
  clearTimeout(timer);
  timer = setTimeout(runCheck, DEBOUNCE_MS);
}

function showError(err) {
  el.error.textContent = `Không kiểm tra được: ${err?.message ?? err}`;
  el.error.hidden = false;
  el.status.textContent = 'Lỗi';
  el.status.className = 'status status-error';
}

// ---------------------------------------------------------------- rendering

function render(text, report, lang, elapsed) {
  el.error.hidden = true;

  // Summary: document type and counts.
  el.docType.textContent = typeLabel(report.documentType);
  el.docType.dataset.type = report.documentType;
  el.docTypeSlug.textContent = report.documentType;
  el.docTypeSource.textContent = report.typeDetected ? '(tự nhận diện)' : '(đã chọn)';
  el.scopeNote.hidden = !report.outOfScope;

  const counts = { error: 0, warning: 0, info: 0 };
  for (const d of report.diagnostics) counts[d.severity] = (counts[d.severity] ?? 0) + 1;
  for (const [severity, node] of Object.entries(el.counts)) {
    node.textContent = String(counts[severity]);
    node.parentElement.classList.toggle('count-zero', counts[severity] === 0);
  }

  const total = report.diagnostics.length;
  el.status.textContent =
    total === 0
      ? `Hợp lệ · ${elapsed.toFixed(0)} ms`
      : `${total} phát hiện · ${elapsed.toFixed(0)} ms`;
  el.status.className = `status ${counts.error ? 'status-error' : total ? 'status-warning' : 'status-ok'}`;

  renderDiagnostics(text, report, lang);
  renderComponents(report);
}

function renderDiagnostics(text, report, lang) {
  const summaries = summariesFor(lang);
  const frag = document.createDocumentFragment();
  for (const d of report.diagnostics) {
    const item = make('li', `diag sev-${d.severity}`);
    item.dataset.code = d.code;
    item.dataset.severity = d.severity;
    item.dataset.start = String(d.start);
    item.dataset.end = String(d.end);

    const button = make('button', 'diag-main');
    button.type = 'button';
    button.dataset.start = String(d.start);
    button.dataset.end = String(d.end);

    const head = make('span', 'diag-head');
    head.append(make('span', `badge badge-${d.severity}`, SEVERITY_LABELS[d.severity] ?? d.severity));
    const code = make('span', 'code', d.code);
    const summary = summaries.get(d.code);
    if (summary) code.title = summary;
    head.append(code);
    const loc = make('span', 'loc', `${d.line}:${d.column}`);
    loc.title = `Dòng ${d.line}, cột ${d.column}`;
    head.append(loc);
    button.append(head);

    button.append(make('span', 'message', d.message));

    const flagged = text.slice(d.start, d.end);
    const excerpt = make('span', 'excerpt', flagged);
    if (flagged.length === 0) excerpt.classList.add('excerpt-empty');
    else if (flagged.trim() === '') excerpt.classList.add('excerpt-blank');
    button.append(excerpt);

    item.append(button);
    if (d.fix) {
      const fix = make('p', 'fix', d.fix.title);
      fix.dataset.applicability = d.fix.applicability;
      item.append(fix);
    }
    frag.append(item);
  }
  el.diagnostics.lang = lang;
  el.diagnostics.replaceChildren(frag);
  el.noDiagnostics.hidden = report.diagnostics.length > 0;
}

function renderComponents(report) {
  const frag = document.createDocumentFragment();
  for (const c of report.components) {
    const item = make('li', 'comp');
    item.dataset.kind = c.kind;
    const button = make('button', 'comp-main');
    button.type = 'button';
    button.dataset.start = String(c.start);
    button.dataset.end = String(c.end);
    button.append(make('span', 'comp-kind', KIND_LABELS[c.kind] ?? c.kind));
    const roles = c.parts.map((p) => ROLE_LABELS[p.role]).filter(Boolean);
    if (roles.length) button.append(make('span', 'comp-roles', roles.join(', ')));
    const lines = c.line === c.endLine ? `dòng ${c.line}` : `dòng ${c.line}–${c.endLine}`;
    button.append(make('span', 'loc', lines));
    item.append(button);
    frag.append(item);
  }
  el.components.replaceChildren(frag);
  el.noComponents.hidden = report.components.length > 0;
}

// ---------------------------------------------------------------- selection

/** Scroll the textarea so that `offset` is in view (about a third from the top). */
function scrollToOffset(offset) {
  const mirror = $('mirror');
  if (!mirror) return;
  const marker = make('span', '', '\u200b');
  mirror.replaceChildren(document.createTextNode(el.input.value.slice(0, offset)), marker);
  const top = marker.offsetTop;
  mirror.replaceChildren();
  el.input.scrollTop = Math.max(0, top - el.input.clientHeight / 3);
}

function selectRange(start, end) {
  el.input.focus({ preventScroll: true });
  el.input.setSelectionRange(start, end);
  scrollToOffset(start);
  updateCursor();
}

function onListClick(event) {
  const button = event.target.closest('button[data-start]');
  if (!button) return;
  if (el.input.value !== last.text) {
    // The text changed after the list was drawn: its offsets are stale. Re-check instead.
    runCheck();
    return;
  }
  selectRange(Number(button.dataset.start), Number(button.dataset.end));
}

function updateCursor() {
  const { selectionStart, selectionEnd, value } = el.input;
  const { line, column } = lineColumn(value, selectionEnd);
  const selected = selectionEnd - selectionStart;
  el.cursor.textContent =
    selected > 0 ? `Dòng ${line}, cột ${column} · chọn ${selected} ký tự` : `Dòng ${line}, cột ${column}`;
}

// ---------------------------------------------------------------- sample and draft

async function fetchSample() {
  const response = await fetch(SAMPLE_URL);
  if (!response.ok) throw new Error(`không tải được văn bản mẫu (HTTP ${response.status})`);
  return response.text();
}

async function loadSample() {
  el.sample.disabled = true;
  try {
    const sample = await fetchSample();
    el.input.focus({ preventScroll: true });
    el.input.select();
    // insertText keeps the browser's undo history (Ctrl+Z brings the previous draft back).
    if (!document.execCommand('insertText', false, sample) || el.input.value !== sample) {
      el.input.value = sample;
    }
    el.input.setSelectionRange(0, 0);
    el.input.scrollTop = 0;
    storageSet(DRAFT_KEY, el.input.value);
    runCheck();
    updateCursor();
  } catch (err) {
    showError(err);
  } finally {
    el.sample.disabled = false;
  }
}

// ---------------------------------------------------------------- start

async function start() {
  await init();
  el.version.textContent = `thethuc ${version()}`;
  fillTypeSelect();
  restoreOptions();

  let text = storageGet(DRAFT_KEY);
  if (text === null) {
    try {
      text = await fetchSample();
    } catch (err) {
      text = '';
      showError(err);
    }
  }
  el.input.value = text;
  el.input.setSelectionRange(0, 0);

  el.input.addEventListener('input', () => {
    storageSet(DRAFT_KEY, el.input.value);
    scheduleCheck();
  });
  for (const name of ['mode', 'type', 'lang']) {
    el[name].addEventListener('change', () => {
      saveOptions();
      runCheck();
    });
  }
  el.sample.addEventListener('click', loadSample);
  el.diagnostics.addEventListener('click', onListClick);
  el.components.addEventListener('click', onListClick);
  for (const type of ['keyup', 'mouseup', 'select', 'focus', 'input']) {
    el.input.addEventListener(type, updateCursor);
  }

  runCheck();
  updateCursor();
}

start().catch((err) => {
  showError(err);
  console.error(err);
});
