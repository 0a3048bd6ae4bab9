/** Where the district's appraisal gave fewer points than the self-assessment, and how many. */
import type { WorkbookResult } from '../pipeline';
import type { Milli } from '../points';

export interface AppraisalGap {
  code: string;
  title: string;
  areaCode: string;
  self: Milli;
  appraisal: Milli;
  /** self − appraisal, > 0 */
  lost: Milli;
  /** The district's reason (Ghi chú thẩm định), '' when not typed. */
  note: string;
}

/** Leaf criteria with an appraisal below the self score, most points first. */
export function appraisalGaps(result: WorkbookResult): AppraisalGap[] {
  return result.criteria
    .filter((c) => c.status === 'scored' && c.appraisal !== null && c.appraisal < c.points)
    .map((c) => ({ code: c.code, title: c.title, areaCode: c.areaCode, self: c.points, appraisal: c.appraisal!, lost: c.points - c.appraisal!, note: c.appraisalNote }))
    .sort((a, b) => b.lost - a.lost || (a.code < b.code ? -1 : 1));
}
