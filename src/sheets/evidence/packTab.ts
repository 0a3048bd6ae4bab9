/**
 * The tab "Hồ sơ minh chứng" (office action): the evidence pack from the core, written whole under the
 * document lock with one setValues (links as =HYPERLINK formulas), one setFontWeights and one
 * setBackgrounds; rows left from a longer earlier run are blanked in the same calls.
 */
import { type CellValue } from '../../core/cells';
import { buildEvidencePack, packUploads } from '../../core/evidence/pack';
import { uploadRowsToRecords } from '../../core/evidence/uploadLog';
import {
  evidencePackGrid,
  isLinkCell,
  PACK_WIDTH,
  PACK_WIDTHS,
  type PackCell,
  packHeading,
} from '../../core/evidence/packTable';
import { TAB_NAMES } from '../../core/layout';
import { PALETTE } from '../../core/palette';
import { scoreWorkbook } from '../../core/pipeline';
import { readAssignments } from '../../core/report/assignments';
import { CYCLE_TEXT, EVIDENCE_PACK_TEXT as T } from '../../core/text';
import { withDocumentLock } from '../lock';
import { TIME_ZONE } from '../logTab';
import { requireOffice } from '../office';
import { readWorkbookTabs } from '../readTabs';
import { assertOwnGrid } from '../reservedTabs';
import { activeSpreadsheet } from '../session';
import { setColumnWidths } from '../columnWidths';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const quoted = (s: string) => `"${s.replace(/"/g, '""')}"`;

/**
 * A cell as setValues writes it. Text gets a leading apostrophe, so Sheets keeps it as typed (a code
 * "1.10", a date-like name, a reference starting with "=") and shows it without the apostrophe.
 */
export function sheetCell(v: PackCell): string | number | boolean | Date {
  if (isLinkCell(v)) return `=HYPERLINK(${quoted(v.url)},${quoted(v.text)})`;
  if (v === null || v === undefined || v === '') return '';
  if (typeof v === 'string') return `'${v}`;
  return v;
}

export interface PackTabOutcome {
  criteria: number;
  documents: number;
  missing: number;
}

function createTab(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): Sheet {
  const sheet = ss.insertSheet(T.tabName, ss.getNumSheets());
  setColumnWidths(sheet, PACK_WIDTHS);
  // Names, titles and giải trình wrap; the title line (column A) runs across the empty cells beside it.
  sheet.getRange(1, 3, sheet.getMaxRows(), PACK_WIDTH - 2).setWrap(true);
  return sheet;
}

const PACK_TIME = 'dd/MM/yyyy HH:mm';

export function writeEvidencePackTab(): PackTabOutcome {
  const ss = activeSpreadsheet();
  requireOffice(ss, T.tabName);
  return withDocumentLock(CYCLE_TEXT.busy, () => {
    const tabs = readWorkbookTabs(ss, true);
    const own = tabs.find((t) => t.grid.name === T.tabName);
    if (own) assertOwnGrid(own.grid.values, { title: T.titleStart }, T.taken, T.takenHint);
    const result = scoreWorkbook({ tabs: tabs.filter((t) => t !== own).map((t) => t.grid) });
    const assignmentsSheet = ss.getSheetByName(TAB_NAMES.assignments);
    const assignments = assignmentsSheet
      ? readAssignments(assignmentsSheet.getDataRange().getValues() as CellValue[][])
      : {};
    // The upload log, when the sidebar's upload has written one: date added and by whom.
    const logRead = tabs.find((t) => t.grid.name === TAB_NAMES.uploads)?.grid.values;
    const logSheet = logRead ? null : ss.getSheetByName(TAB_NAMES.uploads);
    const logValues = logRead ?? (logSheet ? (logSheet.getDataRange().getValues() as CellValue[][]) : []);
    const uploads = packUploads(uploadRowsToRecords(logValues), (at) => Utilities.formatDate(at, TIME_ZONE, PACK_TIME));
    const pack = buildEvidencePack(result, assignments, uploads);
    const grid = evidencePackGrid(pack, packHeading(result, Utilities.formatDate(new Date(), TIME_ZONE, PACK_TIME)));

    const sheet = own?.sheet ?? createTab(ss);
    const rows = Math.max(grid.values.length, sheet.getLastRow());
    if (rows > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), rows - sheet.getMaxRows());
    const blank = () => Array<string>(PACK_WIDTH).fill('');
    const values = grid.values.map((r) => r.map(sheetCell));
    while (values.length < rows) values.push(blank());
    const bold = new Set([1, ...grid.headingRows, ...grid.headerRows, grid.totalRow]);
    const header = new Set(grid.headerRows);
    const range = sheet.getRange(1, 1, rows, PACK_WIDTH);
    range.setValues(values);
    range.setFontWeights(values.map((_, i) => Array(PACK_WIDTH).fill(bold.has(i + 1) ? 'bold' : 'normal')));
    range.setBackgrounds(values.map((_, i) => Array(PACK_WIDTH).fill(header.has(i + 1) ? PALETTE.header : null)));
    const documents = pack.criteria.reduce((n, c) => n + c.documents.length, 0);
    return { criteria: pack.criteria.length, documents, missing: pack.missing.length };
  });
}
