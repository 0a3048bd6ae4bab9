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

/** Survey points come from the province's published results: no evidence is asked of the unit for them. */
export function evidenceCompleteness(result: WorkbookResult): { overall: EvidenceCount; areas: EvidenceCount[] } {
  const selfAssessed = result.areas.filter((a) => a.role !== 'survey');
  const codes = new Set(selfAssessed.map((a) => a.code));
  const leaves = assessedLeaves(result.criteria).filter((c) => codes.has(c.areaCode));
  return {
    overall: count(null, leaves),
    areas: selfAssessed.map((a) =>
      count(
        a.code,
        leaves.filter((c) => c.areaCode === a.code),
      ),
    ),
  };
}
