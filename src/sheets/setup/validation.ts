/**
 * Data validation of an area tab's input and appraisal cells, row by row from each row's criterion.
 *
 * Every rule is built with setAllowInvalid(true): Sheets then keeps a bad entry (with a red corner
 * and the help text) instead of rejecting it. A rejected paste or a typo would otherwise be lost and
 * the official would not know what was wrong; kept, it is named precisely in the Kiểm tra column by
 * the core (which validates everything anyway) and fixed where it stands.
 *
 * Rules are built once per distinct kind/list and reused, so the builder calls do not grow with rows.
 */
import { parseRule } from '../../core/catalog/ruleText';
import type { CriterionSpec } from '../../core/catalog/types';
import { formatNumber } from '../../core/format';
import { col, ColumnKey } from '../../core/layout';
import { toMilli } from '../../core/points';
import { NO_WORD, SETUP_TEXT as T, YES_WORD } from '../../core/text';
import type { RowSpec } from './plan';

type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

/** The column blocks that get validation: inputs (Số liệu a … Người phụ trách), final appraisal, lần 1. */
export const VALIDATED_BLOCKS: readonly (readonly ColumnKey[])[] = [
  ['a', 'b', 'value', 'na', 'evidence', 'explanation', 'owner'],
  ['appraisal', 'appraisalNote'],
  ['appraisal1'],
];

export const NA_MARK = 'x';

export class ValidationCache {
  private readonly cache = new Map<string, DataValidation>();

  private get(key: string, make: (b: GoogleAppsScript.Spreadsheet.DataValidationBuilder) => GoogleAppsScript.Spreadsheet.DataValidationBuilder, help: string): DataValidation {
    let v = this.cache.get(key);
    if (!v) {
      v = make(SpreadsheetApp.newDataValidation()).setAllowInvalid(true).setHelpText(help).build();
      this.cache.set(key, v);
    }
    return v;
  }

  wholeNumber(): DataValidation {
    return this.get('whole', (b) => b.requireNumberGreaterThanOrEqualTo(0), T.helpWholeNumber);
  }
  list(values: string[], help: string): DataValidation {
    return this.get(`list:${JSON.stringify(values)}`, (b) => b.requireValueInList(values, true), help);
  }
  points(max: number): DataValidation {
    return this.get(`points:${max}`, (b) => b.requireNumberBetween(0, max), T.helpPoints(formatNumber(max)));
  }
  url(): DataValidation {
    return this.get('url', (b) => b.requireTextIsUrl(), T.helpEvidence);
  }
}

function statusLabels(c: CriterionSpec): string[] | null {
  const parsed = parseRule(c.code, c.kind, c.rule, toMilli(c.maxPoints));
  return parsed.problems.length === 0 && parsed.value.kind === 'options' ? parsed.value.options.map((o) => o.label) : null;
}

/** The validation of one cell of a row, or null (none: the cell is not used by this row). */
export function validationFor(key: ColumnKey, row: RowSpec, cache: ValidationCache): DataValidation | null {
  if (!row || row.kind !== 'criterion') return null;
  const c = row.spec;
  if (c.kind === 'group' || c.kind === 'retired') return null;
  switch (key) {
    case 'a':
    case 'b':
      return c.kind === 'ratio' ? cache.wholeNumber() : null;
    case 'value':
      if (c.kind === 'yesno') return cache.list([YES_WORD, NO_WORD], T.helpYesNo);
      if (c.kind === 'count') return cache.wholeNumber();
      if (c.kind === 'manual') return cache.points(c.maxPoints);
      if (c.kind === 'status') {
        const labels = statusLabels(c);
        return labels ? cache.list(labels, T.helpStatus) : null;
      }
      return null;
    case 'na':
      return c.naAllowed ? cache.list([NA_MARK], T.helpNa) : null;
    case 'evidence':
      return cache.url();
    case 'appraisal':
    case 'appraisal1':
      return cache.points(c.maxPoints);
    default:
      return null;
  }
}

/** One 2-D array per validated block, rows in order. */
export function validationGrids(rows: RowSpec[], cache: ValidationCache): { first: number; grid: (DataValidation | null)[][] }[] {
  return VALIDATED_BLOCKS.map((keys) => ({
    first: col(keys[0]) + 1,
    grid: rows.map((row) => keys.map((k) => validationFor(k, row, cache))),
  }));
}
