/** The comparison with last year, when Thông tin chung holds last year's figures. */
import { formatPercent2, formatPoints } from '../format';
import type { WorkbookResult } from '../pipeline';
import { reportText as t } from '../text';
import type { ReportInfo } from './info';
import type { Comparison } from './model';

export function compareWithLastYear(result: WorkbookResult, info: ReportInfo): Comparison | null {
  const { previousPercent, previousPoints, previousAreaPoints } = info;
  if (previousPercent === null && previousPoints === null && Object.keys(previousAreaPoints).length === 0) return null;
  const previous: string[] = [];
  const changes: string[] = [];
  if (previousPercent !== null) {
    previous.push(t.comparisonPrevPercent(formatPercent2(previousPercent)));
    const d = result.index.percent - previousPercent;
    changes.push(t.comparisonPercent(formatPercent2(Math.abs(d)).replace('%', ''), Math.sign(d)));
  }
  if (previousPoints !== null) {
    previous.push(t.comparisonPrevPoints(formatPoints(previousPoints)));
    const d = result.index.points - previousPoints;
    changes.push(t.comparisonPoints(formatPoints(Math.abs(d)), Math.sign(d)));
  }
  const previousYear = info.year - 1;
  return {
    previousYear,
    previousPercent,
    previousPoints,
    previousAreaPoints,
    text: changes.length > 0 ? t.comparison(previousYear, previous.join('; '), changes) : '',
  };
}
