/** A sheet with errors, or without any data, makes a report that says so at its top. */
import type { WorkbookResult } from '../pipeline';
import { qualityText as t } from '../text';
import { para } from './blocks';
import type { Block } from './model';
import { isLeaf } from './targets';

/** True when no criterion has any entry (every leaf is still unscored). */
export function hasNoData(result: WorkbookResult): boolean {
  return result.criteria.filter(isLeaf).every((c) => c.status === 'unscored' && !c.evidence && !c.explanation);
}

/** The warning (Vietnamese) a report of this result must carry, or null. */
export function qualityWarning(result: WorkbookResult): string | null {
  if (hasNoData(result)) return t.noData;
  return result.errors > 0 ? t.errors(result.errors) : null;
}

/** The page-header mark of a report made from the sample, else ''. */
export function headerMark(result: WorkbookResult): string {
  return result.catalogue.notice.startsWith(t.samplePrefix) ? t.sampleHeader : '';
}

/** The warning, and the sample's mark, at the top of page 1. */
export function qualityNotice(result: WorkbookResult): Block[] {
  const warning = qualityWarning(result);
  const sample = headerMark(result) !== '';
  // One paragraph for both: each paragraph costs Docs calls, and the year-end report has none to spare.
  const text = [...(sample ? [t.sample] : []), ...(warning ? [warning] : [])].join(' ');
  return text ? [para('notice', text)] : [];
}
