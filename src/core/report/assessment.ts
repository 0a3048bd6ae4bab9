/**
 * The overall assessment: where points were lost (most first) with the officials' giải trình,
 * which criteria lack evidence, and what reached full points.
 */
import { compareCodes } from '../catalog/build';
import type { CriterionResult, WorkbookResult } from '../pipeline';
import { reportText as t } from '../text';
import type { EvidenceGap, Shortcoming } from './model';
import { assessedLeaves } from '../cycle/evidence';

/** Applicable leaf criteria (scored or left empty): the ones that carry points of their own. */
export function applicableLeaves(result: WorkbookResult): CriterionResult[] {
  return assessedLeaves(result.criteria);
}

export function lostPoints(c: CriterionResult): number {
  return c.applicableMax - c.points;
}

/** Every applicable leaf that lost points: most points lost first, then by code. */
export function shortcomings(result: WorkbookResult): Shortcoming[] {
  return applicableLeaves(result)
    .filter((c) => lostPoints(c) > 0)
    .sort((x, y) => lostPoints(y) - lostPoints(x) || compareCodes(x.code, y.code))
    .map((c) => ({
      code: c.code,
      areaCode: c.areaCode,
      title: c.title,
      points: c.points,
      max: c.applicableMax,
      lost: lostPoints(c),
      cause: c.explanation || (c.status === 'unscored' ? t.causes.noData : t.causes.noExplanation),
    }));
}

/** Scored criteria without a document: only a giải trình, or nothing at all. */
export function evidenceGaps(result: WorkbookResult): EvidenceGap[] {
  return applicableLeaves(result)
    .filter((c) => c.status === 'scored' && c.evidenceLevel !== 'evidence')
    .map((c) => ({ code: c.code, title: c.title, level: c.evidenceLevel === 'explanation' ? 'explanation' : 'none' }));
}

export function fullPointLeaves(result: WorkbookResult, areaCode?: string): CriterionResult[] {
  return applicableLeaves(result).filter(
    (c) => c.status === 'scored' && lostPoints(c) === 0 && (areaCode === undefined || c.areaCode === areaCode),
  );
}
