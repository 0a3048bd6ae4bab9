/**
 * The periodic CCHC report (quý I, 6 tháng đầu năm, 9 tháng đầu năm) in the outline provinces ask
 * for: I. chỉ đạo, điều hành; II. kết quả by area with figures; III. đánh giá chung (ưu điểm; tồn
 * tại, hạn chế; nguyên nhân); IV. phương hướng kỳ tới; V. đề xuất, kiến nghị; an annex with the
 * figures the criteria inputs hold. Figures are cumulative from the start of the year; the reporting
 * window follows Decree 09/2019/NĐ-CP (from 15/12 of the year before to the 14th of the period's
 * last month). Same blocks, same renderers as the year-end report.
 */
import type { Target } from '../catalog/types';
import { formatDateParts, formatNumber, formatPercent2, formatPoints, formatRatio } from '../format';
import type { CriterionResult, WorkbookResult } from '../pipeline';
import { PeriodKey, PERIOD_TEXT, periodicText as t, reportText } from '../text';
import type { WorkbookGrids } from '../workbook';
import { splitNames } from './assignments';
import { fullPointLeaves, applicableLeaves } from './assessment';
import { signatureBlock } from './back';
import { body, col, heading, para, table } from './blocks';
import { reportContext, ReportInput, reportModel } from './buildReport';
import { officeName, ReportContext } from './context';
import type { DateParts } from './dates';
import { headerBlock, titleLines } from './front';
import { previousFigures } from './history';
import type { Block, ReportModel, TableRow, TargetLine } from './model';
import { qualityNotice } from './quality';
import { directionSection } from './sections';
import { isLeaf } from './targets';

export type { PeriodKey };
export const PERIOD_KEYS: readonly PeriodKey[] = ['q1', 'h1', '9m'];

const dateText = (d: DateParts) => formatDateParts(d.year, d.month, d.day);

/** Last month of each period: the window ends on its 14th. */
const LAST_MONTH: Record<PeriodKey, number> = { q1: 3, h1: 6, '9m': 9 };

export function periodWindow(period: PeriodKey, year: number): { from: DateParts; to: DateParts } {
  return { from: { year: year - 1, month: 12, day: 15 }, to: { year, month: LAST_MONTH[period], day: 14 } };
}

/**
 * A periodic report is written once its data are closed (the window's last day) and is due soon after:
 * the Bộ Nội vụ's guidance closes data on the 14th of the period's last month and asks for the
 * province's report by the 20th, so a commune's comes earlier. Any day from the closing day to the
 * 15th of the next month is taken as the office's own date for this period (Ngày báo cáo in Thông tin
 * chung, else today); another date (the year-end report's, say) gives way to the day after closing.
 */
export function periodicReportDate(
  period: PeriodKey,
  year: number,
  stated: DateParts | null,
  today: DateParts,
): { date: DateParts; moved: boolean } {
  const { to } = periodWindow(period, year);
  const first = dayNumber(to);
  const last = dayNumber({ year, month: LAST_MONTH[period] + 1, day: 15 });
  const fits = (d: DateParts | null): d is DateParts => d !== null && dayNumber(d) >= first && dayNumber(d) <= last;
  if (fits(stated)) return { date: stated, moved: false };
  const date = fits(today) ? today : { ...to, day: to.day + 1 };
  return { date, moved: stated !== null };
}

const dayNumber = (d: DateParts) => Date.UTC(d.year, d.month - 1, d.day) / 86_400_000;

export interface PeriodicInput extends ReportInput {
  period: PeriodKey;
  /** The workbook's grids, for Chốt số liệu / Nhật ký (the comparison); without them there is none. */
  grids?: WorkbookGrids;
}

/** Explanations quoted in "Nguyên nhân" (the criteria that lost the most points). */
const MAX_CAUSES = 5;

/** Who answers for an area: Phân công, else the owners typed on its rows. */
export function ownerOf(ctx: ReportContext, areaCode: string, c?: CriterionResult): string {
  const names = splitNames(ctx.assignments[areaCode] ?? '');
  if (names.length > 0) return names.join(', ');
  return c?.owner || t.unassigned;
}

/** How far a ratio or count is from its target, as a count ("còn 33"); '' when it cannot be said. */
function gapText(c: CriterionResult | undefined, target: Target | undefined): string {
  if (!c || !target || target.kind !== 'condition') return '';
  const { op, value } = target.condition;
  if (target.unit === 'percent') {
    if (c.a === null || c.b === null) return '';
    const needed = op === '>' ? Math.floor((value * c.b) / 100) + 1 : Math.ceil((value * c.b) / 100 - 1e-9);
    return (op === '>=' || op === '>' || op === '=') && needed > c.a ? t.gapCount(formatNumber(needed - c.a)) : '';
  }
  const n = /^\d+$/.test(c.valueText) ? Number(c.valueText) : null;
  if (n === null) return '';
  if (op === '<=' && n > value) return t.gapCount(formatNumber(n - value));
  if (op === '>=' && n < value) return t.gapCount(formatNumber(value - n));
  return '';
}

/** Targets that are not met (or have no figure yet), with the gap and the official responsible. */
export function behindTargets(ctx: ReportContext): { line: TargetLine; gap: string; owner: string }[] {
  const byCode = new Map(ctx.result.criteria.map((c) => [c.code, c]));
  return ctx.targets
    .filter((x) => x.verdict === 'notMet' || x.verdict === 'noData')
    .map((line) => {
      const c = byCode.get(line.code);
      return {
        line,
        gap: gapText(c, ctx.result.catalogue.byCode.get(line.code)?.target),
        owner: ownerOf(ctx, line.areaCode, c),
      };
    });
}

function resultsSection(ctx: ReportContext, input: PeriodicInput): Block[] {
  const { result, info } = ctx;
  const behind = behindTargets(ctx);
  const out: Block[] = [heading(1, t.sectionResults)];
  for (const a of result.areas) {
    if (a.missing) {
      out.push(body(`${a.code}. ${a.title}: ${t.areaMissing}`));
      continue;
    }
    const full = fullPointLeaves(result, a.code).length;
    const applicable = applicableLeaves(result).filter((c) => c.areaCode === a.code).length;
    const lag = behind.filter((b) => b.line.areaCode === a.code).length;
    out.push(
      body(
        `${t.areaLine(a.code, a.title, formatPoints(a.points), formatPoints(a.applicableMax), formatPercent2(a.percent))} ${t.areaExtra(full, applicable, lag)}`,
      ),
    );
  }
  const idx = result.index;
  out.push(body(t.indexLine(formatPoints(idx.points), formatPoints(idx.applicableMax), formatPercent2(idx.percent))));
  const prev = input.grids ? previousFigures(input.grids, info.year, info.reportDate) : null;
  if (prev) {
    const diff = idx.points - prev.points;
    out.push(
      body(
        t.compare(
          dateText(prev.date),
          formatPoints(prev.points),
          prev.percent === null ? '' : formatPercent2(prev.percent),
          t.diff(Math.sign(diff), formatPoints(Math.abs(diff))),
        ),
      ),
    );
  } else out.push(body(t.compareNone));
  if (behind.length === 0) out.push(body(t.behindNone));
  else {
    const c = t.behindColumns;
    out.push(
      para('lead', t.behindIntro(behind.length)),
      table(
        'behind',
        [
          col(c.code, 8, 'center'),
          col(c.title, 34),
          col(c.achieved, 16, 'center'),
          col(c.target, 12, 'center'),
          col(c.gap, 12, 'center'),
          col(c.owner, 18),
        ],
        behind.map((b) => ({
          cells: [
            b.line.code,
            b.line.name,
            b.line.detail ? `${b.line.achieved} (${b.line.detail})` : b.line.achieved,
            b.line.target,
            b.gap,
            b.owner,
          ],
        })),
      ),
    );
  }
  return out;
}

function assessmentSection(ctx: ReportContext): Block[] {
  const { result, targets, shortcomings, gaps } = ctx;
  const judged = targets.filter((x) => x.verdict === 'met' || x.verdict === 'notMet' || x.verdict === 'noData');
  const strong = result.areas.filter((a) => !a.missing && a.applicableMax > 0 && a.percent >= 9000);
  // The explanations of the criteria that lost the most points, as clauses of one sentence (their own
  // semicolons become commas: no nested semicolons).
  const given = ctx.result.criteria.filter((c) => c.explanation).map((c) => c.code);
  const causes = shortcomings
    .filter((s) => given.includes(s.code))
    .slice(0, MAX_CAUSES)
    .map(
      (s) =>
        `${s.code} ${ctx.name(s)}: ${s.cause
          .trim()
          .replace(/[.;]+$/, '')
          .replace(/;\s*/g, ', ')}`,
    );
  return [
    heading(1, t.sectionAssessment),
    heading(2, t.strengthsTitle),
    body(
      t.strengths(
        fullPointLeaves(result).length,
        applicableLeaves(result).length,
        judged.filter((x) => x.verdict === 'met').length,
        judged.length,
      ),
    ),
    ...(strong.length > 0
      ? [body(t.strongAreas(strong.map((a) => `${a.code}. ${a.title} (${formatPercent2(a.percent)})`)))]
      : []),
    heading(2, t.weaknessesTitle),
    body(t.weaknesses(shortcomings.length, gaps.filter((g) => g.level === 'none').length)),
    heading(2, t.causesTitle),
    body(causes.length > 0 ? t.causes(causes) : t.causesNone),
  ];
}

function nextSection(ctx: ReportContext, period: PeriodKey): Block[] {
  const next = PERIOD_TEXT[period].next;
  const c = reportText.taskColumns;
  const out: Block[] = [heading(1, t.sectionNext(next))];
  if (ctx.tasks.length > 0) {
    out.push(
      para('lead', t.nextIntro(next)),
      table(
        'tasks',
        [col(c.no, 6, 'center'), col(c.task, 56), col(c.assignee, 24), col(c.recoverable, 14, 'center')],
        ctx.tasks.map((x, i) => ({
          cells: [String(i + 1), x.text, x.assignee || reportText.unassigned, formatPoints(x.recoverable)],
        })),
      ),
    );
  }
  out.push(body(t.nextGeneral(officeName(ctx), ctx.info.unit)));
  return out;
}

/** The annex: every criterion with an entry, with the counts behind it. */
function dataRows(result: WorkbookResult): TableRow[] {
  return result.criteria
    .filter((c) => isLeaf(c) && c.status !== 'unscored')
    .map((c) => ({
      cells: [
        c.code,
        c.title,
        c.a === null ? '' : formatNumber(c.a),
        c.b === null ? '' : formatNumber(c.b),
        c.status === 'na' ? reportText.naShort : c.ratio !== null ? formatRatio(c.ratio) : c.valueText,
      ],
    }));
}

export function buildPeriodicReport(input: PeriodicInput): ReportModel {
  const { period } = input;
  const base = reportContext({ ...input, asOf: (year) => t.asOf(dateText(periodWindow(period, year).to)) });
  const stated = base.ctx.info.statedReportDate;
  const dated = periodicReportDate(period, base.ctx.info.year, stated, input.today);
  const ctx: ReportContext = { ...base.ctx, info: { ...base.ctx.info, reportDate: dated.date } };
  const dateNote = dated.moved && stated ? t.dateMoved(period, dateText(stated), dateText(dated.date)) : null;
  const problems = dateNote ? [...base.problems, dateNote] : base.problems;
  const { result, info } = ctx;
  const window = periodWindow(period, info.year);
  const [from, to] = [dateText(window.from), dateText(window.to)];
  const documentName = t.documentName(period, info.year, info.unit);
  const proposals = info.proposals.length > 0 ? info.proposals.map((p) => body(p)) : [body(reportText.proposalsNone)];
  const rows = dataRows(result);
  const c = t.dataColumns;
  const blocks: Block[] = [
    headerBlock(ctx),
    ...titleLines(t.subject(period, info.year)),
    ...qualityNotice(result),
    body(t.dataPeriod(from, to)),
    body(t.opening(info.unit)),
    ...directionSection(ctx),
    ...resultsSection(ctx, input),
    ...assessmentSection(ctx),
    ...nextSection(ctx, period),
    heading(1, t.sectionProposals),
    ...proposals,
    body(t.closing(period, info.year, info.unit)),
    signatureBlock(ctx),
    { kind: 'pageBreak' },
    para('appendixTitle', t.appendixTitle),
    para('appendixTitle', t.appendixSubject(period, info.year)),
    para('appendixNote', t.appendixNote(from, to)),
    rows.length > 0
      ? table(
          'data',
          [
            col(c.code, 8, 'center'),
            col(c.title, 50),
            col(c.a, 13, 'center'),
            col(c.b, 13, 'center'),
            col(c.value, 16, 'center'),
          ],
          rows,
        )
      : body(t.dataNone),
    para('tableNote', reportText.appendixNote(result.catalogue.notice)),
  ];
  const model = reportModel(ctx, documentName, blocks, problems);
  return { ...model, summary: { ...model.summary, dateNote } };
}
