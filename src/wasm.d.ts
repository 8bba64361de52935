/** Severity of a finding. */
export type Severity = "error" | "warning" | "info";
/** Whether a fix may be applied without review. `display-only`: a formatting change (from a `.docx`), described by its title, with no text edits. */
export type Applicability = "safe" | "unsafe" | "display-only";
/** `draft`: blank number/day are `info`; `final`: they are errors. */
export type Mode = "draft" | "final";
/** Language of messages and fix titles. */
export type Lang = "vi" | "en";
/** A format component of Nghị định 30 (`van-ban`: the document as a whole). */
export type ComponentKind = "quoc-hieu" | "tieu-ngu" | "co-quan-chu-quan" | "co-quan-ban-hanh" | "so-ky-hieu" | "dia-danh-thoi-gian" | "ten-loai" | "trich-yeu" | "kinh-gui" | "noi-dung" | "chu-ky" | "noi-nhan" | "do-mat" | "do-khan" | "phu-luc" | "van-ban";
/** A document type slug (`khong-xac-dinh`: not recognised; `van-ban-dang`: Party document, out of scope). */
export type DocumentType = "nghi-quyet" | "quyet-dinh" | "chi-thi" | "quy-che" | "quy-dinh" | "thong-cao" | "thong-bao" | "huong-dan" | "chuong-trinh" | "ke-hoach" | "phuong-an" | "de-an" | "du-an" | "bao-cao" | "bien-ban" | "to-trinh" | "hop-dong" | "cong-van" | "cong-dien" | "ban-ghi-nho" | "ban-thoa-thuan" | "giay-uy-quyen" | "giay-moi" | "giay-gioi-thieu" | "giay-nghi-phep" | "phieu-gui" | "phieu-chuyen" | "phieu-bao" | "thu-cong" | "ban-sao-y" | "ban-trich-sao" | "ban-sao-luc" | "van-ban-dang" | "khong-xac-dinh";
/** Role of a part of the signature block. */
export type PartRole = "tham-quyen" | "chuc-vu" | "ho-ten";
/** Whether a rule can offer a fix. */
export type FixAvailability = "none" | "sometimes" | "always";
/** Per-rule setting: off, on, or a severity override. */
export type RuleSetting = boolean | "off" | "on" | Severity;

/** Options of `check`. Every field is optional. */
export interface Options {
  /** Default `draft`. */
  mode?: Mode;
  /** Override type detection (`auto` or absent: detect). */
  type?: DocumentType | "auto";
  /** Reference date `YYYY-MM-DD` for rules about the future. */
  today?: string;
  /** Default `vi`. */
  lang?: Lang;
  /** Keyed by rule code (`TT101`) or name (`thieu-quoc-hieu`). */
  rules?: Record<string, RuleSetting>;
}

/** Replace UTF-16 range `[start, end)` of the checked text with `newText`. */
export interface Edit {
  /** UTF-16 code unit offset in the checked text. */
  start: number;
  /** UTF-16 code unit offset (exclusive); equal to `start` for an insertion. */
  end: number;
  newText: string;
}

export interface Fix {
  /** Imperative, in the report's language. */
  title: string;
  applicability: Applicability;
  /** Non-overlapping, sorted by start. Empty for a `display-only` fix (a formatting change to make in the word processor). */
  edits: Edit[];
}

/** One finding. Offsets are UTF-16 code units: `text.slice(start, end)` is the flagged text. Lines and columns are 1-based, columns in UTF-16 units. */
export interface Diagnostic {
  /** Stable code, never reused (`TT101`). */
  code: string;
  /** Stable kebab-case name (`thieu-quoc-hieu`). */
  name: string;
  component: ComponentKind;
  severity: Severity;
  /** In the report's language. */
  message: string;
  /** UTF-16 code unit offset of the flagged text. */
  start: number;
  /** UTF-16 code unit offset (exclusive). */
  end: number;
  /** 1-based line of `start`. */
  line: number;
  /** 1-based column of `start`, in UTF-16 code units. */
  column: number;
  /** 1-based line of `end`. */
  endLine: number;
  /** 1-based column of `end`, in UTF-16 code units. */
  endColumn: number;
  /** A way to correct it, when the rule has one. */
  fix?: Fix;
}

/** One contiguous piece of a component (UTF-16 offsets). */
export interface ComponentPart {
  /** UTF-16 code unit offset. */
  start: number;
  /** UTF-16 code unit offset (exclusive). */
  end: number;
  role?: PartRole;
}

/** A component as found. `start`/`end` cover all its parts (UTF-16 offsets). */
export interface Component {
  kind: ComponentKind;
  start: number;
  end: number;
  /** 1-based line of `start`. */
  line: number;
  /** 1-based line of `end`. */
  endLine: number;
  parts: ComponentPart[];
}

/** The result of `check`. */
export interface Report {
  /** Package version. */
  version: string;
  /** Version of the rule set. */
  rulesetVersion: string;
  documentType: DocumentType;
  /** False when the `type` option set the type. */
  typeDetected: boolean;
  /** True for documents Nghị định 30 does not govern (Party documents). */
  outOfScope: boolean;
  mode: Mode;
  /** In document order. */
  components: Component[];
  /** Sorted by position, then code. */
  diagnostics: Diagnostic[];
  /** Checks that could not be made, with the reason (switched off, component not found, out of scope) — not the same as passed. */
  notEvaluated: NotEvaluated[];
}

/** Why `checkDocx` could not read a file (the thrown `Error`'s `code`). */
export type DocxErrorCode = "empty" | "too-large" | "legacy-doc" | "encrypted" | "odt" | "pdf" | "rtf" | "word-xml" | "not-word" | "plain-text" | "unknown-format" | "corrupt" | "zip-bomb" | "too-many-entries" | "unsupported-compression" | "xml-invalid" | "xml-dtd" | "xml-too-deep" | "xml-too-many-elements";

/** Something a `.docx` holds that was found but never run or fetched. */
export interface DocxNotice {
  /** `macros` (vbaProject.bin), `embedded-objects`, `activex`, `external-links`, `tracked-changes`, `comments`, `alt-chunks`. */
  code: "macros" | "embedded-objects" | "activex" | "external-links" | "tracked-changes" | "comments" | "alt-chunks";
  /** How many were found. */
  count: number;
  /** What it means and what to do, in the report's language. */
  message: string;
}

/** The result of `checkDocx`: the report on the text extracted from the `.docx`, with the typography rules (TT601–TT609) evaluated. Offsets point into `text`. */
export type DocxReport = Report & {
  /** The plain text extracted from the `.docx` (paragraphs as lines, table rows as cells joined with ` | `): every offset of the report is a UTF-16 offset into it. */
  text: string;
  /** Macros, embedded objects, tracked changes… found in the file (never run). */
  notices: DocxNotice[];
};

/** A check that was not made. */
export interface NotEvaluated {
  /** The rule's code. */
  code: string;
  /** Why, in the report's language. */
  reason: string;
}

/** A rule as `rules()` lists it. */
export interface RuleInfo {
  code: string;
  name: string;
  component: ComponentKind;
  severity: Severity;
  fix: FixAvailability;
  /** One line, in the language asked for. */
  summary: string;
  /** Section of the rules catalogue (Nghị định 30) the rule enforces, e.g. `§1.1`. */
  spec: string;
  /**
   * Markdown (Vietnamese): what it checks, why, example, fix. Absent from the wasm's list (the
   * docs would add ~27 KB brotli to every page load): import them when needed with
   * `const { ruleDocs } = await import('thethuc/rule-docs')` (`ruleDocs[code]`). The CLI's
   * `thethuc rules --format json` includes them.
   */
  docs?: string;
}
