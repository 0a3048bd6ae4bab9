/**
 * The one typed contract between the sidebar (browser) and the server (Apps Script).
 * Only JSON-safe values cross google.script.run: no Date (ISO strings), no Map, no undefined in arrays.
 * Every endpoint returns a ServerResult: the server never throws at the sidebar; failures carry a
 * Vietnamese message and, when useful, a hint.
 */

/** A link a failure offers (Google's page to grant a declined permission); only http(s) is ever shown. */
export interface FailureLink {
  url: string;
  label: string;
}

export type ServerResult<T> = { ok: true; data: T } | { ok: false; message: string; hint?: string; link?: FailureLink };

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
  /** Final appraisal points, when the office entered any appraisal (either round). */
  appraisalPoints: number | null;
  /** First appraisal round's points; absent in a view stored before the rounds. */
  appraisal1Points?: number | null;
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

/** The round lock's open step (src/sheets/cycle/lockState.ts). */
export type RoundStepView = 'entry' | 'appraisal1' | 'response' | 'final';

/** One criterion through the appraisal rounds: self → lần 1 → final. */
export interface RoundCriterionView {
  code: string;
  title: string;
  areaCode: string;
  selfText: string;
  firstText: string;
  finalText: string;
  /** Lần 1 gave fewer points than the self score. */
  disputed: boolean;
  /** The giải trình written, '' when none. */
  response: string;
  /** Tab and A1 cell of the criterion's Giải trình sau thẩm định, for "Đi tới ô"; null when unknown. */
  sheet: string | null;
  cell: string | null;
}

export interface RoundsView {
  first: IndexView | null;
  final: IndexView | null;
  /** Criteria whose points moved, or that were disputed, at most a page of them. */
  criteria: RoundCriterionView[];
  /** Disputed criteria without giải trình (all of them, not only those listed). */
  responsesDue: number;
}

/** A deadline of the round from Thông tin chung; days left are counted in the sidebar (the view is stored). */
export interface DeadlineView {
  label: string;
  /** "10/01/2024" */
  dateText: string;
  year: number;
  month: number;
  day: number;
}

/** What one official (as named in Phân công) has left. */
export interface OfficialProgressView {
  official: string;
  areas: string[];
  notEntered: number;
  errors: number;
  noEvidence: number;
  responsesDue: number;
}

export interface ProgressView {
  deadlines: DeadlineView[];
  /** Deadlines typed as something that is not a date (Vietnamese sentences naming the row). */
  deadlineProblems: string[];
  officials: OfficialProgressView[];
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
  /** The step the round lock has open; absent in a view stored before the steps. */
  step?: RoundStepView;
  /** The appraisal rounds, when the office entered lần 1 or a final appraisal; absent in older stored views. */
  rounds?: RoundsView | null;
  /** Deadlines and what is left per official; absent in older stored views. */
  progress?: ProgressView | null;
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

/** A criterion evidence can be uploaded for. */
export interface UploadCriterionView {
  code: string;
  title: string;
  areaCode: string;
}

/** What the upload form starts from: the criteria, and the one on the active cell's row. */
export interface UploadTargetView {
  criteria: UploadCriterionView[];
  /** Code of the criterion on the active cell's row; null when the cell is not on a criterion row. */
  active: string | null;
  /** Why the active cell gives no criterion ('' when it does, or when no area tab is active). */
  activeNote: string;
}

/** One file of an upload, read in the browser: its name and its bytes in base64. */
export interface UploadFileRequest {
  name: string;
  base64: string;
}

export interface UploadRequest {
  code: string;
  files: UploadFileRequest[];
}

export interface UploadedFileView {
  name: string;
  /** The file on Drive; '' when it was not uploaded. */
  url: string;
  ok: boolean;
  /** Why it was not uploaded ('' when it was). */
  message: string;
}

export interface UploadResultView {
  code: string;
  /** "3. Cải cách TTHC!L12" */
  cell: string;
  folderUrl: string;
  files: UploadedFileView[];
  /** The links were appended to the evidence cell. */
  linked: boolean;
  /** The files were written to "Tài liệu đã tải lên". */
  logged: boolean;
  message: string;
  hint: string;
}

/** Endpoint name → request and response. The server exposes each as a top-level function of Code.js. */
export interface SidebarEndpoints {
  sidebarGetDashboard: { args: []; result: DashboardView };
  sidebarComputeScores: { args: []; result: DashboardView };
  sidebarGoToCell: { args: [sheet: string, a1: string]; result: null };
  sidebarCreateReport: { args: []; result: ReportLink };
  sidebarCreatePeriodicReport: { args: [period: PeriodChoice]; result: ReportLink };
  sidebarCreateInspectionReport: { args: []; result: ReportLink };
  sidebarUploadTarget: { args: []; result: UploadTargetView };
  sidebarUploadEvidence: { args: [request: UploadRequest]; result: UploadResultView };
}

export type EndpointName = keyof SidebarEndpoints;

export const SIDEBAR_ENDPOINTS: readonly EndpointName[] = [
  'sidebarGetDashboard',
  'sidebarComputeScores',
  'sidebarGoToCell',
  'sidebarCreateReport',
  'sidebarCreatePeriodicReport',
  'sidebarCreateInspectionReport',
  'sidebarUploadTarget',
  'sidebarUploadEvidence',
];
