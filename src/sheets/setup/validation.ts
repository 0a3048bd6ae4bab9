/**
 * Data validation of an area tab's input and appraisal cells: the core decides which rule goes on
 * which cell (src/core/validation.ts); this renders it with SpreadsheetApp's builder.
 *
 * Every rule is built with setAllowInvalid(true): Sheets then keeps a bad entry (with a red corner
 * and the help text) instead of rejecting it. A rejected paste or a typo would otherwise be lost and
 * the official would not know what was wrong; kept, it is named precisely in the Kiểm tra column by
 * the core (which validates everything anyway) and fixed where it stands.
 *
 * Rules are built once per distinct kind/list and reused, so the builder calls do not grow with rows.
 */
import { formatNumber } from '../../core/format';
import { AREA_COLUMNS, col, ColumnKey } from '../../core/layout';
import { SETUP_TEXT as T } from '../../core/text';
import { type CellRule, cellRules } from '../../core/validation';
import type { RowSpec } from './plan';

type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

/** The column blocks that get validation: inputs (Số liệu a … Người phụ trách), final appraisal, lần 1. */
export const VALIDATED_BLOCKS: readonly (readonly ColumnKey[])[] = [
  ['a', 'b', 'value', 'na', 'evidence', 'explanation', 'owner'],
  ['appraisal', 'appraisalNote'],
  ['appraisal1'],
];

export class ValidationCache {
  private readonly cache = new Map<string, DataValidation>();
  /**
   * Built rules by help text. A new rule starts from a copy of one built before (copy() is documented
   * to keep the rule's settings: allowInvalid, and the help text): of one with the same help text when
   * there is one, which saves setting it again.
   */
  private readonly byHelp = new Map<string, DataValidation>();

  /** A rule of setup's own (Thông tin chung's drop-downs), built once per run like the others. */
  rule(
    key: string,
    make: (b: GoogleAppsScript.Spreadsheet.DataValidationBuilder) => GoogleAppsScript.Spreadsheet.DataValidationBuilder,
    help: string,
  ): DataValidation {
    return this.get(`own:${key}`, make, help);
  }

  private get(
    key: string,
    make: (b: GoogleAppsScript.Spreadsheet.DataValidationBuilder) => GoogleAppsScript.Spreadsheet.DataValidationBuilder,
    help: string,
  ): DataValidation {
    let v = this.cache.get(key);
    if (!v) {
      const same = this.byHelp.get(help);
      const any = this.byHelp.values().next();
      if (same) v = make(same.copy()).build();
      else if (!any.done) v = make(any.value.copy()).setHelpText(help).build();
      else v = make(SpreadsheetApp.newDataValidation().setAllowInvalid(true)).setHelpText(help).build();
      this.byHelp.set(help, v);
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

/**
 * Renders the core's rule of one cell (src/core/validation.ts), or null. Sheets has no prompt-only rule
 * and no "must stay empty" rule; those cells are left free and the Kiểm tra column names any fault.
 */
export function render(rule: CellRule | undefined, cache: ValidationCache): DataValidation | null {
  switch (rule?.kind) {
    case 'whole':
      return cache.wholeNumber();
    case 'list':
      return cache.list(
        [...rule.values],
        rule.purpose === 'yesno' ? T.helpYesNo : rule.purpose === 'na' ? T.helpNa : T.helpStatus,
      );
    case 'points':
      return cache.points(rule.max);
    case 'link':
      return cache.url();
    default:
      return null;
  }
}

/** The validation of one cell of a row, or null (none: the cell is not used by this row). */
export function validationFor(key: ColumnKey, row: RowSpec, cache: ValidationCache): DataValidation | null {
  if (!row || row.kind !== 'criterion') return null;
  return render(cellRules(row.spec)[key], cache);
}

/**
 * One 2-D array from the first to the last validated column, rows in order (one setDataValidations):
 * the columns between the blocks (computed, last year's points) get null, which leaves them without
 * a rule, as setup has always left them.
 */
export function validationGrid(
  rows: RowSpec[],
  cache: ValidationCache,
): { first: number; grid: (DataValidation | null)[][] } {
  const validated = new Set<ColumnKey>(VALIDATED_BLOCKS.flat());
  const first = col(VALIDATED_BLOCKS[0][0]);
  const last = Math.max(...VALIDATED_BLOCKS.flat().map((k) => col(k)));
  const keys = AREA_COLUMNS.slice(first, last + 1).map((c) => c.key);
  return {
    first: first + 1,
    grid: rows.map((row) => keys.map((k) => (validated.has(k) ? validationFor(k, row, cache) : null))),
  };
}
