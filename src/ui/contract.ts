/**
 * The one typed contract between the sidebar (browser) and the server (Apps Script).
 * Only JSON-safe values cross google.script.run: no Date (ISO strings), no Map, no undefined in arrays.
 * Every endpoint returns a ServerResult: the server never throws at the sidebar; failures carry a
 * Vietnamese message and, when useful, a hint.
 */

export type ServerResult<T> = { ok: true; data: T } | { ok: false; message: string; hint?: string };

export interface AreaView {
  code: string;
  title: string;
  tabName: string;
  points: number;
  applicableMax: number;
  /** 0 … 100, two decimals. */
  percent: number;
  pointsText: string;
  percentText: string;
  /** Points at the previous run of "Tính điểm", when known (what changed since then). */
  previousRunPoints: number | null;
  /** Last year's points for this area, when carried into Thông tin chung. */
  lastYearPoints: number | null;
  /** Appraisal (district) points, when the office entered them. */
  appraisalPoints: number | null;
  /** Evidence completeness of this area's criteria; null when unknown (e.g. a view stored before). */
  evidence: EvidenceView | null;
}

export interface ProblemView {
  severity: 'error' | 'warning';
  areaCode: string | null;
  /** Tab name and A1 cell, for "Đi tới ô"; null for workbook-wide problems. */
  sheet: string | null;
  cell: string | null;
  /** "3. Cải cách TTHC!H12" */
  address: string | null;
  code: string | null;
  message: string;
}

export interface EvidenceView {
  total: number;
  withEvidence: number;
  explanationOnly: number;
  none: number;
  /** Share with a link/document or an explanation, e.g. "95,6%". */
  completeText: string;
}

export interface IndexView {
  points: number;
  applicableMax: number;
  percent: number;
  pointsText: string;
  percentText: string;
  group: string;
  rating: string;
  /** "Đã gồm điểm thưởng +1, điểm trừ −0,5." where the set has bonus or penalty points; absent otherwise. */
  extrasText?: string;
}

export interface DashboardView {
  commune: string;
  /** Xã, Phường or Đặc khu; absent in a view stored before it was sent (then Xã). */
  unitType?: string;
  year: string;
  catalogueNotice: string;
  /** ISO time of the last "Tính điểm", null when never run. */
  scoredAt: string | null;
  index: IndexView | null;
  appraisalIndex: IndexView | null;
  areas: AreaView[];
  problems: ProblemView[];
  errors: number;
  warnings: number;
  evidence: EvidenceView | null;
  /** "Chốt số liệu": the round is locked. */
  locked: boolean;
  reportEnabled: boolean;
  /** Something the user should know about this run (e.g. results shown but not written); '' when none. */
  notice: string;
}

export interface ReportLink {
  name: string;
  url: string;
  /** The sheet has errors or no data (the report says so at its top); '' when neither. */
  warning?: string;
}

/** Periodic report kinds the sidebar offers. */
export type PeriodChoice = 'q1' | 'h1' | '9m';

/** Endpoint name → request and response. The server exposes each as a top-level function of Code.js. */
export interface SidebarEndpoints {
  sidebarGetDashboard: { args: []; result: DashboardView };
  sidebarComputeScores: { args: []; result: DashboardView };
  sidebarGoToCell: { args: [sheet: string, a1: string]; result: null };
  sidebarCreateReport: { args: []; result: ReportLink };
  sidebarCreatePeriodicReport: { args: [period: PeriodChoice]; result: ReportLink };
  sidebarCreateInspectionReport: { args: []; result: ReportLink };
}

export type EndpointName = keyof SidebarEndpoints;

export const SIDEBAR_ENDPOINTS: readonly EndpointName[] = [
  'sidebarGetDashboard',
  'sidebarComputeScores',
  'sidebarGoToCell',
  'sidebarCreateReport',
  'sidebarCreatePeriodicReport',
  'sidebarCreateInspectionReport',
];
