/**
 * The yearly cycle in the report: "Kết quả thẩm định" (in III, when the office entered the district's
 * points) — per area self vs appraisal, and the criteria where the district gave fewer points and how
 * many — and "Tài liệu kiểm chứng" (in IV) — criteria with evidence / an explanation only / nothing.
 */
import { appraisalGaps, areaRounds, criterionRounds, indexRounds } from '../cycle/appraisal';
import { evidenceCompleteness, EvidenceCount } from '../cycle/evidence';
import { formatPercent2, formatPoints, formatRatio } from '../format';
import { CYCLE_REPORT_TEXT as T, reportText as t } from '../text';
import { body, col, heading, para, table } from './blocks';
import type { ReportContext } from './context';
import type { Block, ReportRounds, TableRow, TotalRound } from './model';
import type { WorkbookResult } from '../pipeline';
import type { IndexScore } from '../score';

export function appraisalSection(ctx: ReportContext): Block[] {
  const { result } = ctx;
  const appraisal = result.appraisal;
  if (!appraisal) return [];
  const gaps = appraisalGaps(result);
  const lost = gaps.reduce((s, g) => s + g.lost, 0);
  const selfPct = formatPercent2(result.index.percent);
  const apPct = formatPercent2(appraisal.index.percent);
  const out: Block[] = [
    heading(2, T.appraisalHeading),
    body(
      gaps.length > 0
        ? T.appraisalLower(gaps.length, formatPoints(lost), selfPct, apPct)
        : T.appraisalEqual(selfPct, apPct),
    ),
  ];

  const c = T.appraisalAreaColumns;
  const row = (no: string, title: string, self: number, ap: number, count: number, bold = false): TableRow => ({
    cells: [
      no,
      title,
      formatPoints(self),
      formatPoints(ap),
      t.signed(formatPoints(Math.abs(ap - self)), Math.sign(ap - self)),
      String(count),
    ],
    ...(bold ? { bold } : {}),
  });
  const rows = result.areas.map((a) => {
    const ap = appraisal.areas.find((x) => x.code === a.code);
    return row(a.code, a.title, a.points, ap ? ap.points : a.points, gaps.filter((g) => g.areaCode === a.code).length);
  });
  rows.push(row('', T.total, result.index.points, appraisal.index.points, gaps.length, true));
  out.push(
    para('lead', T.appraisalAreasIntro),
    table(
      'appraisal-areas',
      [
        col(c.no, 6, 'center'),
        col(c.area, 38),
        col(c.self, 14, 'center'),
        col(c.appraisal, 14, 'center'),
        col(c.difference, 14, 'center'),
        col(c.criteria, 14, 'center'),
      ],
      rows,
    ),
  );
  if (gaps.length > 0) {
    const g = T.appraisalGapColumns;
    out.push(
      para('lead', T.appraisalGapsIntro),
      table(
        'appraisal-gaps',
        [
          col(g.no, 5, 'center'),
          col(g.code, 7, 'center'),
          col(g.title, 34),
          col(g.self, 10, 'center'),
          col(g.appraisal, 10, 'center'),
          col(g.lost, 10, 'center'),
          col(g.note, 24),
        ],
        gaps.map((x, i) => ({
          cells: [
            String(i + 1),
            x.code,
            x.title,
            formatPoints(x.self),
            formatPoints(x.appraisal),
            formatPoints(x.lost),
            x.note || T.appraisalNoNote,
          ],
        })),
      ),
    );
  }
  return out;
}

export function evidenceSection(ctx: ReportContext): Block[] {
  const { overall, areas } = evidenceCompleteness(ctx.result);
  const c = T.evidenceColumns;
  const cells = (e: EvidenceCount) => [
    String(e.total),
    String(e.withEvidence),
    String(e.explanationOnly),
    String(e.none),
    formatRatio(e.completePercent),
  ];
  const rows: TableRow[] = areas.map((e) => {
    const a = ctx.result.areas.find((x) => x.code === e.areaCode)!;
    return { cells: [a.code, a.title, ...cells(e)] };
  });
  rows.push({ cells: ['', T.total, ...cells(overall)], bold: true });
  return [
    heading(2, T.evidenceHeading),
    para(
      'lead',
      T.evidenceSummary(
        overall.total,
        overall.withEvidence,
        overall.explanationOnly,
        overall.none,
        formatRatio(overall.completePercent),
      ),
    ),
    table(
      'evidence',
      [
        col(c.no, 6, 'center'),
        col(c.area, 34),
        col(c.total, 11, 'center'),
        col(c.withEvidence, 12, 'center'),
        col(c.explanationOnly, 13, 'center'),
        col(c.none, 10, 'center'),
        col(c.complete, 14, 'center'),
      ],
      rows,
    ),
  ];
}

/** The rounds as model data (rendering is the renderers' choice); null without any appraisal. */
export function reportRounds(result: WorkbookResult): ReportRounds | null {
  if (!result.appraisal && !result.appraisal1) return null;
  const rounds = indexRounds(result);
  const total = (i: IndexScore | null): TotalRound | null =>
    i ? { points: i.points, percent: i.percent, rating: i.rating } : null;
  return {
    index: { self: total(rounds.self)!, first: total(rounds.first), final: total(rounds.final) },
    areas: result.areas.map((a) => ({ code: a.code, title: a.title, ...areaRounds(result, a.code) })),
    criteria: criterionRounds(result),
  };
}
