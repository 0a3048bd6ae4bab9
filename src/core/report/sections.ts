/** Sections I–VI of the report. Variable-length lists are tables (one call each in Google Docs). */
import { selfAssessmentLines } from '../cycle/selfAssessmentTable';
import { formatPercent2, formatPoints } from '../format';
import type { AreaResult, CriterionResult } from '../pipeline';
import { isExtraArea } from '../score';
import { EXTRA_TEXT as X, reportText as t } from '../text';
import { splitNames } from './assignments';
import { applicableLeaves, fullPointLeaves } from './assessment';
import { body, bold, col, heading, para, table } from './blocks';
import { evidenceText } from './evidenceLink';
import { officeName, planDateText, ReportContext } from './context';
import type { Block, TableRow } from './model';

const ref = (ctx: ReportContext, c: { code: string; title: string }) => t.criterionRef(c.code, ctx.name(c));

/**
 * A criterion named by what was achieved: a count whose full marks mean none happened ("CBCC bị kỷ
 * luật…" at 0) reads "Không có CBCC bị kỷ luật…" in the list of full-mark criteria.
 */
const achievedRef = (ctx: ReportContext, c: CriterionResult) =>
  c.kind === 'count' && c.valueText.trim() === '0' ? t.criterionRef(c.code, t.noneOf(ctx.name(c))) : ref(ctx, c);

export function directionSection(ctx: ReportContext): Block[] {
  const { result, info, assignments } = ctx;
  const parts = result.areas.flatMap((a) => {
    const owners = [...new Set(result.criteria.filter((c) => c.areaCode === a.code && c.owner).map((c) => c.owner))];
    const assigned = splitNames(assignments[a.code] ?? '');
    const names = assigned.length > 0 ? assigned : owners;
    return names.length > 0 ? [t.assignmentPart(a.code, a.title, names)] : [];
  });
  return [
    heading(1, t.sectionDirection),
    body(t.directionPlan(t.planRef(info.planNumber, planDateText(ctx), info.year), info.year, info.unit)),
    ...(parts.length > 0 ? [body(t.directionAssignments(parts))] : []),
    body(t.directionSelfCheck(result.catalogue.name, officeName(ctx))),
  ];
}

function areaSummary(ctx: ReportContext, a: AreaResult): Block[] {
  const leaves = ctx.result.criteria.filter((c) => c.areaCode === a.code && c.kind !== 'group' && c.kind !== 'retired');
  const applicable = applicableLeaves(ctx.result).filter((c) => c.areaCode === a.code);
  const full = fullPointLeaves(ctx.result, a.code);
  const na = leaves.filter((c) => c.status === 'na');
  const naPoints = a.max - a.applicableMax;
  // One paragraph per area: the result, then what reached full marks, then what did not arise.
  const sentences = [
    t.areaResult(
      formatPoints(a.points),
      formatPoints(a.applicableMax),
      formatPercent2(a.percent),
      formatPoints(a.max),
      naPoints > 0 ? formatPoints(naPoints) : '',
    ),
  ];
  if (a.missing) sentences.push(t.areaMissing);
  else {
    sentences.push(
      t.areaFull(
        full.length,
        applicable.length,
        full.map((c) => achievedRef(ctx, c)),
      ),
    );
    if (na.length > 0) sentences.push(t.areaNa(na.map((c) => ref(ctx, c))));
  }
  return [heading(2, t.areaHeading(a.code, a.title)), body(sentences.join(' '))];
}

/** Every plan target in ONE table (one Docs call however many areas have targets). */
function targetsTable(ctx: ReportContext): Block[] {
  if (ctx.targets.length === 0) return [];
  const c = t.targetColumns;
  return [
    para('lead', t.areaTargetsIntro),
    table(
      'targets',
      [
        col(c.code, 8, 'center'),
        col(c.title, 44),
        col(c.target, 14, 'center'),
        col(c.achieved, 20, 'center'),
        col(c.verdict, 14, 'center'),
      ],
      ctx.targets.map((x) => ({
        cells: [x.code, x.name, x.target, x.detail ? `${x.achieved} (${x.detail})` : x.achieved, x.verdictText],
      })),
    ),
  ];
}

export function areasSection(ctx: ReportContext): Block[] {
  return [heading(1, t.sectionAreas), ...ctx.result.areas.flatMap((a) => areaSummary(ctx, a)), ...targetsTable(ctx)];
}

function areaTable(ctx: ReportContext): Block[] {
  const { result, comparison } = ctx;
  const c = t.areaColumns;
  const appraisal = result.appraisal;
  const previous = comparison && Object.keys(comparison.previousAreaPoints).length > 0 ? comparison : null;
  const star = (max: number, applicable: number) => formatPoints(applicable) + (applicable < max ? ' (*)' : '');
  const row = (
    no: string,
    title: string,
    s: { points: number; max: number; applicableMax: number; percent: number },
    code: string | null,
  ): string[] => {
    const cells = [no, title, star(s.max, s.applicableMax), formatPoints(s.points), formatPercent2(s.percent)];
    if (appraisal) {
      const ap = code === null ? appraisal.index : appraisal.areas.find((x) => x.code === code);
      cells.push(ap ? formatPoints(ap.points) : '');
    }
    if (previous) {
      const prev =
        code === null
          ? sumKnown(
              previous.previousAreaPoints,
              result.areas.map((a) => a.code),
            )
          : previous.previousAreaPoints[code];
      cells.push(
        prev === undefined ? '' : formatPoints(prev),
        prev === undefined ? '' : t.signed(formatPoints(Math.abs(s.points - prev)), Math.sign(s.points - prev)),
      );
    }
    return cells;
  };
  const columns = [
    col(c.no, 6, 'center'),
    col(c.area, 38),
    col(c.max, 12, 'center'),
    col(c.points, 14, 'center'),
    col(c.percent, 12, 'center'),
  ];
  if (appraisal) columns.push(col(c.appraisal, 12, 'center'));
  if (previous) columns.push(col(c.previous(previous.previousYear), 12, 'center'), col(c.change, 12, 'center'));
  const rows: TableRow[] = result.areas.map((a) => ({ cells: row(a.code, a.title, a, a.code) }));
  rows.push({ cells: row('', t.total, result.index, null), bold: true });
  const out: Block[] = [para('lead', t.areaTableIntro), table('areas', columns, rows)];
  const { max, applicableMax } = result.index;
  const naCodes = result.criteria
    .filter((c) => c.status === 'na' && c.kind !== 'group' && c.kind !== 'retired')
    .map((c) => c.code);
  if (applicableMax < max)
    out.push(
      para(
        'tableNote',
        t.naMarkNote(formatPoints(max), formatPoints(max - applicableMax), naCodes, formatPoints(applicableMax)),
      ),
    );
  return out;
}

/** Sum of last year's area points when every area is known (else undefined: no total shown). */
function sumKnown(points: Record<string, number>, codes: string[]): number | undefined {
  return codes.every((c) => c in points) ? codes.reduce((s, c) => s + points[c], 0) : undefined;
}

export function indexSection(ctx: ReportContext): Block[] {
  const { result, info, comparison } = ctx;
  const idx = result.index;
  const out: Block[] = [
    heading(1, t.sectionIndex(info.year)),
    body(
      t.indexPoints(formatPoints(idx.points), formatPoints(idx.applicableMax), formatPoints(idx.max)),
      t.indexPercentLead,
      bold(formatPercent2(idx.percent)),
      t.indexGroup(idx.group),
      t.indexRatingLead,
      idx.rating ? bold(idx.rating) : t.indexNoRating,
      '.',
    ),
  ];
  if (idx.heldDownBy.length > 0) out.push(body(t.indexHeldDown(idx.heldDownBy)));
  // Bonus and penalty lie outside the maximum; survey points come from the province, not the unit.
  if (result.areas.some(isExtraArea))
    out.push(body(X.reportExtras(formatPoints(idx.bonus), formatPoints(idx.penalty))));
  for (const a of result.areas.filter((x) => x.role === 'survey')) out.push(body(X.surveySource(a.title)));
  if (result.appraisal) {
    const ap = result.appraisal.index;
    out.push(
      body(
        t.indexAppraisal(
          formatPoints(ap.points),
          formatPoints(ap.applicableMax),
          formatPercent2(ap.percent),
          ap.rating,
        ),
      ),
    );
  }
  out.push(...areaTable(ctx), { kind: 'chart', caption: t.chartCaption });
  if (comparison && comparison.text) out.push(body(comparison.text));
  return out;
}

export function assessmentSection(ctx: ReportContext): Block[] {
  const { result, targets, shortcomings, gaps } = ctx;
  const fullAreas = result.areas.filter((a) => a.applicableMax > 0 && a.points === a.applicableMax);
  const highAreas = result.areas.filter((a) => a.applicableMax > 0 && a.points < a.applicableMax && a.percent >= 9000);
  const withPercent = (a: AreaResult) => t.areaWithPercent(a.code, a.title, formatPercent2(a.percent));
  const judged = targets.filter((x) => x.verdict === 'met' || x.verdict === 'notMet' || x.verdict === 'noData');
  const out: Block[] = [heading(1, t.sectionAssessment), heading(2, t.strengthsHeading)];
  if (fullAreas.length > 0) out.push(body(t.strengthsFullAreas(fullAreas.map(withPercent))));
  if (highAreas.length > 0) out.push(body(t.strengthsHighAreas(highAreas.map(withPercent))));
  out.push(
    body(
      t.strengthsCounts(
        fullPointLeaves(result).length,
        applicableLeaves(result).length,
        judged.filter((x) => x.verdict === 'met').length,
        judged.length,
      ),
    ),
    heading(2, t.shortcomingsHeading),
  );
  if (shortcomings.length === 0) out.push(body(t.shortcomingsNone));
  else {
    const c = t.shortcomingColumns;
    const lost = shortcomings.reduce((s, x) => s + x.lost, 0);
    out.push(
      para('lead', t.shortcomingsIntro(shortcomings.length, formatPoints(lost))),
      table(
        'shortcomings',
        [
          col(c.no, 6, 'center'),
          col(c.code, 8, 'center'),
          col(c.title, 34),
          col(c.points, 12, 'center'),
          col(c.lost, 10, 'center'),
          col(c.cause, 30),
        ],
        shortcomings.map((s, i) => ({
          cells: [
            String(i + 1),
            s.code,
            ctx.name(s),
            `${formatPoints(s.points)}/${formatPoints(s.max)}`,
            formatPoints(s.lost),
            s.cause,
          ],
        })),
      ),
    );
  }
  const missed = targets.filter((x) => x.verdict === 'notMet' || x.verdict === 'noData');
  if (missed.length > 0)
    out.push(body(t.targetsMissed(missed.map((x) => t.targetMissed(x.code, x.achieved, x.target)))));
  out.push(
    body(
      gaps.length > 0
        ? t.evidenceGaps(gaps.map((g) => `${ref(ctx, g)} (${t.evidenceGapLevel[g.level]})`))
        : t.evidenceComplete,
    ),
  );
  return out;
}

export function tasksSection(ctx: ReportContext): Block[] {
  const { info, tasks } = ctx;
  const next = info.year + 1;
  const out: Block[] = [heading(1, t.sectionTasks(next))];
  if (tasks.length === 0) out.push(body(t.tasksNone(next)));
  else {
    const c = t.taskColumns;
    out.push(
      para('lead', t.tasksIntro(info.year, next)),
      table(
        'tasks',
        [col(c.no, 6, 'center'), col(c.task, 56), col(c.assignee, 24), col(c.recoverable, 14, 'center')],
        tasks.map((x, i) => ({
          cells: [String(i + 1), x.text, x.assignee || t.unassigned, formatPoints(x.recoverable)],
        })),
      ),
    );
  }
  out.push(body(t.tasksGeneral(next, officeName(ctx), ctx.info.unit)));
  return out;
}

export function proposalsSection(ctx: ReportContext): Block[] {
  const { info } = ctx;
  return [
    heading(1, t.sectionProposals),
    ...(info.proposals.length > 0 ? info.proposals.map((p) => body(p)) : [body(t.proposalsNone)]),
    body(t.closing(info.year, info.unit)),
  ];
}

/**
 * Every criterion of the catalogue in order, for the appendix: the lines of the self-assessment
 * table (cycle/selfAssessmentTable.ts), with the appraisal column when the office entered one.
 */
export function appendixRows(ctx: ReportContext): TableRow[] {
  const withAppraisal = ctx.result.appraisal !== null;
  const pts = (m: number | null) => (m === null ? '' : formatPoints(m));
  return selfAssessmentLines(ctx.result).map((l) => {
    const leaf = l.kind === 'criterion';
    const title = l.kind === 'area' ? l.title.toUpperCase() : l.kind === 'total' ? t.total : l.title;
    const points = l.points === null ? t.naShort : formatPoints(l.points);
    const shown = evidenceText(l.evidence);
    const evidence = leaf ? shown.text || (l.points === null ? '' : t.noEvidence) : '';
    const cells = [
      l.code,
      title,
      formatPoints(l.max),
      points,
      ...(withAppraisal ? [pts(l.appraisal)] : []),
      evidence,
      l.explanation,
    ];
    const links = leaf && shown.url ? { links: { [cells.length - 2]: shown.url } } : {};
    // Area rows stand out by their upper-case titles; only the total is bold (each bold row costs Docs calls).
    return l.kind === 'total' ? { cells, bold: true } : { cells, ...links };
  });
}
