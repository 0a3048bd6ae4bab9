/**
 * The year-end report as plain, JSON-safe data: a list of blocks that both renderers (Google Docs,
 * .docx) turn into the same document, plus the structured figures the blocks were written from
 * (for the sidebar and for tests).
 */
import type { CriterionRounds } from '../cycle/appraisal';
import type { Align, ParagraphStyle } from './layout';
import type { Unit } from '../unit';

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

/** One paragraph: a style from layout.ts; runs may override bold/italic. */
export interface Line {
  style: ParagraphStyle;
  runs: Run[];
}

export interface TableColumn {
  header: string;
  /** Share of the text width; the shares of a table add up to 1. */
  width: number;
  align: Align;
}

export interface TableRow {
  cells: string[];
  /** Area rows and the total row are bold. */
  bold?: boolean;
  /** Column index → address to hyperlink that cell's text to (evidence cells). */
  links?: Record<number, string>;
}

export type Block =
  | { kind: 'header'; left: Line[]; right: Line[] }
  | ({ kind: 'paragraph' } & Line)
  | { kind: 'heading'; level: 1 | 2; text: string }
  /** A data table with one header row; `name` identifies it ("targets", "areas", "appendix" …). */
  | { kind: 'table'; name: string; columns: TableColumn[]; rows: TableRow[] }
  /** Where the Tổng hợp chart goes when the shell has one. */
  | { kind: 'chart'; caption: string }
  | { kind: 'signature'; left: Line[]; right: Line[] }
  | { kind: 'pageBreak' };

export type TargetVerdict = 'met' | 'notMet' | 'na' | 'noData' | 'badTarget';

/** A plan target against what was achieved: "…: 92,4% (chỉ tiêu ≥ 90%) — Đạt". */
export interface TargetLine {
  code: string;
  areaCode: string;
  title: string;
  /** The criterion's name in prose (short name). */
  name: string;
  /** The target as the catalogue states it ("≥ 90%"). */
  target: string;
  /** The achieved figure ("92,4%", "0", "Đúng quy định"), or the reason there is none. */
  achieved: string;
  /** Counts behind a ratio ("2.310/2.500"), else ''. */
  detail: string;
  verdict: TargetVerdict;
  verdictText: string;
  text: string;
}

export interface Shortcoming {
  code: string;
  areaCode: string;
  title: string;
  points: number;
  max: number;
  /** max − points, milli-points. */
  lost: number;
  /** The official's giải trình, or what stands in for it. */
  cause: string;
}

export interface Task {
  code: string;
  areaCode: string;
  text: string;
  assignee: string;
  /** Points that full marks would add back, milli-points. */
  recoverable: number;
}

export interface EvidenceGap {
  code: string;
  title: string;
  /** 'explanation': only a giải trình; 'none': neither evidence nor giải trình. */
  level: 'explanation' | 'none';
}

export interface Comparison {
  previousYear: number;
  /** Hundredths of a percent, or null when not given. */
  previousPercent: number | null;
  previousPoints: number | null;
  /** Milli-points by area code, for the areas given. */
  previousAreaPoints: Record<string, number>;
  text: string;
}

/** What the menu / sidebar shows after the report is built. */
export interface ReportSummary {
  documentName: string;
  year: number;
  commune: string;
  unit: Unit;
  pointsText: string;
  percentText: string;
  group: string;
  rating: string;
  shortcomings: number;
  tasks: number;
  targetsMet: number;
  targetsTotal: number;
  /** Things the office should fix in Thông tin chung (Vietnamese, one per fault). */
  problems: string[];
  /** Printed at the top of the report: the sheet has errors or no data (null when neither). */
  warning?: string | null;
  /** A periodic report dated otherwise than Ngày báo cáo says: told to the office (also in problems). */
  dateNote?: string | null;
}

/** The appraisal rounds, as data for the renderers: self → lần 1 → final (milli-points, hundredths of %). */
export interface ReportRounds {
  index: { self: TotalRound; first: TotalRound | null; final: TotalRound | null };
  areas: { code: string; title: string; self: number; first: number | null; final: number | null }[];
  /** Criteria whose points moved in a round, or disputed in lần 1, with the notes and the giải trình. */
  criteria: CriterionRounds[];
}

export interface TotalRound {
  points: number;
  percent: number;
  rating: string;
}

export interface ReportModel {
  documentName: string;
  blocks: Block[];
  /** Text repeated in every page header (the sample's mark), or ''. */
  headerMark: string;
  /** null when the office entered no appraisal (neither round). */
  rounds: ReportRounds | null;
  targets: TargetLine[];
  shortcomings: Shortcoming[];
  tasks: Task[];
  evidenceGaps: EvidenceGap[];
  comparison: Comparison | null;
  summary: ReportSummary;
}
