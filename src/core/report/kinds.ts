/** Every report kind by one key, so that the CLI, the Sheets commands and the bench build them alike. */
import type { WorkbookGrids } from '../workbook';
import { buildReport, ReportInput } from './buildReport';
import { buildInspectionReport } from './inspection';
import type { ReportModel } from './model';
import { buildPeriodicReport, PeriodKey } from './periodic';

export type ReportKind = 'year' | PeriodKey | 'inspection';
export const REPORT_KINDS: readonly ReportKind[] = ['year', 'q1', 'h1', '9m', 'inspection'];

export function buildAnyReport(kind: ReportKind, input: ReportInput & { grids?: WorkbookGrids }): ReportModel {
  if (kind === 'year') return buildReport(input);
  if (kind === 'inspection') return buildInspectionReport(input);
  return buildPeriodicReport({ ...input, period: kind });
}
