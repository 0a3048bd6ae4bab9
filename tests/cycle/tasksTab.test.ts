/** "Việc còn lại" on the fakes: the office writes what each official has left; rows officials can filter. */
import type { FakeGas } from '../fakes';
import { remainingTasks, remainingTasksGrid, TASKS_ROWS } from '../../src/core/cycle/progress';
import { colNumber, letterOf, TAB_NAMES } from '../../src/core/layout';
import { scoreWorkbook } from '../../src/core/pipeline';
import { readAssignments } from '../../src/core/report/assignments';
import { SAMPLE_ASSIGNMENTS, SAMPLE_ENTRIES, SAMPLE_INFO } from '../../src/core/sample/caoAn2023';
import { CYCLE_MENU_TEXT, CYCLE_TEXT, PROGRESS_TEXT } from '../../src/core/text';
import type { WorkbookGrids } from '../../src/core/workbook';
import { menuRemainingTasks } from '../../src/main';
import { MENU_ITEMS } from '../../src/sheets/menu';
import { fillAssignments, fillEntries, fillInfo, install, rowOf, setup, sheet } from '../sheets/helpers';

const TUPHAP = 'tuphap.caoan@example.gov.vn';
let gas: FakeGas;
afterEach(() => gas.uninstall());

const lastAlert = () => gas.ui.alerts[gas.ui.alerts.length - 1];
const grids = (): WorkbookGrids => ({
  tabs: gas.spreadsheet
    .fakeSheets()
    .filter((s) => s.fakeName !== PROGRESS_TEXT.tab.name && s.fakeName !== TAB_NAMES.assignments)
    .map((s) => ({ name: s.fakeName, values: s.fakeValues() as WorkbookGrids['tabs'][number]['values'] })),
});

describe('Việc còn lại', () => {
  it('is a menu item of main.ts; the office writes every task with its cell; a later run replaces the rows', () => {
    expect(MENU_ITEMS).toContainEqual({ label: CYCLE_MENU_TEXT.remainingTasks, fn: 'menuRemainingTasks' });
    gas = install({ editorEmails: [TUPHAP] });
    setup(gas);
    fillAssignments(gas, SAMPLE_ASSIGNMENTS);
    setup(gas);
    fillEntries(gas, SAMPLE_ENTRIES);
    fillInfo(gas, SAMPLE_INFO);
    const s2 = sheet(gas, '2. Cải cách thể chế');
    s2.getRange(rowOf(s2, '2.1'), colNumber('a'), 1, 3).setValues([['', '', '']]);

    gas.runAs('tuphap', menuRemainingTasks, { user: TUPHAP });
    expect(lastAlert().prompt).toContain(CYCLE_TEXT.notOffice(PROGRESS_TEXT.tab.name, TUPHAP));
    expect(gas.spreadsheet.getSheetByName(PROGRESS_TEXT.tab.name)).toBeNull();

    gas.writes.reset();
    menuRemainingTasks();
    expect(lastAlert().title).toBe(PROGRESS_TEXT.tab.doneTitle);
    const tab = sheet(gas, PROGRESS_TEXT.tab.name);
    const written = tab.fakeValues();
    const assignments = readAssignments(sheet(gas, TAB_NAMES.assignments).fakeValues() as string[][]);
    const tasks = remainingTasks(scoreWorkbook(grids()), assignments);
    const expected = remainingTasksGrid(tasks, '');
    expect(written.slice(TASKS_ROWS.header - 1)).toEqual(expected.slice(TASKS_ROWS.header - 1));
    const row21 = written.find((r) => r[2] === '2.1')!;
    expect(row21).toEqual([
      SAMPLE_ASSIGNMENTS['2'].names,
      '2',
      '2.1',
      expect.any(String),
      PROGRESS_TEXT.tab.kinds.notEntered,
      `2. Cải cách thể chế!${letterOf('a')}${rowOf(s2, '2.1')}`,
    ]);
    expect(gas.writes.filter({ sheet: PROGRESS_TEXT.tab.name, method: 'Range.setValues' })).toHaveLength(1);
    // The tab is not taken for an area tab: scoring is unchanged by it.
    const all = {
      tabs: gas.spreadsheet
        .fakeSheets()
        .map((s) => ({ name: s.fakeName, values: s.fakeValues() as WorkbookGrids['tabs'][number]['values'] })),
    };
    expect(scoreWorkbook(all).problems).toEqual(scoreWorkbook(grids()).problems);

    // 2.1 filled again: its row goes, and no stale row is left below the shorter list.
    fillEntries(gas, { '2.1': SAMPLE_ENTRIES['2.1'] });
    menuRemainingTasks();
    const again = sheet(gas, PROGRESS_TEXT.tab.name).fakeValues();
    expect(again.some((r) => r[2] === '2.1')).toBe(false);
    expect(again.filter((r) => r.some((v) => v !== '')).length).toBe(
      written.filter((r) => r.some((v) => v !== '')).length - 1,
    );
  });
});
