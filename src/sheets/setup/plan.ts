/**
 * Pure planning of setup/upgrade for area tabs: which tabs are area tabs (by header row, whatever
 * their name), which catalogue cells change, which criteria get new rows (appended at the end of
 * their area's tab: no row insertion, so no official's row moves), which are retired.
 *
 * Only catalogue cells (Mã … Chỉ tiêu KH) are ever planned; input, computed and appraisal cells are
 * never part of a plan, so an upgrade cannot change an entry.
 */
import type { AreaSpec, CatalogueSpec, CriterionSpec } from '../../core/catalog/types';
import { CellValue, cellText } from '../../core/cells';
import { AREA_COLUMNS, AREA_ROWS, col, LEGACY_AREA_WIDTH } from '../../core/layout';
import { areaCatalogueCells, areaTitleText, criterionCatalogueCells } from '../../core/template';
import { KIND_LABELS } from '../../core/text';
import { findHeaderRow, headerMismatch, isLegacyHeader, kindFromLabel } from '../../core/workbook';

/** Number of catalogue columns (Mã … Chỉ tiêu KH), the block setup owns in data rows. */
export const CATALOGUE_WIDTH = col('target') + 1;

export type TabKind =
  | { kind: 'area'; headerRow: number; areaCode: string | null }
  | { kind: 'damaged'; headerRow: number; areaCode: string | null }
  | { kind: 'other' };

export function tabAreaCode(values: CellValue[][], headerRow: number): string | null {
  let first: string | null = null;
  for (let r = headerRow; r < values.length; r++) {
    const code = cellText(values[r][col('code')]);
    if (!code) continue;
    if (kindFromLabel(values[r][col('kind')]) === 'area') return code;
    if (first === null && /^\d+(\.\d+)*$/.test(code)) first = code.split('.')[0];
  }
  return first;
}

export function classifyTab(values: CellValue[][]): TabKind {
  const headerRow = findHeaderRow(values);
  if (headerRow === null) return { kind: 'other' };
  const full = headerMismatch(values[headerRow - 1]) < 0;
  return { kind: full ? 'area' : 'damaged', headerRow, areaCode: tabAreaCode(values, headerRow) };
}

/** What a data row is, for validation: a criterion, the area row, or something setup does not own. */
export type RowSpec = { kind: 'criterion'; spec: CriterionSpec } | { kind: 'area' } | null;

export interface CatalogueEntry {
  cells: CellValue[];
  row: RowSpec;
}

/** Every catalogue code → its catalogue cells. */
export function catalogueEntries(spec: CatalogueSpec): Map<string, CatalogueEntry> {
  const out = new Map<string, CatalogueEntry>();
  for (const a of spec.areas) {
    out.set(a.code, { cells: areaCatalogueCells(a), row: { kind: 'area' } });
    for (const c of a.criteria)
      out.set(c.code, { cells: criterionCatalogueCells(c), row: { kind: 'criterion', spec: c } });
  }
  return out;
}

/** A run of consecutive rows to write, 1-based, starting at `column`. */
export interface BlockWrite {
  row: number;
  column: number;
  values: CellValue[][];
}

export interface AreaTabPlan {
  writes: BlockWrite[];
  /** Rows appended after the last row (their catalogue cells are in `writes`). */
  appended: string[];
  updated: string[];
  retired: string[];
  /** The spec of every data row from headerRow+1, after the plan (for data validation). */
  rows: RowSpec[];
  /** Last row holding data after the plan. */
  lastRow: number;
  /** The header row gets the rounds group's headers (a tab made before it). */
  headerExtended?: boolean;
}

export interface TabInput {
  name: string;
  headerRow: number;
  values: CellValue[][];
}

/** Same content as the reader sees it (2 and "2" are the same; "1.10" and 1.1 are not). */
export function sameCell(a: CellValue, b: CellValue): boolean {
  return cellText(a) === cellText(b);
}

const sameRow = (a: CellValue[], b: CellValue[]) => b.every((v, i) => sameCell(a[i], v));

/** Groups row writes into runs of consecutive rows (one setValues each). */
export function toRuns(rows: Map<number, CellValue[]>, column: number): BlockWrite[] {
  const runs: BlockWrite[] = [];
  for (const r of [...rows.keys()].sort((x, y) => x - y)) {
    const last = runs[runs.length - 1];
    if (last && last.row + last.values.length === r) last.values.push(rows.get(r)!);
    else runs.push({ row: r, column, values: [rows.get(r)!] });
  }
  return runs;
}

/**
 * Plans one area tab. `firstPlace` says where each code first occurs in the workbook (a code found in
 * another tab is not appended here; a second occurrence is a duplicate that setup leaves alone);
 * `area` is the catalogue area this tab holds (null for a tab of an area gone from the catalogue).
 */
export function planAreaTab(
  tab: TabInput,
  area: AreaSpec | null,
  notice: string,
  entries: Map<string, CatalogueEntry>,
  firstPlace: Map<string, { tab: string; row: number }>,
): AreaTabPlan {
  const changes = new Map<number, CellValue[]>();
  const plan: AreaTabPlan = {
    writes: [],
    appended: [],
    updated: [],
    retired: [],
    rows: [],
    lastRow: tab.values.length,
  };

  for (let r = tab.headerRow + 1; r <= tab.values.length; r++) {
    const cells = tab.values[r - 1];
    const code = cellText(cells[col('code')]);
    const place = code ? firstPlace.get(code) : undefined;
    if (!code || !place || place.tab !== tab.name || place.row !== r) {
      plan.rows.push(null);
      continue;
    }
    const entry = entries.get(code);
    if (entry) {
      if (!sameRow(cells, entry.cells)) {
        changes.set(r, entry.cells);
        plan.updated.push(code);
      }
      plan.rows.push(entry.row);
      continue;
    }
    // Gone from the catalogue: keep the row and its data, mark it retired (not scored). The row of
    // a whole area gone from the catalogue stays as it is (its tab is reported instead).
    plan.rows.push(null);
    const kind = kindFromLabel(cells[col('kind')]);
    if (kind === 'retired' || kind === 'area') continue;
    const retired = cells.slice(0, CATALOGUE_WIDTH).map((v) => v ?? '');
    while (retired.length < CATALOGUE_WIDTH) retired.push('');
    retired[col('kind')] = KIND_LABELS.retired;
    changes.set(r, retired);
    plan.retired.push(code);
  }

  if (area) {
    const missing = [area.code, ...area.criteria.map((c) => c.code)].filter((code) => !firstPlace.has(code));
    for (const code of missing) {
      const entry = entries.get(code)!;
      plan.lastRow++;
      changes.set(plan.lastRow, entry.cells);
      plan.rows.push(entry.row);
      plan.appended.push(code);
    }
  }
  plan.writes = toRuns(changes, 1);
  // A tab made before the rounds group gets its headers; the cells below stay blank (nothing moves).
  if (isLegacyHeader(tab.values[tab.headerRow - 1] ?? [])) {
    plan.writes.push({
      row: tab.headerRow,
      column: LEGACY_AREA_WIDTH + 1,
      values: [AREA_COLUMNS.slice(LEGACY_AREA_WIDTH).map((c) => c.header)],
    });
    plan.headerExtended = true;
  }

  // Title and notice rows, when the header is where setup put it.
  if (area && tab.headerRow === AREA_ROWS.header) {
    const top = new Map<number, CellValue[]>();
    if (!sameCell(tab.values[AREA_ROWS.title - 1]?.[0], areaTitleText(area)))
      top.set(AREA_ROWS.title, [areaTitleText(area)]);
    if (!sameCell(tab.values[AREA_ROWS.notice - 1]?.[0], notice)) top.set(AREA_ROWS.notice, [notice]);
    plan.writes.push(...toRuns(top, 1));
  }
  return plan;
}
