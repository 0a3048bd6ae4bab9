/**
 * The year-end conference report, from the scored workbook: a plain ReportModel that the Google Docs
 * and .docx renderers lay out the same way. Pure: "today" is passed in.
 */
import { DEFAULT_CATALOGUE } from '../catalog/defaultCatalogue';
import { proseNamer } from '../catalog/shortName';
import type { CatalogueSpec } from '../catalog/types';
import { formatPercent2, formatPoints } from '../format';
import type { WorkbookResult } from '../pipeline';
import { reportText as t } from '../text';
import { evidenceGaps, shortcomings } from './assessment';
import type { Assignments } from './assignments';
import { appendixBlocks, signatureBlock } from './back';
import { compareWithLastYear } from './comparison';
import { appraisalSection, evidenceSection, reportRounds } from './cycle';
import type { ReportContext } from './context';
import type { DateParts } from './dates';
import { headerBlock, titleBlocks } from './front';
import { readReportInfo } from './info';
import type { Block, ReportModel } from './model';
import {
  areasSection,
  assessmentSection,
  directionSection,
  indexSection,
  proposalsSection,
  tasksSection,
} from './sections';
import { targetLines } from './targets';
import { nextYearTasks } from './tasks';
import { headerMark, qualityNotice, qualityWarning } from './quality';

export interface ReportInput {
  result: WorkbookResult;
  /** Area code → officials' names, from Phân công (readAssignments). */
  assignments?: Assignments;
  /** The calendar day in Việt Nam (vietnamDateOf(new Date())), used when Ngày báo cáo is empty. */
  today: DateParts;
  /** The catalogue the shell knows besides the bundled one (an imported one), for criteria's short names. */
  catalogue?: CatalogueSpec;
  /** When the figures were reached, as the tasks quote them; default: the report's year ("năm 2023"). */
  asOf?: (year: number) => string;
}

/** Everything every report kind is written from, computed once; `problems` are Thông tin chung's faults. */
export function reportContext(input: ReportInput): { ctx: ReportContext; problems: string[] } {
  const { result } = input;
  const { info, problems } = readReportInfo(result.info, input.today);
  const assignments = input.assignments ?? {};
  const lost = shortcomings(result);
  const name = proseNamer(input.catalogue ? [input.catalogue, DEFAULT_CATALOGUE] : [DEFAULT_CATALOGUE]);
  const ctx: ReportContext = {
    name,
    result,
    info,
    assignments,
    targets: targetLines(result, name),
    shortcomings: lost,
    tasks: nextYearTasks(result, lost, assignments, input.asOf?.(info.year) ?? t.tasks.asOfYear(info.year), name),
    gaps: evidenceGaps(result),
    comparison: compareWithLastYear(result, info),
  };
  return { ctx, problems };
}

export function buildReport(input: ReportInput): ReportModel {
  const { ctx, problems } = reportContext(input);
  const { result, info } = ctx;
  const documentName = t.documentName(info.year, info.unit);
  const blocks = [
    headerBlock(ctx),
    ...titleBlocks(ctx),
    ...qualityNotice(result),
    ...directionSection(ctx),
    ...areasSection(ctx),
    ...indexSection(ctx),
    ...appraisalSection(ctx),
    ...assessmentSection(ctx),
    ...evidenceSection(ctx),
    ...tasksSection(ctx),
    ...proposalsSection(ctx),
    signatureBlock(ctx),
    ...appendixBlocks(ctx),
  ];
  return reportModel(ctx, documentName, blocks, problems);
}

/** The model around the blocks: the structured figures and the summary the shells show. */
export function reportModel(
  ctx: ReportContext,
  documentName: string,
  blocks: Block[],
  problems: string[],
): ReportModel {
  const { result, info } = ctx;
  const judged = ctx.targets.filter((x) => x.verdict === 'met' || x.verdict === 'notMet' || x.verdict === 'noData');
  return {
    documentName,
    blocks,
    headerMark: headerMark(result),
    rounds: reportRounds(result),
    targets: ctx.targets,
    shortcomings: ctx.shortcomings,
    tasks: ctx.tasks,
    evidenceGaps: ctx.gaps,
    comparison: ctx.comparison,
    summary: {
      documentName,
      year: info.year,
      commune: info.commune,
      unit: info.unit,
      pointsText: `${formatPoints(result.index.points)}/${formatPoints(result.index.applicableMax)}`,
      percentText: formatPercent2(result.index.percent),
      group: result.index.group,
      rating: result.index.rating,
      shortcomings: ctx.shortcomings.length,
      tasks: ctx.tasks.length,
      targetsMet: judged.filter((x) => x.verdict === 'met').length,
      targetsTotal: judged.length,
      problems,
      warning: qualityWarning(result),
    },
  };
}
