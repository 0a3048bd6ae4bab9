/** Everything the sections are written from, computed once. */
import type { WorkbookResult } from '../pipeline';
import type { Assignments } from './assignments';
import type { ReportInfo } from './info';
import type { Comparison, EvidenceGap, Shortcoming, TargetLine, Task } from './model';
import { formatDateParts } from '../format';

export interface ReportContext {
  result: WorkbookResult;
  info: ReportInfo;
  assignments: Assignments;
  targets: TargetLine[];
  shortcomings: Shortcoming[];
  tasks: Task[];
  gaps: EvidenceGap[];
  comparison: Comparison | null;
}

export function planDateText(ctx: ReportContext): string {
  const d = ctx.info.planDate;
  return d ? formatDateParts(d.year, d.month, d.day) : '';
}

export function communeName(ctx: ReportContext): string {
  return ctx.info.commune || '…';
}
