/**
 * The vocabulary of bad input: what an official or the office does to the sample workbook, as data.
 * Each shell realises an edit its own way (sheetsPath.ts on the Apps Script fakes, xlsxPath.ts with
 * exceljs); this file also applies the edits to plain grids (the "model"), which is only used to find
 * where things end up (rows shift when a header moves, a copied row lands at the end of a tab) so
 * that expected cell addresses are computed with the layout, never written as letters.
 */
import { DEFAULT_CATALOGUE } from '../../src/core/catalog/defaultCatalogue';
import { CellValue, cellText } from '../../src/core/cells';
import {
  AREA_COLUMNS,
  AREA_ROWS,
  cellAddress,
  col,
  ColumnKey,
  columnLetter,
  INFO_FIELDS,
  InfoKey,
  TAB_NAMES,
} from '../../src/core/layout';
import { sampleGrids } from '../../src/core/sample/caoAn2023';
import { findHeaderRow } from '../../src/core/workbook';

/** A formula cell: its cached result is a spreadsheet error code, or (result undefined) none was saved. */
export interface FormulaCell {
  formula: string;
  result?: string;
}
export type EditValue = CellValue | FormulaCell;
export type RowCells = Partial<Record<ColumnKey, CellValue>>;

export type Edit =
  /** Types a value into a cell of a criterion row (the first row holding that code). */
  | { op: 'set'; code: string; key: ColumnKey; value: EditValue }
  /** Types a value into Thông tin chung (the value column of the field's row). */
  | { op: 'setInfo'; key: InfoKey; value: CellValue }
  /** Adds rows below the last row of an area's tab. */
  | { op: 'appendRows'; area: string; rows: RowCells[] }
  /** Copies a criterion row (all its cells) below the last row of an area's tab, with some cells changed. */
  | { op: 'copyRow'; code: string; toArea: string; change?: RowCells }
  /** Pastes `count` identical rows below the last row of an area's tab. */
  | { op: 'pasteRows'; area: string; count: number; cells: RowCells }
  | { op: 'deleteTab'; area: string }
  /** Renames an area's tab; a tab already holding that name is first renamed "<name> (cũ)". */
  | { op: 'renameTab'; area: string; name: string }
  /** Inserts empty rows at the top of an area's tab (its header row moves down). */
  | { op: 'insertRowsAtTop'; area: string; count: number }
  | { op: 'deleteRow'; area: string; row: 'header' | 'areaRow' | { code: string } }
  /** Changes a header cell of an area's tab. */
  | { op: 'setHeader'; area: string; key: ColumnKey; value: string }
  /** Inserts an empty column before Mã (every column moves right). */
  | { op: 'insertColumnAtStart'; area: string }
  /** Merges the cells from..to of a criterion row, over `rows` rows; Sheets and Excel keep the top-left value only. */
  | { op: 'merge'; code: string; from: ColumnKey; to: ColumnKey; rows: number }
  /**
   * Writes `value` into every criterion row's `keys` cells in every area tab, the area rows' titles
   * when `keys` has 'title', the listed Thông tin chung fields and (when the shell has the tab) the
   * officials' names of Phân công.
   */
  | { op: 'fillText'; value: string; keys: ColumnKey[]; info: InfoKey[]; assignmentNames: boolean };

export function isFormula(v: EditValue): v is FormulaCell {
  return typeof v === 'object' && v !== null && !(v instanceof Date) && 'formula' in v;
}

/** What a formula cell reads as once the shell has it: the error code, or '' without a cached result. */
export function readAs(v: EditValue): CellValue {
  return isFormula(v) ? (v.result ?? '') : v;
}

export function areaSpec(area: string) {
  const spec = DEFAULT_CATALOGUE.areas.find((a) => a.code === area);
  if (!spec) throw new Error(`no area ${area} in the default catalogue`);
  return spec;
}

export const areaOf = (code: string): string => code.split('.')[0];

/** The sample tab name of an area (before any rename). */
export const sampleTabName = (area: string): string => areaSpec(area).tabName;

export const DISPLACED = (name: string): string => `${name} (cũ)`;

/** A row of an area tab from layout keys ('' elsewhere). */
export function rowFromCells(cells: RowCells): CellValue[] {
  const row: CellValue[] = AREA_COLUMNS.map(() => '');
  for (const [k, v] of Object.entries(cells) as [ColumnKey, CellValue][]) row[col(k)] = v;
  return row;
}

/** Where each edit's keys land for fillText: criterion rows (and area rows for titles). */
export function isCriterionOrAreaRow(cells: CellValue[], rowNumber: number, headerRow: number): boolean {
  return rowNumber > headerRow && cellText(cells[col('code')]) !== '';
}

// ---- the model: the same edits on plain grids ---------------------------------------------

export interface ModelTab {
  name: string;
  values: CellValue[][];
  /** The area whose tab this was in the sample (kept through renames), null for other tabs. */
  area: string | null;
  /** First row added by appendRows/copyRow/pasteRows (1-based), if any. */
  firstAdded?: number;
}

export interface Model {
  tabs: ModelTab[];
}

export function sampleModel(): Model {
  const grids = sampleGrids();
  return {
    tabs: grids.tabs.map((t) => ({
      name: t.name,
      values: t.values.map((r) => [...r]),
      area: findHeaderRow(t.values) === null ? null : cellText(t.values[AREA_ROWS.firstData - 1][col('code')]),
    })),
  };
}

export function modelTab(m: Model, area: string): ModelTab {
  const t = m.tabs.find((x) => x.area === area);
  if (!t) throw new Error(`model: no tab for area ${area}`);
  return t;
}

/** 1-based row of the nth row holding `code` in a tab, or 0. */
export function rowOfCode(values: CellValue[][], code: string, nth = 1, keyColumn = col('code')): number {
  let seen = 0;
  for (let i = 0; i < values.length; i++) {
    if (cellText(values[i]?.[keyColumn]) === code && ++seen === nth) return i + 1;
  }
  return 0;
}

/** The column holding Mã in a tab (moved right when a column was inserted before it). */
function codeColumn(t: ModelTab): number {
  const header = findHeaderRow(t.values);
  if (header === null) return col('code');
  const i = t.values[header - 1].findIndex((v) => cellText(v) === AREA_COLUMNS[0].header);
  return i < 0 ? col('code') : i;
}

function put(values: CellValue[][], row: number, column0: number, v: CellValue): void {
  while (values.length < row) values.push(AREA_COLUMNS.map(() => ''));
  const r = values[row - 1];
  while (r.length <= column0) r.push('');
  r[column0] = v;
}

export function applyToModel(m: Model, edits: readonly Edit[]): Model {
  for (const e of edits) {
    switch (e.op) {
      case 'set': {
        const t = modelTab(m, areaOf(e.code));
        const shift = codeColumn(t) - col('code');
        put(t.values, rowOfCode(t.values, e.code, 1, codeColumn(t)), col(e.key) + shift, readAs(e.value));
        break;
      }
      case 'setInfo': {
        const t = m.tabs.find((x) => x.name === TAB_NAMES.info)!;
        const label = INFO_FIELDS.find((f) => f.key === e.key)!.label;
        put(t.values, rowOfCode(t.values, label, 1, 0), 1, e.value);
        break;
      }
      case 'appendRows':
      case 'copyRow':
      case 'pasteRows': {
        const t = modelTab(m, e.op === 'copyRow' ? e.toArea : e.area);
        const rows =
          e.op === 'appendRows'
            ? e.rows.map(rowFromCells)
            : e.op === 'pasteRows'
              ? Array.from({ length: e.count }, () => rowFromCells(e.cells))
              : [copiedRow(m, e.code, e.change)];
        t.firstAdded ??= t.values.length + 1;
        t.values.push(...rows);
        break;
      }
      case 'deleteTab':
        m.tabs = m.tabs.filter((t) => t.area !== e.area);
        break;
      case 'renameTab': {
        const holder = m.tabs.find((t) => t.name === e.name);
        if (holder) holder.name = DISPLACED(e.name);
        modelTab(m, e.area).name = e.name;
        break;
      }
      case 'insertRowsAtTop': {
        const t = modelTab(m, e.area);
        t.values.unshift(...Array.from({ length: e.count }, () => AREA_COLUMNS.map((): CellValue => '')));
        break;
      }
      case 'deleteRow': {
        const t = modelTab(m, e.area);
        const header = findHeaderRow(t.values)!;
        t.values.splice(rowToDelete(t.values, header, e.row) - 1, 1);
        break;
      }
      case 'setHeader': {
        const t = modelTab(m, e.area);
        put(t.values, findHeaderRow(t.values)!, col(e.key), e.value);
        break;
      }
      case 'insertColumnAtStart':
        modelTab(m, e.area).values.forEach((r) => r.unshift(''));
        break;
      case 'merge': {
        const t = modelTab(m, areaOf(e.code));
        const r = rowOfCode(t.values, e.code);
        for (let i = 0; i < e.rows; i++)
          for (let c = col(e.from); c <= col(e.to); c++) if (i > 0 || c > col(e.from)) put(t.values, r + i, c, '');
        break;
      }
      case 'fillText':
        for (const t of m.tabs) {
          if (t.area === null) continue;
          const header = findHeaderRow(t.values)!;
          t.values.forEach((cells, i) => {
            if (!isCriterionOrAreaRow(cells, i + 1, header)) return;
            for (const k of e.keys) put(t.values, i + 1, col(k), e.value);
          });
        }
        for (const key of e.info) applyToModel(m, [{ op: 'setInfo', key, value: e.value }]);
        break;
    }
  }
  return m;
}

function copiedRow(m: Model, code: string, change: RowCells = {}): CellValue[] {
  const from = modelTab(m, areaOf(code));
  const row = [...from.values[rowOfCode(from.values, code) - 1]];
  for (const [k, v] of Object.entries(change) as [ColumnKey, CellValue][]) row[col(k)] = v;
  return row;
}

// ---- where a problem is expected ------------------------------------------------------------

export type At =
  /** The nth row holding `code` in the tab of area `in` (default: the code's own area). */
  | { code: string; key: ColumnKey; in?: string; nth?: number }
  /** A row of an area's tab found by its role. */
  | { area: string; row: 'header' | 'areaRow' | 'firstAdded'; key: ColumnKey }
  /** The value cell of a Thông tin chung field. */
  | { info: InfoKey }
  /** A problem of the whole workbook (no cell). */
  | 'workbook';

export interface Place {
  sheet: string;
  row: number;
  /** "3. Cải cách TTHC!H11" */
  address: string;
  /** The tab's header row when the place is in an area tab. */
  headerRow: number | null;
}

/** The expected cell of a problem in the edited workbook, or null for a workbook-wide problem. */
export function resolveAt(m: Model, at: At): Place | null {
  if (at === 'workbook') return null;
  if ('info' in at) {
    const t = m.tabs.find((x) => x.name === TAB_NAMES.info)!;
    const row = rowOfCode(t.values, INFO_FIELDS.find((f) => f.key === at.info)!.label, 1, 0);
    return { sheet: t.name, row, address: `${t.name}!${columnLetter(2)}${row}`, headerRow: null };
  }
  const t = modelTab(m, 'area' in at ? at.area : (at.in ?? areaOf(at.code)));
  const headerRow = findHeaderRow(t.values);
  let row: number;
  if ('area' in at) row = at.row === 'header' ? headerRow! : at.row === 'areaRow' ? headerRow! + 1 : t.firstAdded!;
  else row = rowOfCode(t.values, at.code, at.nth ?? 1, codeColumn(t));
  if (!row) throw new Error(`model: cannot place ${JSON.stringify(at)}`);
  return { sheet: t.name, row, address: cellAddress(t.name, row, at.key), headerRow };
}

/** 1-based row a deleteRow edit removes: the header, the area row below it, or a criterion's row. */
export function rowToDelete(
  values: CellValue[][],
  header: number,
  row: 'header' | 'areaRow' | { code: string },
): number {
  if (row === 'header') return header;
  if (row === 'areaRow') return header + 1;
  const i = values.findIndex((r) => r?.[col('code')] === row.code);
  if (i < 0) throw new Error(`no row ${row.code}`);
  return i + 1;
}
