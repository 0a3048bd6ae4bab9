/** Creating and upgrading one area tab: catalogue cells, look, validation, conditional format, protections. */
import type { AreaSpec } from '../../core/catalog/types';
import type { CellValue } from '../../core/cells';
import { AREA_COLUMNS, AREA_ROWS, AREA_WIDTH, ColumnKey, ColumnRole, colNumber, roleSpan } from '../../core/layout';
import { PALETTE } from '../../core/palette';
import { areaGrid } from '../../core/template';
import { SETUP_TEXT as T, SEVERITY_LABELS } from '../../core/text';
import { AreaTabPlan, BlockWrite, CatalogueEntry, planAreaTab, TabInput } from './plan';
import { protectRange, ProtectionOptions, removeOurProtections, resultWriters } from './protect';
import { ValidationCache, validationGrids } from './validation';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface AreaContext {
  notice: string;
  entries: Map<string, CatalogueEntry>;
  firstPlace: Map<string, { tab: string; row: number }>;
  cache: ValidationCache;
  protection: ProtectionOptions;
  /** Officials of each area (Phân công), and all of them (who may run Tính điểm). */
  officials: Map<string, string[]>;
  allOfficials: string[];
}


/** Columns kept as plain text so Sheets never turns "1.10" into 1.1 or "= 100%: 2" into a formula. */
const TEXT_COLUMNS: readonly (readonly ColumnKey[])[] = [['code', 'title'], ['kind', 'rule', 'naAllowed', 'target'], ['evidence', 'explanation', 'owner'], ['appraisalNote']];

export function writeBlocks(sheet: Sheet, writes: BlockWrite[]): void {
  for (const w of writes) sheet.getRange(w.row, w.column, w.values.length, w.values[0].length).setValues(w.values as (string | number)[][]);
}

function setTextFormats(sheet: Sheet, headerRow: number, maxRows: number): void {
  for (const keys of TEXT_COLUMNS) sheet.getRange(headerRow + 1, colNumber(keys[0]), maxRows - headerRow, keys.length).setNumberFormat('@');
}

/** The look of a new tab: set once, so officials' own column widths survive later runs. */
function initLook(sheet: Sheet, headerRow: number): void {
  const maxRows = sheet.getMaxRows();
  let start = 0;
  for (let i = 1; i <= AREA_COLUMNS.length; i++) {
    if (i === AREA_COLUMNS.length || AREA_COLUMNS[i].width !== AREA_COLUMNS[start].width) {
      sheet.setColumnWidths(start + 1, i - start, AREA_COLUMNS[start].width);
      start = i;
    }
  }
  sheet.getRange(AREA_ROWS.title, 1).setFontWeight('bold').setFontSize(13);
  sheet.getRange(AREA_ROWS.notice, 1).setFontStyle('italic').setFontColor(PALETTE.notice);
  sheet
    .getRange(headerRow, 1, 1, AREA_WIDTH)
    .setBackgrounds([AREA_COLUMNS.map((c) => PALETTE.role[c.role])])
    .setFontWeight('bold')
    .setWrap(true)
    .setVerticalAlignment('middle');
  const input = roleSpan('input');
  sheet.getRange(headerRow + 1, input.first, maxRows - headerRow, input.count).setBackground(PALETTE.inputCell);
  for (const key of ['title', 'rule', 'check'] as const) sheet.getRange(headerRow + 1, colNumber(key), maxRows - headerRow, 1).setWrap(true);
  sheet.setFrozenColumns(2);
}

function isOurRule(rule: GoogleAppsScript.Spreadsheet.ConditionalFormatRule, checkColumn: number): boolean {
  const condition = rule.getBooleanCondition();
  if (!condition || condition.getCriteriaType() !== SpreadsheetApp.BooleanCriteria.TEXT_STARTS_WITH) return false;
  const value = String(condition.getCriteriaValues()[0]);
  if (value !== SEVERITY_LABELS.error && value !== SEVERITY_LABELS.warning) return false;
  return rule.getRanges().every((r) => r.getColumn() === checkColumn && r.getNumColumns() === 1);
}

/** Kiểm tra starting with "Lỗi" → red, "Cảnh báo" → amber; ours replaced, others' rules kept. */
function setCheckFormatting(sheet: Sheet, headerRow: number, maxRows: number): void {
  const checkColumn = colNumber('check');
  const range = sheet.getRange(headerRow + 1, checkColumn, maxRows - headerRow, 1);
  const kept = sheet.getConditionalFormatRules().filter((r) => !isOurRule(r, checkColumn));
  const rule = (label: string, c: { background: string; font: string }) =>
    SpreadsheetApp.newConditionalFormatRule().whenTextStartsWith(label).setBackground(c.background).setFontColor(c.font).setRanges([range]).build();
  sheet.setConditionalFormatRules([...kept, rule(SEVERITY_LABELS.error, PALETTE.error), rule(SEVERITY_LABELS.warning, PALETTE.warning)]);
}

function protectAreaTab(sheet: Sheet, headerRow: number, maxRows: number, areaCode: string | null, ctx: AreaContext): { unprotectedInputs: boolean } {
  removeOurProtections(sheet);
  const rows = maxRows - headerRow;
  const span = (role: ColumnRole) => roleSpan(role);
  const opts = ctx.protection;
  protectRange(sheet.getRange(1, 1, headerRow, AREA_WIDTH), T.protectHeader, [], opts);
  const catalogue = span('catalogue');
  protectRange(sheet.getRange(headerRow + 1, catalogue.first, rows, catalogue.count), T.protectCatalogue, [], opts);
  const computed = span('computed');
  const writers = resultWriters(opts, ctx.allOfficials);
  protectRange(sheet.getRange(headerRow + 1, computed.first, rows, computed.count), T.protectComputed, writers.editors, opts, writers.warningOnly);
  const appraisal = span('appraisal');
  const history = span('history');
  protectRange(sheet.getRange(headerRow + 1, appraisal.first, rows, appraisal.count + history.count), T.protectAppraisal, [], opts);
  const officials = areaCode ? ctx.officials.get(areaCode) ?? [] : [];
  if (officials.length === 0) return { unprotectedInputs: true };
  const input = span('input');
  protectRange(sheet.getRange(headerRow + 1, input.first, rows, input.count), T.protectInputs(areaCode!), officials, opts);
  return { unprotectedInputs: false };
}

export interface AreaTabOutcome {
  sheet: Sheet;
  plan: AreaTabPlan;
  unprotectedInputs: boolean;
}

/** Applies a plan to a tab and (re)sets everything that is not an entry: validation, formatting, protections. */
function applyPlan(sheet: Sheet, tab: TabInput, area: AreaSpec | null, areaCode: string | null, ctx: AreaContext): AreaTabOutcome {
  const plan = planAreaTab(tab, area, ctx.notice, ctx.entries, ctx.firstPlace);
  plan.appended.forEach((code, i) => ctx.firstPlace.set(code, { tab: tab.name, row: tab.values.length + 1 + i }));
  let maxRows = sheet.getMaxRows();
  if (plan.lastRow > maxRows) {
    sheet.insertRowsAfter(maxRows, plan.lastRow - maxRows);
    maxRows = plan.lastRow;
  }
  setTextFormats(sheet, tab.headerRow, maxRows);
  writeBlocks(sheet, plan.writes);

  sheet.setFrozenRows(tab.headerRow);
  sheet.getRange(tab.headerRow, 1, 1, AREA_WIDTH).setNotes([AREA_COLUMNS.map((c) => c.note)]);
  if (plan.rows.length > 0) {
    for (const block of validationGrids(plan.rows, ctx.cache)) {
      sheet.getRange(tab.headerRow + 1, block.first, plan.rows.length, block.grid[0].length).setDataValidations(block.grid);
    }
  }
  sheet.getRange(tab.headerRow + 1, colNumber('ratio'), maxRows - tab.headerRow, 1).setNumberFormat('0.0%');
  setCheckFormatting(sheet, tab.headerRow, maxRows);
  const { unprotectedInputs } = protectAreaTab(sheet, tab.headerRow, maxRows, areaCode, ctx);
  return { sheet, plan, unprotectedInputs };
}

export function upgradeAreaTab(sheet: Sheet, tab: TabInput, area: AreaSpec | null, areaCode: string | null, ctx: AreaContext): AreaTabOutcome {
  return applyPlan(sheet, tab, area, areaCode, ctx);
}

/** A new tab: title, notice and header rows, then the catalogue rows as an upgrade of that empty tab. */
export function createAreaTab(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, area: AreaSpec, index: number, ctx: AreaContext): AreaTabOutcome {
  const sheet = ss.insertSheet(area.tabName, index);
  const top: CellValue[][] = areaGrid(area, ctx.notice).values.slice(0, AREA_ROWS.header);
  sheet.getRange(1, 1, top.length, AREA_WIDTH).setValues(top as (string | number)[][]);
  initLook(sheet, AREA_ROWS.header);
  return applyPlan(sheet, { name: area.tabName, headerRow: AREA_ROWS.header, values: top }, area, area.code, ctx);
}
