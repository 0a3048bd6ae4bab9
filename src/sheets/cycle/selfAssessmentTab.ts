/**
 * The tab "Bảng tự đánh giá": the self-assessment table (code, criterion, max, self score, evidence,
 * explanation) from the core's grid shared with the .xlsx export and the report's appendix. Written
 * whole with one setValues (padded with blanks over a longer earlier table), under the document lock.
 */
import { PALETTE } from '../../core/palette';
import type { CellValue } from '../../core/cells';
import {
  SELF_ASSESSMENT_COLUMNS,
  SELF_ASSESSMENT_ROWS,
  selfAssessmentGrid,
} from '../../core/cycle/selfAssessmentTable';
import { scoreWorkbook } from '../../core/pipeline';
import { CYCLE_TEXT as T, SELF_ASSESSMENT_TAB, SELF_ASSESSMENT_TEXT } from '../../core/text';
import { assertOwnGrid } from '../reservedTabs';
import { withDocumentLock } from '../lock';
import { readWorkbookTabs } from '../readTabs';
import { activeSpreadsheet } from '../session';
import { setColumnWidths } from '../columnWidths';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const WIDTH = SELF_ASSESSMENT_COLUMNS.length;
const TITLE_START = SELF_ASSESSMENT_TEXT.title('');

function initSheet(sheet: Sheet): void {
  setColumnWidths(
    sheet,
    SELF_ASSESSMENT_COLUMNS.map((c) => c.width),
  );
  sheet.getRange(SELF_ASSESSMENT_ROWS.title, 1).setFontWeight('bold').setFontSize(13);
  sheet
    .getRange(SELF_ASSESSMENT_ROWS.header, 1, 1, WIDTH)
    .setFontWeight('bold')
    .setBackground(PALETTE.header)
    .setWrap(true);
  sheet.setFrozenRows(SELF_ASSESSMENT_ROWS.header);
  // Code, criterion, evidence and explanation as text: "1.10" must not become 1.1, nor "=…" a formula.
  const rows = sheet.getMaxRows() - SELF_ASSESSMENT_ROWS.header;
  sheet.getRange(SELF_ASSESSMENT_ROWS.first, 1, rows, 2).setNumberFormat('@');
  sheet.getRange(SELF_ASSESSMENT_ROWS.first, 5, rows, 2).setNumberFormat('@').setWrap(true);
  sheet.getRange(SELF_ASSESSMENT_ROWS.first, 2, rows, 1).setWrap(true);
}

export function writeSelfAssessmentTab(): { tab: string; criteria: number } {
  return withDocumentLock(T.busy, () => {
    const ss = activeSpreadsheet();
    const tabs = readWorkbookTabs(ss, true);
    const own = tabs.find((t) => t.grid.name === SELF_ASSESSMENT_TAB);
    // A tab of that name holding something else is the office's own: never written over.
    if (own)
      assertOwnGrid(
        own.grid.values,
        { title: TITLE_START },
        T.selfTableTabTaken(SELF_ASSESSMENT_TAB),
        T.selfTableTabTakenHint,
      );
    const result = scoreWorkbook({ tabs: tabs.filter((t) => t !== own).map((t) => t.grid) });
    const table = selfAssessmentGrid(result);

    let sheet = own?.sheet ?? null;
    if (!sheet) {
      sheet = ss.insertSheet(SELF_ASSESSMENT_TAB, ss.getNumSheets());
      initSheet(sheet);
    }
    const values: CellValue[][] = table.values.map((r) => [...r]);
    const previous = sheet.getLastRow();
    while (values.length < previous) values.push(Array<CellValue>(WIDTH).fill(''));
    if (values.length > sheet.getMaxRows())
      sheet.insertRowsAfter(sheet.getMaxRows(), values.length - sheet.getMaxRows());
    sheet.getRange(1, 1, values.length, WIDTH).setValues(values as (string | number)[][]);
    // Areas and the total in bold, everything else normal: one call for the whole table.
    const bold = new Set(table.boldRows);
    const first = SELF_ASSESSMENT_ROWS.first;
    const weights = values
      .slice(first - 1)
      .map((_, i) =>
        Array<GoogleAppsScript.Spreadsheet.FontWeight>(WIDTH).fill(bold.has(first + i) ? 'bold' : 'normal'),
      );
    if (weights.length > 0) sheet.getRange(first, 1, weights.length, WIDTH).setFontWeights(weights);
    return { tab: SELF_ASSESSMENT_TAB, criteria: table.criteria };
  });
}
