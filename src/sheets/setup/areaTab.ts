/** Creating and upgrading one area tab: catalogue cells, look, validation, conditional format, protections. */
import type { AreaSpec } from '../../core/catalog/types';
import type { CellValue } from '../../core/cells';
import { AREA_COLUMNS, AREA_ROWS, AREA_WIDTH, blockA1, ColumnKey, colNumber, roleSpan } from '../../core/layout';
import { areaGrid } from '../../core/template';
import { SETUP_TEXT as T, SEVERITY_LABELS } from '../../core/text';
import { AreaTabPlan, BlockWrite, CATALOGUE_WIDTH, CatalogueEntry, planAreaTab, RowSpec, TabInput } from './plan';
import { protectRange, protectSheet, ProtectionOptions, removeOurProtections, resultWriters } from './protect';
import { ValidationCache, validationGrid } from './validation';
import type { AppliedTracker } from './applied';
import { PALETTE } from '../../core/palette';
import { cellRules } from '../../core/validation';
import { setColumnWidths } from '../columnWidths';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

export interface AreaContext {
  notice: string;
  entries: Map<string, CatalogueEntry>;
  firstPlace: Map<string, { tab: string; row: number }>;
  cache: ValidationCache;
  protection: ProtectionOptions;
  /** Officials of each area (Phân công), and all of them (who may run Tính điểm). */
  officials: Map<string, string[]>;
  allOfficials: string[];
  /** What an earlier run applied: an unchanged tab is not touched again. */
  applied: AppliedTracker;
  checkRules: CheckRules;
  /** The round's giải trình step is open (lockState.roundStep). */
  responseOpen: boolean;
  /**
   * The first area tab this run creates, before its protections: later new area tabs are inserted as
   * copies of it (its look, notes, formats, colours) and only their own cells are written.
   */
  template?: { sheet: Sheet; lastRow: number; maxRows: number };
  /** Protections of the tabs created in this run, applied once every new tab is made (see template). */
  deferred: (() => void)[];
}

const ROLE_COLOURS = PALETTE.role;
const INPUT_CELL_COLOUR = PALETTE.inputCell;
const ERROR_COLOURS = PALETTE.error;
const WARNING_COLOURS = PALETTE.warning;

/** Columns kept as plain text so Sheets never turns "1.10" into 1.1 or "= 100%: 2" into a formula. */
const TEXT_COLUMNS: readonly (readonly ColumnKey[])[] = [
  ['code', 'title'],
  ['kind', 'rule', 'naAllowed', 'target'],
  ['evidence', 'explanation', 'owner'],
  ['appraisalNote'],
  ['appraisal1Note', 'response'],
];

export function writeBlocks(sheet: Sheet, writes: BlockWrite[]): void {
  for (const w of writes)
    sheet.getRange(w.row, w.column, w.values.length, w.values[0].length).setValues(w.values as (string | number)[][]);
}

function setTextFormats(sheet: Sheet, headerRow: number, maxRows: number): void {
  sheet
    .getRangeList(
      TEXT_COLUMNS.map((keys) => blockA1(headerRow + 1, colNumber(keys[0]), maxRows - headerRow, keys.length)),
    )
    .setNumberFormat('@');
}

/** The look of a new tab: set once, so officials' own column widths survive later runs. Returns its rows. */
function initLook(sheet: Sheet, headerRow: number): number {
  const maxRows = sheet.getMaxRows();
  setColumnWidths(
    sheet,
    AREA_COLUMNS.map((c) => c.width),
  );
  const title = blockA1(AREA_ROWS.title, 1, 1, 1);
  const header = blockA1(headerRow, 1, 1, AREA_WIDTH);
  const rows = maxRows - headerRow;
  sheet.getRangeList([title, header]).setFontWeight('bold');
  sheet.getRange(title).setFontSize(13);
  sheet.getRange(AREA_ROWS.notice, 1).setFontStyle('italic').setFontColor('#5f6368');
  sheet
    .getRange(header)
    .setBackgrounds([AREA_COLUMNS.map((c) => ROLE_COLOURS[c.role])])
    .setVerticalAlignment('middle');
  const input = roleSpan('input');
  sheet.getRange(headerRow + 1, input.first, rows, input.count).setBackground(INPUT_CELL_COLOUR);
  const wrapped = (['title', 'rule', 'check'] as const).map((key) => blockA1(headerRow + 1, colNumber(key), rows, 1));
  sheet.getRangeList([header, ...wrapped]).setWrap(true);
  sheet.setFrozenColumns(2);
  return maxRows;
}

function isOurRule(rule: GoogleAppsScript.Spreadsheet.ConditionalFormatRule, checkColumn: number): boolean {
  const condition = rule.getBooleanCondition();
  if (!condition || condition.getCriteriaType() !== SpreadsheetApp.BooleanCriteria.TEXT_STARTS_WITH) return false;
  const value = String(condition.getCriteriaValues()[0]);
  if (value !== SEVERITY_LABELS.error && value !== SEVERITY_LABELS.warning) return false;
  return rule.getRanges().every((r) => r.getColumn() === checkColumn && r.getNumColumns() === 1);
}

type CfRule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

/** The two Kiểm tra rules, built once per run; each tab gets copies with its own range (copy() is documented). */
export class CheckRules {
  private rules: CfRule[] | null = null;
  for(range: GoogleAppsScript.Spreadsheet.Range): CfRule[] {
    const make = (label: string, c: { background: string; font: string }) =>
      SpreadsheetApp.newConditionalFormatRule()
        .whenTextStartsWith(label)
        .setBackground(c.background)
        .setFontColor(c.font)
        .setRanges([range])
        .build();
    if (!this.rules) {
      this.rules = [make(SEVERITY_LABELS.error, ERROR_COLOURS), make(SEVERITY_LABELS.warning, WARNING_COLOURS)];
      return this.rules;
    }
    return this.rules.map((r) => r.copy().setRanges([range]).build());
  }
}

/** Kiểm tra starting with "Lỗi" → red, "Cảnh báo" → amber; ours replaced, others' rules kept (a new tab has none). */
function setCheckFormatting(
  sheet: Sheet,
  headerRow: number,
  maxRows: number,
  rules: CheckRules,
  created: boolean,
): void {
  const checkColumn = colNumber('check');
  const range = sheet.getRange(headerRow + 1, checkColumn, maxRows - headerRow, 1);
  const kept = created ? [] : sheet.getConditionalFormatRules().filter((r) => !isOurRule(r, checkColumn));
  sheet.setConditionalFormatRules([...kept, ...rules.for(range)]);
}

/**
 * One protection for the whole tab (office only, or warning-only in "Chỉ cảnh báo") that leaves out the
 * cells some official may write; those get their own protection naming who: the area's inputs (its
 * officials; open while nobody is listed), the computed columns (as the mode says) and, in the giải
 * trình step, Giải trình sau thẩm định (the area's officials).
 */
export function protectAreaTab(
  sheet: Sheet,
  name: string,
  headerRow: number,
  maxRows: number,
  areaCode: string | null,
  ctx: Pick<AreaContext, 'protection' | 'officials' | 'allOfficials' | 'responseOpen'>,
  created = false,
): void {
  if (!created) removeOurProtections(sheet);
  const opts = ctx.protection;
  const warning = opts.mode === 'warning';
  const rows = maxRows - headerRow;
  const officials = areaCode ? (ctx.officials.get(areaCode) ?? []) : [];
  const writers = resultWriters(opts, ctx.allOfficials);
  const responders = ctx.responseOpen && !warning ? officials : [];
  // "Chỉ cảnh báo": every cell only warns, the inputs of an area with officials listed too.
  const openInputs = !warning || officials.length === 0;
  const openComputed = !warning && (writers.warningOnly || writers.editors.length > 0);
  const input = roleSpan('input');
  const computed = roleSpan('computed');
  const block = (first: number, count: number) => sheet.getRange(headerRow + 1, first, rows, count);
  const open: Range[] = [];
  let computedRange: Range | null = null;
  if (openInputs && openComputed && input.first + input.count === computed.first) {
    open.push(block(input.first, input.count + computed.count));
  } else {
    if (openInputs) open.push(block(input.first, input.count));
    if (openComputed) open.push((computedRange = block(computed.first, computed.count)));
  }
  const response = responders.length > 0 ? block(colNumber('response'), 1) : null;
  if (response) open.push(response);
  protectSheet(sheet, T.protectSheet(name), [], opts, undefined, open);
  if (!warning && officials.length > 0)
    protectRange(open[0].offset(0, 0, rows, input.count), T.protectInputs(areaCode!), officials, opts);
  if (openComputed)
    protectRange(
      computedRange ?? open[0].offset(0, input.count, rows, computed.count),
      T.protectComputed,
      writers.editors,
      opts,
      writers.warningOnly,
    );
  if (response) protectRange(response, T.protectResponse(areaCode ?? '', true), responders, opts);
}

export interface AreaTabOutcome {
  sheet: Sheet;
  plan: AreaTabPlan;
  unprotectedInputs: boolean;
}

/** What decides a tab's cell settings (validation, formats, notes, colour rules): setup's record (applied.ts). */
function cellsState(tab: TabInput, plan: AreaTabPlan): unknown {
  return {
    headerRow: tab.headerRow,
    // What the rows decide (each cell's validation), not how the catalogue was read: the same tab
    // read back from the sheet must give the same fingerprint as when it was written from the catalogue.
    rows: plan.rows.map((r) => (r?.kind === 'criterion' ? cellRules(r.spec) : (r?.kind ?? null))),
    lastRow: plan.lastRow,
  };
}

/** What decides a tab's protections. */
function protectionState(
  tab: TabInput,
  plan: AreaTabPlan,
  areaCode: string | null,
  officials: string[],
  ctx: AreaContext,
): unknown {
  const { mode, me } = ctx.protection;
  return {
    headerRow: tab.headerRow,
    lastRow: plan.lastRow,
    areaCode,
    officials,
    all: ctx.allOfficials,
    mode,
    me,
    responseOpen: ctx.responseOpen,
  };
}

/**
 * Applies a plan to a tab and (re)sets what is not an entry: the cell settings (validation, formatting)
 * when the tab's catalogue rows changed since the last run, the protections when its rows, officials,
 * mode or the user running setup did.
 */
function applyPlan(
  sheet: Sheet,
  tab: TabInput,
  area: AreaSpec | null,
  areaCode: string | null,
  ctx: AreaContext,
  created: boolean,
  knownMaxRows?: number,
): AreaTabOutcome {
  const plan = planAreaTab(tab, area, ctx.notice, ctx.entries, ctx.firstPlace);
  plan.appended.forEach((code, i) => ctx.firstPlace.set(code, { tab: tab.name, row: tab.values.length + 1 + i }));
  const officials = areaCode ? (ctx.officials.get(areaCode) ?? []) : [];
  const unprotectedInputs = officials.length === 0;
  const cells = ctx.applied.needs('cells', tab.name, cellsState(tab, plan), created);
  const protections = ctx.applied.needs(
    'protections',
    tab.name,
    protectionState(tab, plan, areaCode, officials, ctx),
    created,
  );
  if (!cells) {
    writeBlocks(sheet, plan.writes); // cells only (text formats are in place from the last run)
    if (protections) protectAreaTab(sheet, tab.name, tab.headerRow, sheet.getMaxRows(), areaCode, ctx, false);
    return { sheet, plan, unprotectedInputs };
  }
  let maxRows = knownMaxRows ?? sheet.getMaxRows();
  if (plan.lastRow > maxRows) {
    sheet.insertRowsAfter(maxRows, plan.lastRow - maxRows);
    maxRows = plan.lastRow;
  }
  if (plan.headerExtended && sheet.getMaxColumns() < AREA_WIDTH)
    sheet.insertColumnsAfter(sheet.getMaxColumns(), AREA_WIDTH - sheet.getMaxColumns());
  setTextFormats(sheet, tab.headerRow, maxRows);
  writeBlocks(sheet, plan.writes);

  sheet.setFrozenRows(tab.headerRow);
  sheet.getRange(tab.headerRow, 1, 1, AREA_WIDTH).setNotes([AREA_COLUMNS.map((c) => c.note)]);
  setValidations(sheet, tab.headerRow, plan.rows, ctx.cache);
  sheet.getRange(tab.headerRow + 1, colNumber('ratio'), maxRows - tab.headerRow, 1).setNumberFormat('0.0%');
  setCheckFormatting(sheet, tab.headerRow, maxRows, ctx.checkRules, created);
  if (created) {
    ctx.template ??= { sheet, lastRow: plan.lastRow, maxRows };
    ctx.deferred.push(() => protectAreaTab(sheet, tab.name, tab.headerRow, maxRows, areaCode, ctx, true));
  } else if (protections) {
    protectAreaTab(sheet, tab.name, tab.headerRow, maxRows, areaCode, ctx, false);
  }
  return { sheet, plan, unprotectedInputs };
}

/** Validation of the data rows, one block; `through` rows below them (a copy's rows) lose their rules. */
function setValidations(sheet: Sheet, headerRow: number, rows: RowSpec[], cache: ValidationCache, through = 0): void {
  const all = [...rows];
  while (all.length < through) all.push(null);
  if (all.length === 0) return;
  const block = validationGrid(all, cache);
  sheet.getRange(headerRow + 1, block.first, all.length, block.grid[0].length).setDataValidations(block.grid);
}

/**
 * A new area tab made as a copy of the run's template tab: the copy has the template's look and cells,
 * so only the catalogue block (title to the last row either tab uses) and the validation are written.
 */
function applyToCopy(
  sheet: Sheet,
  tab: TabInput,
  area: AreaSpec,
  ctx: AreaContext,
  template: NonNullable<AreaContext['template']>,
): AreaTabOutcome {
  const plan = planAreaTab(tab, area, ctx.notice, ctx.entries, ctx.firstPlace);
  plan.appended.forEach((code, i) => ctx.firstPlace.set(code, { tab: tab.name, row: tab.values.length + 1 + i }));
  const officials = ctx.officials.get(area.code) ?? [];
  ctx.applied.needs('cells', tab.name, cellsState(tab, plan), true);
  ctx.applied.needs('protections', tab.name, protectionState(tab, plan, area.code, officials, ctx), true);
  const rows = Math.max(plan.lastRow, template.lastRow);
  const grid: CellValue[][] = [];
  for (let r = 0; r < rows; r++) grid.push(Array<CellValue>(CATALOGUE_WIDTH).fill(''));
  tab.values.forEach((row, r) => row.slice(0, CATALOGUE_WIDTH).forEach((v, c) => (grid[r][c] = v)));
  for (const w of plan.writes)
    w.values.forEach((row, i) => row.forEach((v, j) => (grid[w.row - 1 + i][w.column - 1 + j] = v)));
  sheet.getRange(1, 1, rows, CATALOGUE_WIDTH).setValues(grid as (string | number)[][]);
  setValidations(sheet, tab.headerRow, plan.rows, ctx.cache, rows - tab.headerRow);
  ctx.deferred.push(() => protectAreaTab(sheet, tab.name, tab.headerRow, template.maxRows, area.code, ctx, true));
  return { sheet, plan, unprotectedInputs: officials.length === 0 };
}

export function upgradeAreaTab(
  sheet: Sheet,
  tab: TabInput,
  area: AreaSpec | null,
  areaCode: string | null,
  ctx: AreaContext,
): AreaTabOutcome {
  return applyPlan(sheet, tab, area, areaCode, ctx, false);
}

/** A new tab: title, notice and header rows, then the catalogue rows as an upgrade of that empty tab. */
export function createAreaTab(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  area: AreaSpec,
  index: number,
  ctx: AreaContext,
): AreaTabOutcome {
  const top: CellValue[][] = areaGrid(area, ctx.notice).values.slice(0, AREA_ROWS.header);
  const tab = { name: area.tabName, headerRow: AREA_ROWS.header, values: top };
  const template = ctx.template;
  if (template) {
    // Documented: all data from the template sheet is copied to the new sheet.
    return applyToCopy(ss.insertSheet(area.tabName, index, { template: template.sheet }), tab, area, ctx, template);
  }
  const sheet = ss.insertSheet(area.tabName, index);
  sheet.getRange(1, 1, top.length, AREA_WIDTH).setValues(top as (string | number)[][]);
  const maxRows = initLook(sheet, AREA_ROWS.header);
  return applyPlan(sheet, tab, area, area.code, ctx, true, maxRows);
}
