/**
 * The tab "Việc còn lại" (office action): every task left per official — not entered, errors, no
 * evidence, giải trình due — from the core, written whole with one setValues under the document lock.
 * Officials see their own rows with a filter view (each person's own, so nobody's view changes).
 */
import type { CellValue } from '../../core/cells';
import { remainingTasks, remainingTasksGrid, TASKS_ROWS, TASKS_WIDTHS } from '../../core/cycle/progress';
import { TAB_NAMES } from '../../core/layout';
import { scoreWorkbook } from '../../core/pipeline';
import { readAssignments } from '../../core/report/assignments';
import { CYCLE_TEXT, PROGRESS_TEXT } from '../../core/text';
import { withDocumentLock } from '../lock';
import { TIME_FORMAT, TIME_ZONE } from '../logTab';
import { requireOffice } from '../office';
import { readWorkbookTabs } from '../readTabs';
import { assertOwnGrid } from '../reservedTabs';
import { activeSpreadsheet } from '../session';
import { setColumnWidths } from '../columnWidths';

const T = PROGRESS_TEXT.tab;
const TITLE_START = T.title('').split('(')[0];

export function writeTasksTab(): { tasks: number; officials: number } {
  const ss = activeSpreadsheet();
  requireOffice(ss, T.name);
  return withDocumentLock(CYCLE_TEXT.busy, () => {
    const tabs = readWorkbookTabs(ss, true);
    const own = tabs.find((t) => t.grid.name === T.name);
    // A tab of that name holding something else is the office's own: never written over.
    if (own) assertOwnGrid(own.grid.values, { title: TITLE_START }, T.taken, T.takenHint);
    const result = scoreWorkbook({ tabs: tabs.filter((t) => t !== own).map((t) => t.grid) });
    const assignmentsSheet = ss.getSheetByName(TAB_NAMES.assignments);
    const assignments = assignmentsSheet
      ? readAssignments(assignmentsSheet.getDataRange().getValues() as CellValue[][])
      : {};
    const tasks = remainingTasks(result, assignments);
    const values = remainingTasksGrid(tasks, Utilities.formatDate(new Date(), TIME_ZONE, TIME_FORMAT));

    let sheet = own?.sheet ?? null;
    if (!sheet) {
      sheet = ss.insertSheet(T.name, ss.getNumSheets());
      setColumnWidths(sheet, TASKS_WIDTHS);
      sheet.getRange(TASKS_ROWS.header, 1, 1, TASKS_WIDTHS.length).setFontWeight('bold').setBackground('#e8eaed');
      sheet.setFrozenRows(TASKS_ROWS.header);
      // Codes as text: "1.10" must not become 1.1.
      sheet.getRange(TASKS_ROWS.first, 2, sheet.getMaxRows() - TASKS_ROWS.header, 2).setNumberFormat('@');
    }
    const width = TASKS_WIDTHS.length;
    const previous = sheet.getLastRow();
    while (values.length < previous) values.push(Array<CellValue>(width).fill(''));
    if (values.length > sheet.getMaxRows())
      sheet.insertRowsAfter(sheet.getMaxRows(), values.length - sheet.getMaxRows());
    sheet.getRange(1, 1, values.length, width).setValues(values as (string | number)[][]);
    return { tasks: tasks.length, officials: new Set(tasks.map((t) => t.official)).size };
  });
}
