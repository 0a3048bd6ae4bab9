/**
 * The protected tab "Chốt số liệu": a header row, then one block per lock (a title line with the
 * year, time and user, then snapshotRows), appended below the earlier blocks with one setValues —
 * an earlier snapshot is never written over.
 */
import { PALETTE } from '../../core/palette';
import type { CellValue } from '../../core/cells';
import { SNAPSHOT_HEADER, SNAPSHOT_LEGACY_WIDTH } from '../../core/cycle/snapshot';
import { AREA_COLUMNS, col, TAB_NAMES } from '../../core/layout';
import { CYCLE_TEXT as T } from '../../core/text';
import { protectSheet, removeOurProtections } from '../setup/protect';
import { setColumnWidths } from '../columnWidths';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const WIDTH = SNAPSHOT_HEADER.length;
/**
 * Columns kept as text (0-based runs), so Sheets never re-reads "08/01/2024 09:00:00", "1.10" or
 * "12/2023" as a date or number, nor runs a text like "=…" or "+…" as a formula.
 */
const TEXT_RUNS: readonly [number, number][] = [
  [SNAPSHOT_HEADER.indexOf('Thời điểm chốt'), 3], // time, user, tab
  [SNAPSHOT_HEADER.indexOf('Mã'), 1],
  [SNAPSHOT_HEADER.indexOf(AREA_COLUMNS[col('value')].header), 5], // value, na, evidence, explanation, owner
  [SNAPSHOT_HEADER.indexOf(AREA_COLUMNS[col('appraisal1Note')].header), 3], // lần 1 note, giải trình, final note
];

function createSnapshotSheet(ss: Spreadsheet): Sheet {
  const sheet = ss.insertSheet(TAB_NAMES.snapshot, ss.getNumSheets());
  sheet
    .getRange(1, 1, 1, WIDTH)
    .setValues([[...SNAPSHOT_HEADER]])
    .setFontWeight('bold')
    .setBackground(PALETTE.header)
    .setWrap(true);
  sheet.setFrozenRows(1);
  setColumnWidths(
    sheet,
    [150, 200, 160, 50, 56, 70, 70, 120, 60, 200, 220, 140, 70, 80, 80, 80, 180, 220, 180].slice(0, WIDTH),
  );
  return sheet;
}

/**
 * A tab made before the rounds' columns has the shorter header: the new header cells are written
 * beside it (blocks below keep their columns; the new ones read as blank in the older blocks).
 */
function extendOlderHeader(sheet: Sheet): void {
  const header = sheet.getRange(1, 1, 1, WIDTH).getValues()[0];
  const extra = SNAPSHOT_HEADER.slice(SNAPSHOT_LEGACY_WIDTH);
  if (header.slice(SNAPSHOT_LEGACY_WIDTH).every((v, i) => v === extra[i])) return;
  sheet
    .getRange(1, SNAPSHOT_LEGACY_WIDTH + 1, 1, extra.length)
    .setValues([[...extra]])
    .setFontWeight('bold')
    .setBackground(PALETTE.header)
    .setWrap(true);
}

/** Appends one block; returns its first row. The tab is (re)protected: the office only. */
export function appendSnapshot(
  ss: Spreadsheet,
  title: string,
  rows: CellValue[][],
  office: string[],
  me: string,
): { sheet: Sheet; firstRow: number } {
  const existing = ss.getSheetByName(TAB_NAMES.snapshot);
  if (existing) extendOlderHeader(existing);
  const sheet = existing ?? createSnapshotSheet(ss);
  const last = Math.max(1, sheet.getLastRow());
  // A blank line between blocks, then the block's title line.
  const block: CellValue[][] = [
    Array<CellValue>(WIDTH).fill(''),
    [title, ...Array<CellValue>(WIDTH - 1).fill('')],
    ...rows,
  ];
  const firstRow = last + 1;
  for (const [start, count] of TEXT_RUNS) sheet.getRange(firstRow, start + 1, block.length, count).setNumberFormat('@');
  sheet.getRange(firstRow, 1, block.length, WIDTH).setValues(block as (string | number)[][]);
  sheet.getRange(firstRow + 1, 1).setFontWeight('bold');
  removeOurProtections(sheet);
  protectSheet(sheet, T.snapshotProtection, office, { mode: 'office', me, failed: new Set() });
  return { sheet, firstRow };
}
