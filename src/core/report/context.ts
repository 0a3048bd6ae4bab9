/** Everything the sections are written from, computed once. */
import type { WorkbookResult } from '../pipeline';
import type { Assignments } from './assignments';
import type { ReportInfo } from './info';
import type { Comparison, EvidenceGap, Shortcoming, TargetLine, Task } from './model';
import { formatDateParts } from '../format';
import { unitText } from '../text';

export interface ReportContext {
  /** A criterion's name in prose: its short name, else its title without the a/b definition. */
  name: (c: { title: string }) => string;
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

/** Who advises the committee on CCHC, as the report names it (Thông tin chung, else Phân công). */
export function officeName(ctx: ReportContext): string {
  const first = ctx.result.catalogue.areas[0]?.code ?? '';
  return unitText.office(ctx.info.unit, ctx.assignments[first] ?? '');
}
