/**
 * The sidebar's DashboardView, built from a WorkbookResult (pure), and kept in DocumentProperties
 * between runs so that opening the sidebar costs no sheet read.
 *
 * Size: a property value holds ≤ 9 KB, so the view is stored in chunks (store.ts); the problem list is
 * capped at MAX_STORED_PROBLEMS (errors first) and, if still too large, halved until the JSON fits in
 * MAX_VALUE_BYTES. `errors` and `warnings` always count every problem, so the sidebar can say how
 * many were left out (errors + warnings − problems.length).
 */
import { columnLetter, letterOf } from '../core/layout';
import { formatPercent2, formatPoints, formatRatio } from '../core/format';
import { cellText } from '../core/cells';
import type { Problem, WorkbookResult } from '../core/pipeline';
import { isExtraArea, type IndexScore } from '../core/score';
import { EXTRA_TEXT as X, UNIT_KIND_LABELS } from '../core/text';
import { readUnit } from '../core/unit';
import { evidenceCompleteness, type EvidenceCount } from '../core/cycle/evidence';
import { parseAreaPoints } from '../core/cycle/newYear';
import type {
  AreaView,
  DashboardView,
  EvidenceView,
  IndexView,
  ProblemView,
  ProgressView,
  RoundsView,
} from '../ui/contract';
import { progressByOfficial, readDeadlines } from '../core/cycle/progress';
import type { Assignments } from '../core/report/assignments';
import { PROGRESS_TEXT } from '../core/text';
import { criterionRounds } from '../core/cycle/appraisal';
import { KEYS, MAX_VALUE_BYTES, readJson, utf8Length } from './store';

export const MAX_STORED_PROBLEMS = 300;

export interface DashboardContext {
  scoredAt: string | null;
  /** Per-area points (milli) of the previous Tính điểm, by area code. */
  previousRun: Record<string, number> | null;
  reportEnabled: boolean;
  /** Phân công (area code → officials' names), for what is left per official. */
  assignments?: Assignments;
}

function indexView(i: IndexScore, extras: boolean): IndexView {
  const view: IndexView = {
    points: i.points / 1000,
    applicableMax: i.applicableMax / 1000,
    percent: i.percent / 100,
    pointsText: formatPoints(i.points),
    percentText: formatPercent2(i.percent),
    group: i.group,
    rating: i.rating,
  };
  if (extras) view.extrasText = X.sidebarExtras(formatPoints(i.bonus), formatPoints(i.penalty));
  return view;
}

function evidenceView(e: EvidenceCount): EvidenceView {
  return {
    total: e.total,
    withEvidence: e.withEvidence,
    explanationOnly: e.explanationOnly,
    none: e.none,
    completeText: formatRatio(e.completePercent),
  };
}

export function problemView(p: Problem): ProblemView {
  const cell = p.sheet && p.row ? `${p.column ? letterOf(p.column) : columnLetter(p.columnNumber ?? 1)}${p.row}` : null;
  return {
    severity: p.severity,
    areaCode: p.areaCode,
    sheet: cell ? p.sheet : null,
    cell,
    address: p.cell,
    code: p.code,
    message: p.message,
  };
}

/** Errors before warnings, each in the pipeline's order; at most `max`. */
export function cappedProblems(problems: Problem[], max = MAX_STORED_PROBLEMS): ProblemView[] {
  const sorted = [
    ...problems.filter((p) => p.severity === 'error'),
    ...problems.filter((p) => p.severity === 'warning'),
  ];
  return sorted.slice(0, max).map(problemView);
}

export function buildDashboard(result: WorkbookResult, ctx: DashboardContext): DashboardView {
  const lastYear = parseAreaPoints(cellText(result.info.previousAreaPoints));
  const appraisalAreas = new Map((result.appraisal?.areas ?? []).map((a) => [a.code, a.points]));
  const firstAreas = new Map((result.appraisal1?.areas ?? []).map((a) => [a.code, a.points]));
  const evidence = evidenceCompleteness(result);
  const extras = result.areas.some(isExtraArea);
  const areaEvidence = new Map(evidence.areas.map((e) => [e.areaCode, e]));
  const areas: AreaView[] = result.areas.map((a) => {
    const previous = ctx.previousRun ? ctx.previousRun[a.code] : undefined;
    const ly = lastYear.get(a.code);
    const ap = appraisalAreas.get(a.code);
    const first = firstAreas.get(a.code);
    const ev = areaEvidence.get(a.code);
    return {
      code: a.code,
      // The suffix says what the area is, unless its title already does ("Điểm thưởng (điểm thưởng)").
      title:
        a.role && !a.title.toLowerCase().includes(X.roleSuffix[a.role].slice(2, -1))
          ? a.title + X.roleSuffix[a.role]
          : a.title,
      tabName: a.tabName,
      points: a.points / 1000,
      applicableMax: a.applicableMax / 1000,
      percent: a.percent / 100,
      pointsText: formatPoints(a.points),
      percentText: formatPercent2(a.percent),
      previousRunPoints: typeof previous === 'number' ? previous / 1000 : null,
      lastYearPoints: ly === undefined ? null : ly / 1000,
      appraisalPoints: ap === undefined ? null : ap / 1000,
      appraisal1Points: first === undefined ? null : first / 1000,
      evidence: ev ? evidenceView(ev) : null,
    };
  });
  return {
    commune: readUnit(result.info).name,
    unitType: UNIT_KIND_LABELS[readUnit(result.info).kind],
    year: cellText(result.info.year),
    catalogueNotice: result.catalogue.notice,
    scoredAt: ctx.scoredAt,
    index: indexView(result.index, extras),
    appraisalIndex: result.appraisal ? indexView(result.appraisal.index, extras) : null,
    rounds: roundsView(result),
    progress: progressView(result, ctx.assignments ?? {}),
    areas,
    problems: cappedProblems(result.problems),
    errors: result.errors,
    warnings: result.warnings,
    evidence: evidenceView(evidence.overall),
    locked: false,
    reportEnabled: ctx.reportEnabled,
    notice: '',
  };
}

export function progressView(result: WorkbookResult, assignments: Assignments): ProgressView {
  const deadlines = readDeadlines(result.info);
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    deadlines: deadlines.flatMap((d) =>
      d.date ? [{ label: d.label, dateText: `${pad(d.date.day)}/${pad(d.date.month)}/${d.date.year}`, ...d.date }] : [],
    ),
    deadlineProblems: deadlines
      .filter((d) => d.invalidText)
      .map((d) => PROGRESS_TEXT.deadlineInvalid(d.label, d.invalidText)),
    officials: progressByOfficial(result, assignments).map((p) => ({
      official: p.official,
      areas: p.areas,
      notEntered: p.counts.notEntered,
      errors: p.counts.error,
      noEvidence: p.counts.noEvidence,
      responsesDue: p.counts.responseDue,
    })),
  };
}

/** Criteria listed in the sidebar's rounds section (disputed first); the count of giải trình due is over all. */
export const MAX_ROUND_CRITERIA = 40;

export function roundsView(result: WorkbookResult): RoundsView | null {
  if (!result.appraisal && !result.appraisal1) return null;
  const extras = result.areas.some(isExtraArea);
  const rounds = criterionRounds(result);
  const disputedFirst = [...rounds.filter((c) => c.disputed), ...rounds.filter((c) => !c.disputed)];
  const listed = disputedFirst.slice(0, MAX_ROUND_CRITERIA);
  return {
    first: result.appraisal1 ? indexView(result.appraisal1.index, extras) : null,
    final: result.appraisal ? indexView(result.appraisal.index, extras) : null,
    criteria: listed.map((c) => ({
      code: c.code,
      title: c.title,
      areaCode: c.areaCode,
      selfText: formatPoints(c.self),
      firstText: formatPoints(c.first),
      finalText: formatPoints(c.final),
      disputed: c.disputed,
      response: c.response,
      sheet: c.sheet,
      cell: c.row === null ? null : `${letterOf('response')}${c.row}`,
    })),
    responsesDue: rounds.filter((c) => c.disputed && c.response === '').length,
  };
}

/** The view before the first Tính điểm: nothing read from the sheet, nothing scored. */
export function emptyDashboard(reportEnabled: boolean, catalogueNotice = ''): DashboardView {
  return {
    commune: '',
    year: '',
    catalogueNotice,
    scoredAt: null,
    index: null,
    appraisalIndex: null,
    areas: [],
    problems: [],
    errors: 0,
    warnings: 0,
    evidence: null,
    locked: false,
    reportEnabled,
    notice: '',
  };
}

/** Shrinks the problem list until the view's JSON fits the store's budget. */
export function fitForStorage(view: DashboardView, maxBytes = MAX_VALUE_BYTES): DashboardView {
  let out = view;
  while (utf8Length(JSON.stringify(out)) > maxBytes && out.problems.length > 0) {
    out = { ...out, problems: out.problems.slice(0, Math.floor(out.problems.length / 2)) };
  }
  return out;
}

export function storedDashboard(all: Record<string, string>): DashboardView | null {
  const v = readJson<DashboardView>(all, KEYS.dashboard);
  if (!v || typeof v !== 'object' || !Array.isArray(v.areas) || !Array.isArray(v.problems)) return null;
  return { ...v, notice: typeof v.notice === 'string' ? v.notice : '' }; // stored before notices existed
}

export function storedRunPoints(all: Record<string, string>): Record<string, number> | null {
  const v = readJson<Record<string, number>>(all, KEYS.lastRunPoints);
  return v && typeof v === 'object' ? v : null;
}
