// A TypeScript consumer of the installed package, compiled with `tsc --noEmit --strict`.
// It calls every exported function and reads every field of every exported type; the
// `Record<keyof T, true>` tables below stop compiling when a field is added or removed
// without this file (and so the types' test) knowing. `@ts-expect-error` lines prove the
// unions are unions and not `any` or `string`.
import init, { applyFixes, check, checkDocx, initSync, rules, version } from 'thethuc';
import { ruleDocs } from 'thethuc/rule-docs';
import type {
  Applicability,
  ApplyFixesOptions,
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
  InitInput,
  Lang,
  Mode,
  NotEvaluated,
  Options,
  PartRole,
  Report,
  RuleInfo,
  RuleSetting,
  Severity,
  SyncInitInput,
} from 'thethuc';
import { toCodeMirror } from 'thethuc/codemirror';
import type { CodeMirrorAction, CodeMirrorChange, CodeMirrorDiagnostic, CodeMirrorView } from 'thethuc/codemirror';
import { REPORT_EVENT, TAG, ThethucCheckElement, attach } from 'thethuc/element';
import type { AttachHandle, AttachOptions, ReportEvent } from 'thethuc/element';
import { createWorkerChecker } from 'thethuc/worker-client';
import type { WorkerChecker, WorkerCheckerOptions } from 'thethuc/worker-client';
// The real CodeMirror types: our plain objects must be assignable to them.
import type { Action as CmAction, Diagnostic as CmDiagnostic } from '@codemirror/lint';
import type { EditorView } from '@codemirror/view';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type IsAny<T> = 0 extends 1 & T ? true : false;
const yes = <T extends true>(): T => true as T;

// ---------------------------------------------------------------- every field, named

const reportFields: Record<keyof Report, true> = {
  version: true,
  rulesetVersion: true,
  documentType: true,
  typeDetected: true,
  outOfScope: true,
  mode: true,
  components: true,
  diagnostics: true,
  notEvaluated: true,
};
const diagnosticFields: Record<keyof Diagnostic, true> = {
  code: true,
  name: true,
  component: true,
  severity: true,
  message: true,
  start: true,
  end: true,
  line: true,
  column: true,
  endLine: true,
  endColumn: true,
  fix: true,
};
const fixFields: Record<keyof Fix, true> = { title: true, applicability: true, edits: true };
const editFields: Record<keyof Edit, true> = { start: true, end: true, newText: true };
const componentFields: Record<keyof Component, true> = { kind: true, start: true, end: true, line: true, endLine: true, parts: true };
const partFields: Record<keyof ComponentPart, true> = { start: true, end: true, role: true };
const notEvaluatedFields: Record<keyof NotEvaluated, true> = { code: true, reason: true };
const optionsFields: Record<keyof Options, true> = { mode: true, type: true, today: true, lang: true, rules: true };
const ruleInfoFields: Record<keyof RuleInfo, true> = {
  code: true,
  name: true,
  component: true,
  severity: true,
  fix: true,
  summary: true,
  spec: true,
  docs: true,
};
const applyFixesFields: Record<keyof ApplyFixesOptions, true> = { only: true };
const docxReportFields: Record<Exclude<keyof DocxReport, keyof Report>, true> = { text: true, notices: true };
const docxNoticeFields: Record<keyof DocxNotice, true> = { code: true, count: true, message: true };
const cmDiagnosticFields: Record<keyof CodeMirrorDiagnostic, true> = {
  from: true,
  to: true,
  severity: true,
  message: true,
  source: true,
  actions: true,
};
const cmActionFields: Record<keyof CodeMirrorAction, true> = { name: true, apply: true };
const cmChangeFields: Record<keyof CodeMirrorChange, true> = { from: true, to: true, insert: true };
const cmViewFields: Record<keyof CodeMirrorView, true> = { dispatch: true };
const attachOptionFields: Record<keyof AttachOptions, true> = {
  ...optionsFields,
  debounce: true,
  container: true,
  wasmUrl: true,
};
const attachHandleFields: Record<keyof AttachHandle, true> = { detach: true, check: true };
const workerOptionFields: Record<keyof WorkerCheckerOptions, true> = { workerUrl: true, wasmUrl: true };
const workerCheckerFields: Record<keyof WorkerChecker, true> = { check: true, terminate: true };
export const allFields = [
  reportFields, diagnosticFields, fixFields, editFields, componentFields, partFields, notEvaluatedFields,
  optionsFields, ruleInfoFields, applyFixesFields, docxReportFields, docxNoticeFields, cmDiagnosticFields, cmActionFields, cmChangeFields,
  cmViewFields, attachOptionFields, attachHandleFields, workerOptionFields, workerCheckerFields,
];

// ---------------------------------------------------------------- exact types

yes<Equal<Severity, 'error' | 'warning' | 'info'>>();
yes<Equal<Applicability, 'safe' | 'unsafe' | 'display-only'>>();
yes<Equal<Mode, 'draft' | 'final'>>();
yes<Equal<Lang, 'vi' | 'en'>>();
yes<Equal<PartRole, 'tham-quyen' | 'chuc-vu' | 'ho-ten'>>();
yes<Equal<FixAvailability, 'none' | 'sometimes' | 'always'>>();
yes<Equal<RuleSetting, boolean | 'off' | 'on' | Severity>>();
yes<Equal<Extract<ComponentKind, 'quoc-hieu' | 'noi-nhan' | 'van-ban'>, 'quoc-hieu' | 'noi-nhan' | 'van-ban'>>();
yes<Equal<Extract<DocumentType, 'thong-bao' | 'cong-van' | 'khong-xac-dinh'>, 'thong-bao' | 'cong-van' | 'khong-xac-dinh'>>();
yes<Equal<Diagnostic['fix'], Fix | undefined>>();
yes<Equal<Report['diagnostics'], Diagnostic[]>>();
yes<Equal<ReturnType<typeof check>, Report>>();
yes<Equal<ReturnType<typeof rules>, RuleInfo[]>>();
yes<Equal<ReturnType<typeof checkDocx>, DocxReport>>();
yes<Equal<DocxReport['text'], string>>();
yes<Equal<Extract<DocxErrorCode, 'legacy-doc' | 'zip-bomb'>, 'legacy-doc' | 'zip-bomb'>>();
yes<Equal<IsAny<DocxReport>, false>>();
yes<Equal<ReturnType<typeof init>, Promise<void>>>();
yes<Equal<ReturnType<typeof toCodeMirror>, CodeMirrorDiagnostic[]>>();
yes<Equal<ReturnType<WorkerChecker['check']>, Promise<Report>>>();
yes<Equal<ReportEvent, CustomEvent<Report>>>();
yes<Equal<typeof TAG, 'thethuc-check'>>();
yes<Equal<typeof REPORT_EVENT, 'thethuc-report'>>();
yes<Equal<IsAny<Report>, false>>();
yes<Equal<IsAny<Diagnostic['fix']>, false>>();
yes<Equal<IsAny<Parameters<typeof check>[1]>, false>>();
yes<Equal<IsAny<Options['rules']>, false>>();

// @ts-expect-error not a mode
check('x', { mode: 'drafty' });
// @ts-expect-error misspelt option
check('x', { mdoe: 'draft' });
// @ts-expect-error not a language
rules('fr');
// @ts-expect-error bytes, not text
checkDocx('draft.docx');
// @ts-expect-error only 'safe' | 'all'
applyFixes('x', [], { only: 'unsafe' });
// @ts-expect-error a document type slug, not free text
check('x', { type: 'thong bao' });

// ---------------------------------------------------------------- every function, every field

function edits(fix: Fix): string[] {
  return fix.edits.map((e: Edit) => `${e.start}-${e.end}:${e.newText}`);
}

export function describe(report: Report, text: string): string[] {
  const out: string[] = [
    report.version,
    report.rulesetVersion,
    report.documentType,
    String(report.typeDetected),
    String(report.outOfScope),
    report.mode,
  ];
  for (const c of report.components) {
    const kind: ComponentKind = c.kind;
    out.push(`${kind} ${c.start}-${c.end} lines ${c.line}-${c.endLine}`);
    for (const p of c.parts) {
      const role: PartRole | undefined = p.role;
      out.push(`  ${text.slice(p.start, p.end)} ${role ?? ''}`);
    }
  }
  for (const d of report.diagnostics) {
    const severity: Severity = d.severity;
    out.push(
      `${d.code} ${d.name} ${d.component} ${severity} ${d.message} ${d.start}-${d.end} ` +
        `${d.line}:${d.column}-${d.endLine}:${d.endColumn}`,
    );
    if (d.fix) {
      const applicability: Applicability = d.fix.applicability;
      out.push(d.fix.title, applicability, ...edits(d.fix));
    }
  }
  for (const n of report.notEvaluated) out.push(`${n.code}: ${n.reason}`);
  return out;
}

export function help(lang: Lang): string[] {
  return rules(lang).map((r: RuleInfo) => {
    const fix: FixAvailability = r.fix;
    const docs: string = r.docs ?? ruleDocs[r.code] ?? '';
    return `${r.code} ${r.name} ${r.component} ${r.severity} ${fix} ${r.summary} ${r.spec}\n${docs}`;
  });
}

export async function inBrowser(text: string): Promise<string> {
  const input: InitInput = new URL('./thethuc_bg.wasm', import.meta.url);
  await init({ module_or_path: input });
  await init();
  const options: Options = {
    mode: 'final',
    type: 'cong-van',
    today: '2026-01-15',
    lang: 'en',
    rules: { TT101: 'off', 'thieu-tieu-ngu': 'warning', TT103: false, TT104: 'on' },
  };
  const report = check(text, options);
  const safe: ApplyFixesOptions = { only: 'safe' };
  return applyFixes(text, report.diagnostics, safe) + applyFixes(text, report.diagnostics, { only: 'all' }) + version();
}

export function inNode(bytes: Uint8Array<ArrayBuffer>): Report {
  const module: SyncInitInput = bytes;
  initSync({ module });
  initSync(new WebAssembly.Module(bytes));
  return check('Số: /TB-UBND');
}

export function docx(bytes: Uint8Array, buffer: ArrayBuffer): string[] {
  const report: DocxReport = checkDocx(bytes, { lang: 'en' });
  const asReport: Report = report;
  const out = describe(asReport, report.text);
  for (const n of checkDocx(buffer).notices) {
    const notice: DocxNotice = n;
    out.push(`${notice.code} ${notice.count} ${notice.message}`);
  }
  try {
    checkDocx(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]));
  } catch (err) {
    const code = (err as Error & { code?: DocxErrorCode }).code;
    out.push(String(code));
  }
  return out;
}

export function codemirror(report: Report, text: string, view: EditorView): readonly CmDiagnostic[] {
  const ours: CodeMirrorDiagnostic[] = toCodeMirror(report, text);
  toCodeMirror(report);
  for (const d of ours) {
    const line = `${d.from}-${d.to} ${d.severity} ${d.source}: ${d.message}`;
    for (const a of d.actions ?? []) {
      const asCm: CmAction = a;
      asCm.apply(view, d.from, d.to);
      a.apply(view, d.from, d.to);
      void `${line} ${a.name}`;
    }
  }
  const v: CodeMirrorView = view;
  const change: CodeMirrorChange = { from: 0, to: 0, insert: '' };
  v.dispatch({ changes: [change], userEvent: 'input' });
  // Assignable to @codemirror/lint's Diagnostic[] as they are.
  return ours;
}

export async function dropIn(textarea: HTMLTextAreaElement, editable: HTMLElement, panel: Element): Promise<Report> {
  const options: AttachOptions = { mode: 'draft', lang: 'vi', debounce: 300, container: panel, wasmUrl: '/thethuc_bg.wasm' };
  const handle: AttachHandle = attach(textarea, options);
  const other = attach(editable);
  other.detach();
  textarea.addEventListener('thethuc-report', (event) => {
    const report: Report = event.detail;
    void report.diagnostics.length;
  });
  document.addEventListener(REPORT_EVENT, (event: Event) => void (event as ReportEvent).detail.mode);
  const element: ThethucCheckElement | null = document.querySelector(TAG);
  const fromTag = document.querySelector('thethuc-check');
  if (element && fromTag) {
    element.addEventListener('thethuc-report', (event) => void event.detail.documentType);
    await fromTag.check();
    element.attributeChangedCallback('mode', 'draft', 'final');
    element.connectedCallback();
    element.disconnectedCallback();
    void ThethucCheckElement.observedAttributes;
  }
  const report = await handle.check();
  handle.detach();
  return report;
}

export async function inWorker(text: string): Promise<Report | null> {
  const options: WorkerCheckerOptions = { workerUrl: new URL('./worker.js', import.meta.url), wasmUrl: '/thethuc_bg.wasm' };
  const checker: WorkerChecker = createWorkerChecker(options);
  createWorkerChecker().terminate();
  try {
    return await checker.check(text, { mode: 'draft' });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') return null;
    throw err;
  } finally {
    checker.terminate();
  }
}
