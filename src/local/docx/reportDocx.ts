/**
 * The offline report in one call, for the CLI's report commands and the demo: the scored workbook
 * (and its grids, for Phân công) → the report model and the .docx bytes.
 */
import type { WorkbookResult } from '../../core/pipeline';
import { assignmentsOf, buildAnyReport, ReportKind, ReportModel, vietnamDateOf } from '../../core/report';
import type { WorkbookGrids } from '../../core/workbook';
import { DocxOptions, renderReportDocx } from './renderDocx';

export interface ReportDocxInput extends DocxOptions {
  /** The workbook's grids: Phân công is read from them (else tasks go to each row's owner). */
  grids?: WorkbookGrids;
  /** "Now"; the report date is its calendar day in Việt Nam unless Thông tin chung gives one. */
  now: Date;
  /** The year-end summary unless said otherwise. */
  kind?: ReportKind;
}

export async function reportDocx(
  result: WorkbookResult,
  input: ReportDocxInput,
): Promise<{ model: ReportModel; buffer: Buffer }> {
  const assignments = input.grids ? assignmentsOf(input.grids) : {};
  const model = buildAnyReport(input.kind ?? 'year', {
    result,
    assignments,
    today: vietnamDateOf(input.now),
    grids: input.grids,
  });
  return { model, buffer: await renderReportDocx(model, { chart: input.chart }) };
}
