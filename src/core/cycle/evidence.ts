/** Evidence completeness: per area and overall, criteria with evidence / an explanation only / nothing. */
import type { CriterionResult, WorkbookResult } from '../pipeline';
import { percentHundredths } from '../points';

export interface EvidenceCount {
  areaCode: string | null; // null = whole index
  total: number;
  withEvidence: number;
  explanationOnly: number;
  none: number;
  /** Share with evidence or an explanation, hundredths of a percent. */
  completePercent: number;
}

/** Leaf criteria that count (scored or unscored; not groups, not N/A, not retired). */
export function assessedLeaves(criteria: CriterionResult[]): CriterionResult[] {
  return criteria.filter((c) => c.status === 'scored' || c.status === 'unscored');
}

function count(areaCode: string | null, list: CriterionResult[]): EvidenceCount {
  const withEvidence = list.filter((c) => c.evidenceLevel === 'evidence').length;
  const explanationOnly = list.filter((c) => c.evidenceLevel === 'explanation').length;
  return {
    areaCode,
    total: list.length,
    withEvidence,
    explanationOnly,
    none: list.length - withEvidence - explanationOnly,
    completePercent: percentHundredths(withEvidence + explanationOnly, list.length),
  };
}

export function evidenceCompleteness(result: WorkbookResult): { overall: EvidenceCount; areas: EvidenceCount[] } {
  const leaves = assessedLeaves(result.criteria);
  return {
    overall: count(null, leaves),
    areas: result.areas.map((a) => count(a.code, leaves.filter((c) => c.areaCode === a.code))),
  };
}
