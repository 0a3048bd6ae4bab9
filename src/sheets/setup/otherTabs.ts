/** Thông tin chung and Phân công: created when missing; on a later run only office-owned cells change. */
import { PALETTE } from '../../core/palette';
import type { CatalogueSpec } from '../../core/catalog/types';
import { CellValue, cellText } from '../../core/cells';
import {
  ASSIGNMENT_COLUMNS,
  ASSIGNMENT_ROWS,
  INFO_CATALOGUE_KEYS,
  INFO_TEMPLATE_FIELDS,
  INFO_ROWS,
  InfoKey,
  TAB_NAMES,
} from '../../core/layout';
import { assignmentGrid, infoGrid } from '../../core/template';
import { SETUP_TEXT as T, UNIT_KIND_CHOICES, unitText } from '../../core/text';
import { readInfo } from '../../core/workbook';
import { BlockWrite, sameCell, toRuns } from './plan';
import { parseEmails } from './protect';
import { writeBlocks } from './areaTab';
import { DEFAULT_PROTECTION_MODE, PROTECTION_MODE_LABELS } from '../protectionMode';
import type { ValidationCache } from './validation';
import { setColumnWidths } from '../columnWidths';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

function styleHeader(sheet: Sheet, row: number, width: number, widths: readonly number[]): void {
  sheet.getRange(row, 1, 1, width).setFontWeight('bold').setBackground(PALETTE.header).setWrap(true);
  sheet.setFrozenRows(row);
  setColumnWidths(sheet, widths);
}

// ---- Thông tin chung ------------------------------------------------------------------------

/** Thông tin chung as setup wants it: the catalogue's fields, and the default protection mode for a new row. */
function desiredInfo(spec: CatalogueSpec): CellValue[][] {
  return infoGrid(spec, { protectionMode: T.protectionModes[DEFAULT_PROTECTION_MODE] }).values;
}

/**
 * Catalogue fields (office-owned) brought up to the catalogue; missing labels appended. Also where
 * the protection mode's row is (or will be). Pure.
 */
export function planInfo(
  values: CellValue[][],
  spec: CatalogueSpec,
): {
  blocks: BlockWrite[];
  protectionModeRow: number;
  protectionModeAppended: boolean;
  unitTypeRow: number;
  unitTypeAppended: boolean;
} {
  const desired = desiredInfo(spec);
  const { rowOf } = readInfo({ name: TAB_NAMES.info, values });
  const changes = new Map<number, CellValue[]>();
  for (const key of INFO_CATALOGUE_KEYS) {
    const place = rowOf.get(key);
    const want = desired[INFO_ROWS.firstField - 1 + INFO_TEMPLATE_FIELDS.findIndex((f) => f.key === key)][1];
    if (place && !sameCell(values[place.row - 1][1], want)) changes.set(place.row, [want]);
  }
  const appended = new Map<number, CellValue[]>();
  let last = values.length;
  let protectionModeRow = rowOf.get('protectionMode')?.row ?? 0;
  let unitTypeRow = rowOf.get('unitType')?.row ?? 0;
  INFO_TEMPLATE_FIELDS.forEach((f, i) => {
    if (rowOf.has(f.key)) return;
    appended.set(++last, desired[INFO_ROWS.firstField - 1 + i]);
    if (f.key === 'protectionMode') protectionModeRow = last;
    if (f.key === 'unitType') unitTypeRow = last;
  });
  return {
    blocks: [...toRuns(changes, 2), ...toRuns(appended, 1)],
    protectionModeRow,
    protectionModeAppended: !rowOf.has('protectionMode'),
    unitTypeRow,
    unitTypeAppended: !rowOf.has('unitType'),
  };
}

/** Loại đơn vị's drop-down; another text is kept (and read as Xã), as an official's entry is never lost. */
const unitTypeRule = (cache: ValidationCache) =>
  cache.rule('unitType', (b) => b.requireValueInList([...UNIT_KIND_CHOICES], true), unitText.kindHint);

/** The protection mode's drop-down (a text outside the list is kept, and reported by setup). */
const protectionModeRule = (cache: ValidationCache) =>
  cache.rule('protectionMode', (b) => b.requireValueInList([...PROTECTION_MODE_LABELS], true), T.helpProtectionMode);

const yearRule = (cache: ValidationCache) => cache.rule('year', (b) => b.requireNumberBetween(2000, 2100), T.helpYear);

/** The row of a field in a Thông tin chung created by setup. */
export const newInfoRow = (key: InfoKey): number =>
  INFO_ROWS.firstField + INFO_TEMPLATE_FIELDS.findIndex((f) => f.key === key);

/** `revalidate(row)`: whether the mode's drop-down must be set again (its row moved, or never recorded). */
export function setupInfoTab(
  ss: Spreadsheet,
  spec: CatalogueSpec,
  existing: { sheet: Sheet; values: CellValue[][] } | null,
  revalidate: (protectionModeRow: number) => boolean,
  cache: ValidationCache,
): { sheet: Sheet; created: boolean } {
  if (existing) {
    const plan = planInfo(existing.values, spec);
    writeBlocks(existing.sheet, plan.blocks);
    const again = revalidate(plan.protectionModeRow);
    if (again || plan.protectionModeAppended)
      existing.sheet.getRange(plan.protectionModeRow, 2).setDataValidation(protectionModeRule(cache));
    if (again || plan.unitTypeAppended)
      existing.sheet.getRange(plan.unitTypeRow, 2).setDataValidation(unitTypeRule(cache));
    return { sheet: existing.sheet, created: false };
  }
  const sheet = ss.insertSheet(TAB_NAMES.info, 0);
  const values = desiredInfo(spec);
  const block = sheet.getRange(1, 1, values.length, 3);
  block.setNumberFormat('@');
  const rowOfField = newInfoRow;
  const yearRow = rowOfField('year');
  sheet.getRange(yearRow, 2).setNumberFormat('0');
  block.setValues(values as (string | number)[][]);
  sheet.getRange(INFO_ROWS.title, 1).setFontWeight('bold').setFontSize(13);
  styleHeader(sheet, INFO_ROWS.header, 3, [240, 420, 300]);
  sheet.getRange(INFO_ROWS.firstField, 2, values.length - INFO_ROWS.firstField + 1, 1).setWrap(true);
  // The three drop-downs of column B in one call (the rows between them get none).
  const rules = new Map([
    [yearRow, yearRule(cache)],
    [rowOfField('protectionMode'), protectionModeRule(cache)],
    [rowOfField('unitType'), unitTypeRule(cache)],
  ]);
  const first = Math.min(...rules.keys());
  const last = Math.max(...rules.keys());
  const grid: (GoogleAppsScript.Spreadsheet.DataValidation | null)[][] = [];
  for (let r = first; r <= last; r++) grid.push([rules.get(r) ?? null]);
  sheet.getRange(first, 2, grid.length, 1).setDataValidations(grid);
  return { sheet, created: true };
}

// ---- Phân công ------------------------------------------------------------------------------

const ASSIGN_COL = (key: (typeof ASSIGNMENT_COLUMNS)[number]['key']) =>
  ASSIGNMENT_COLUMNS.findIndex((c) => c.key === key);

/** Is this grid a Phân công tab (found by its header, whatever its name)? */
export function isAssignmentGrid(values: CellValue[][]): boolean {
  const header = values[ASSIGNMENT_ROWS.header - 1];
  return (
    !!header &&
    cellText(header[0]) === ASSIGNMENT_COLUMNS[0].header &&
    cellText(header[ASSIGN_COL('emails')]) === ASSIGNMENT_COLUMNS[ASSIGN_COL('emails')].header
  );
}

export interface AssignmentRead {
  officials: Map<string, string[]>;
  invalid: string[];
}

/** Officials' e-mails per area code. Pure. */
export function readAssignmentEmails(values: CellValue[][]): AssignmentRead {
  const officials = new Map<string, string[]>();
  const invalid: string[] = [];
  for (const row of values.slice(ASSIGNMENT_ROWS.firstData - 1)) {
    const code = cellText(row[ASSIGN_COL('areaCode')]);
    if (!code) continue;
    const parsed = parseEmails(cellText(row[ASSIGN_COL('emails')]));
    invalid.push(...parsed.invalid);
    officials.set(code, [
      ...(officials.get(code) ?? []),
      ...parsed.emails.filter((e) => !(officials.get(code) ?? []).includes(e)),
    ]);
  }
  return { officials, invalid };
}

/** Rows for areas missing from Phân công, appended; area titles kept up to date. Pure. */
export function planAssignments(values: CellValue[][], spec: CatalogueSpec): BlockWrite[] {
  const rowOf = new Map<string, number>();
  values.forEach((row, i) => {
    const code = cellText(row[ASSIGN_COL('areaCode')]);
    if (i >= ASSIGNMENT_ROWS.firstData - 1 && code && !rowOf.has(code)) rowOf.set(code, i + 1);
  });
  const titles = new Map<number, CellValue[]>();
  const appended = new Map<number, CellValue[]>();
  let last = values.length;
  for (const a of spec.areas) {
    const r = rowOf.get(a.code);
    if (r === undefined) appended.set(++last, [a.code, a.title, '', '']);
    else if (!sameCell(values[r - 1][ASSIGN_COL('areaTitle')], a.title)) titles.set(r, [a.title]);
  }
  return [...toRuns(titles, ASSIGN_COL('areaTitle') + 1), ...toRuns(appended, 1)];
}

export function setupAssignmentsTab(
  ss: Spreadsheet,
  spec: CatalogueSpec,
  existing: { sheet: Sheet; values: CellValue[][] } | null,
  tabCount: number,
): { sheet: Sheet; created: boolean; read: AssignmentRead } {
  if (existing) {
    writeBlocks(existing.sheet, planAssignments(existing.values, spec));
    return { sheet: existing.sheet, created: false, read: readAssignmentEmails(existing.values) };
  }
  const sheet = ss.insertSheet(TAB_NAMES.assignments, tabCount);
  const values = assignmentGrid(spec).values;
  sheet.getRange(1, 1, sheet.getMaxRows(), 1).setNumberFormat('@');
  sheet.getRange(1, 1, values.length, ASSIGNMENT_COLUMNS.length).setValues(values as (string | number)[][]);
  styleHeader(
    sheet,
    ASSIGNMENT_ROWS.header,
    ASSIGNMENT_COLUMNS.length,
    ASSIGNMENT_COLUMNS.map((c) => c.width),
  );
  return { sheet, created: true, read: readAssignmentEmails(values) };
}
