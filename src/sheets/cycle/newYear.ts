/**
 * "Tạo năm mới" in Sheets, with the minimal scopes (the add-on never creates a spreadsheet): the
 * office makes File → Make a copy of the locked workbook and runs this in the COPY. Refused unless the
 * round was locked (snapshot kept) and the office confirms; then, under the document lock, the core's
 * plan (cycle/newYear.ts) is written — one setValues per area-tab block and one per run of Thông tin
 * chung rows — the lock is released (the officials get their inputs back) and the workbook is scored,
 * so Tổng hợp and the sidebar show the new year with last year's points beside it.
 */
import type { CellValue } from '../../core/cells';
import { cellText } from '../../core/cells';
import { assessedLeaves } from '../../core/cycle/evidence';
import { planNewYear, NewYearPlan } from '../../core/cycle/newYear';
import { formatPercent2, formatPoints } from '../../core/format';
import { INFO_FIELDS, TAB_NAMES } from '../../core/layout';
import { scoreWorkbook, WorkbookResult } from '../../core/pipeline';
import { CYCLE_MENU_TEXT, CYCLE_TEXT as T } from '../../core/text';
import { readInfo, readWorkbook, WorkbookGrids } from '../../core/workbook';
import { computeScores } from '../computeScores';
import { UserError } from '../errors';
import { withDocumentLock } from '../lock';
import { readWorkbookTabs } from '../readTabs';
import { activeSpreadsheet } from '../session';
import { toRuns } from '../setup/plan';
import { requireOffice } from '../office';
import { isRoundLocked, releaseLock } from './roundLock';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface NewYearOutcome {
  year: number;
  next: number;
  /** Leaf criteria whose points were carried. */
  criteria: number;
  previous: WorkbookResult;
  notes: string[];
}

/** Year N from Thông tin chung, or a refusal. */
function currentYear(ss: Spreadsheet): number {
  const info = ss.getSheetByName(TAB_NAMES.info);
  const values = info ? (info.getDataRange().getValues() as CellValue[][]) : [];
  const text = cellText(readInfo({ name: TAB_NAMES.info, values }).info.year);
  if (!/^\d{4}$/.test(text)) throw new UserError(T.noYear, T.noYearHint);
  return Number(text);
}

function snapshotKept(ss: Spreadsheet): boolean {
  const sheet = ss.getSheetByName(TAB_NAMES.snapshot);
  return !!sheet && sheet.getLastRow() > 1;
}

/** Writes the plan: one setValues per block, Thông tin chung in runs of rows (missing fields appended). */
export function writeNewYearPlan(sheets: Map<string, Sheet>, grids: WorkbookGrids, plan: NewYearPlan): void {
  for (const b of plan.blocks) {
    const sheet = sheets.get(b.sheet);
    if (sheet) sheet.getRange(b.row, b.column, b.values.length, b.values[0].length).setValues(b.values as (string | number)[][]);
  }
  const { infoRowOf } = readWorkbook(grids);
  const infoName = [...infoRowOf.values()][0]?.sheet;
  const info = infoName ? sheets.get(infoName) : undefined;
  if (!info) return;
  const values = new Map<number, CellValue[]>();
  const appended: CellValue[][] = [];
  for (const w of plan.info) {
    const place = infoRowOf.get(w.key);
    if (place) values.set(place.row, [w.value]);
    else appended.push([INFO_FIELDS.find((f) => f.key === w.key)!.label, w.value]);
  }
  for (const run of toRuns(values, 2)) info.getRange(run.row, run.column, run.values.length, 1).setValues(run.values as (string | number)[][]);
  if (appended.length > 0) info.getRange(info.getLastRow() + 1, 1, appended.length, 2).setValues(appended as (string | number)[][]);
}

/**
 * The whole action. `confirm` asks the office (Ui.alert YES_NO in the menu); false = cancelled, and
 * nothing is written. Returns null when cancelled.
 */
export function startNewYear(confirm: (year: number, next: number, file: string) => boolean): NewYearOutcome | null {
  const ss = activeSpreadsheet();
  const { me } = requireOffice(ss, CYCLE_MENU_TEXT.newYear);
  if (!isRoundLocked(ss) || !snapshotKept(ss)) throw new UserError(T.newYearNotLocked, T.newYearNotLockedHint);
  const year = currentYear(ss);
  if (!confirm(year, year + 1, ss.getName())) return null;

  const outcome = withDocumentLock(T.busy, (): NewYearOutcome => {
    // Checked again under the lock: someone may have reopened the round meanwhile.
    if (!isRoundLocked(ss)) throw new UserError(T.newYearNotLocked, T.newYearNotLockedHint);
    const tabs = readWorkbookTabs(ss, true);
    const grids = { tabs: tabs.map((t) => t.grid) };
    const previous = scoreWorkbook(grids);
    const plan = planNewYear(grids, previous);
    if (plan.year === null) throw new UserError(T.noYear, T.noYearHint);
    writeNewYearPlan(new Map(tabs.map((t) => [t.grid.name, t.sheet])), grids, plan);
    const notes = releaseLock(ss, me);
    return { year: plan.year - 1, next: plan.year, criteria: assessedLeaves(previous.criteria).length, previous, notes };
  });
  // Year N+1's computed columns, Tổng hợp and sidebar view (Tính điểm takes the lock itself). The new
  // year is made whatever happens here: a failure only means Tính điểm must be pressed later.
  try {
    computeScores();
  } catch (e) {
    console.error(e);
    outcome.notes.push(T.newYearScoreLater);
  }
  return outcome;
}

export function newYearMessage(o: NewYearOutcome): string {
  const i = o.previous.index;
  return T.newYearDone(o.year, o.next, o.criteria, formatPercent2(i.percent), formatPoints(i.points), o.notes);
}
