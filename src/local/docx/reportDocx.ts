/**
 * The offline report in one call, for the CLI's `report` command and the demo: the scored workbook
 * (and its grids, for Phân công) → the report model and the .docx bytes.
 */
import type { WorkbookResult } from '../../core/pipeline';
import { assignmentsOf, buildReport, ReportModel, vietnamDateOf } from '../../core/report';
import type { WorkbookGrids } from '../../core/workbook';
import { DocxOptions, renderReportDocx } from './renderDocx';

export interface ReportDocxInput extends DocxOptions {
  /** The workbook's grids: Phân công is read from them (else tasks go to each row's owner). */
  grids?: WorkbookGrids;
  /** "Now"; the report date is its calendar day in Việt Nam unless Thông tin chung gives one. */
  now: Date;
}

export async function reportDocx(result: WorkbookResult, input: ReportDocxInput): Promise<{ model: ReportModel; buffer: Buffer }> {
  const model = buildReport({ result, assignments: input.grids ? assignmentsOf(input.grids) : {}, today: vietnamDateOf(input.now) });
  return { model, buffer: await renderReportDocx(model, { chart: input.chart }) };
}
