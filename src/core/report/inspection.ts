/**
 * "Báo cáo kết quả tự kiểm tra công tác CCHC": the office's report to the Chairman after checking
 * the shared sheet — scope and method, findings per area (missing evidence, entries with errors,
 * targets not met, areas below last year, with the explanations given), a findings table, and
 * recommendations each with an owner (Phân công) and a deadline. Same blocks and renderers as the
 * year-end report.
 */
import { formatDateParts, formatPercent2, formatPoints } from '../format';
import { inspectionText as t, reportText } from '../text';
import { applicableLeaves } from './assessment';
import { body, col, heading, line, para, table } from './blocks';
import { reportContext, ReportInput, reportModel } from './buildReport';
import { officeName, planDateText, ReportContext } from './context';
import type { DateParts } from './dates';
import { headerBlock, titleLines } from './front';
import type { Block, ReportModel, TableRow } from './model';
import { behindTargets, ownerOf } from './periodic';
import { qualityNotice } from './quality';

/** Recommendations are due this many days after the report date. */
export const RECOMMENDATION_DAYS = 30;

function plusDays(d: DateParts, days: number): DateParts {
  const x = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return { year: x.getUTCFullYear(), month: x.getUTCMonth() + 1, day: x.getUTCDate() };
}

interface Finding {
  kind: 'evidence' | 'error' | 'behind';
  areaCode: string;
  code: string;
  /** The criterion's name in prose ('' where the finding is about a cell, not a criterion). */
  name: string;
  text: string;
  explanation: string;
}

function findings(ctx: ReportContext): Finding[] {
  const { result } = ctx;
  const byCode = new Map(result.criteria.map((c) => [c.code, c]));
  const out: Finding[] = [];
  for (const c of applicableLeaves(result)) {
    if (c.status !== 'scored' || c.evidenceLevel === 'evidence') continue;
    const text = c.evidenceLevel === 'explanation' ? t.kinds.onlyExplanation : t.kinds.noEvidence;
    out.push({
      kind: 'evidence',
      areaCode: c.areaCode,
      code: c.code,
      name: ctx.name(c),
      text,
      explanation: c.explanation || t.noExplanation,
    });
  }
  for (const p of result.problems) {
    if (p.severity !== 'error' || !p.areaCode) continue;
    out.push({
      kind: 'error',
      areaCode: p.areaCode,
      code: p.code ?? p.cell ?? '',
      name: '',
      text: t.kinds.error(p.message),
      explanation: (p.code && byCode.get(p.code)?.explanation) || t.noExplanation,
    });
  }
  for (const b of behindTargets(ctx)) {
    const c = byCode.get(b.line.code);
    out.push({
      kind: 'behind',
      areaCode: b.line.areaCode,
      code: b.line.code,
      name: b.line.name,
      text: t.kinds.behind(b.line.name, b.line.achieved, b.line.target),
      explanation: c?.explanation || t.noExplanation,
    });
  }
  const order = (f: Finding) => result.areas.findIndex((a) => a.code === f.areaCode);
  return out.sort((x, y) => order(x) - order(y));
}

function findingsSection(ctx: ReportContext, list: Finding[]): Block[] {
  const { result, comparison } = ctx;
  const out: Block[] = [heading(1, t.sectionFindings)];
  for (const a of result.areas) {
    if (a.missing) {
      out.push(body(t.areaMissing(a.code, a.title)));
      continue;
    }
    const count = (kind: Finding['kind']) => list.filter((f) => f.areaCode === a.code && f.kind === kind).length;
    const prev = comparison?.previousAreaPoints[a.code];
    const below = prev !== undefined && a.points < prev ? t.belowLastYear(formatPoints(prev)) : '';
    out.push(
      body(
        t.areaFinding(
          a.code,
          a.title,
          formatPercent2(a.percent),
          count('evidence'),
          count('error'),
          count('behind'),
          below,
        ),
      ),
    );
  }
  if (list.length === 0) return [...out, body(t.findingsNone)];
  const c = t.findingColumns;
  return [
    ...out,
    para('lead', t.findingsIntro),
    table(
      'findings',
      [col(c.no, 6, 'center'), col(c.code, 9, 'center'), col(c.finding, 50), col(c.explanation, 35)],
      list.map((f, i) => ({ cells: [String(i + 1), f.code, f.text, f.explanation] })),
    ),
  ];
}

function recommendations(ctx: ReportContext, list: Finding[]): TableRow[] {
  const { result, info } = ctx;
  const due = plusDays(info.reportDate, RECOMMENDATION_DAYS);
  const deadline = t.before(formatDateParts(due.year, due.month, due.day));
  const rows: string[][] = [];
  for (const a of result.areas) {
    const area = `${a.code}. ${a.title}`;
    const owner = ownerOf(ctx, a.code);
    if (a.missing) {
      rows.push([t.actions.restoreTab(area), owner, deadline]);
      continue;
    }
    const mine = (kind: Finding['kind']) => list.filter((f) => f.areaCode === a.code && f.kind === kind);
    const errors = mine('error').length;
    const noEvidence = mine('evidence').length;
    const behind = mine('behind');
    if (errors > 0) rows.push([t.actions.fixErrors(errors, area), owner, deadline]);
    if (noEvidence > 0) rows.push([t.actions.addEvidence(noEvidence, area), owner, deadline]);
    if (behind.length > 0) rows.push([t.actions.catchUp(behind), owner, deadline]);
  }
  return rows.map((r, i) => ({ cells: [String(i + 1), ...r] }));
}

export function buildInspectionReport(input: ReportInput): ReportModel {
  const { ctx, problems } = reportContext(input);
  const { result, info } = ctx;
  const list = findings(ctx);
  const recs = recommendations(ctx, list);
  const rc = t.recommendationColumns;
  const d = info.reportDate;
  const documentName = t.documentName(info.year, info.unit);
  const blocks: Block[] = [
    headerBlock(ctx),
    ...titleLines(t.subject(info.year)),
    para('addressee', t.addressee(info.unit)),
    ...qualityNotice(result),
    body(t.opening(t.planRef(info.planNumber, planDateText(ctx), info.year), officeName(ctx))),
    heading(1, t.sectionScope),
    body(t.scope(result.areas.length, applicableLeaves(result).length, formatDateParts(d.year, d.month, d.day))),
    body(t.method),
    ...findingsSection(ctx, list),
    heading(1, t.sectionRecommendations),
    ...(recs.length > 0
      ? [
          para('lead', t.recommendationsIntro(officeName(ctx), info.unit)),
          table(
            'recommendations',
            [col(rc.no, 6, 'center'), col(rc.action, 52), col(rc.owner, 24), col(rc.deadline, 18, 'center')],
            recs,
          ),
        ]
      : [body(t.recommendationsNone)]),
    body(t.closing(info.year, info.unit)),
    {
      kind: 'signature',
      left: [line('recipientsTitle', reportText.recipientsTitle), ...t.recipients.map((r) => line('recipients', r))],
      right: [line('signerTitle', t.signerTitle(info.unit)), line('signerRole', t.signerRole), line('signerName', '')],
    },
  ];
  return reportModel(ctx, documentName, blocks, problems);
}
