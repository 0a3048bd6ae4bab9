/**
 * "Tạo năm mới" in Sheets, with the minimal scopes (the add-on never creates a spreadsheet): the
 * office makes File → Make a copy of the locked workbook and runs this in the COPY. Refused unless the
 * round was locked (snapshot kept) and the office confirms; then, under the document lock, the core's
 * plan (cycle/newYear.ts) is written — one setValues per area-tab block and one per run of Thông tin
 * chung rows — the lock is released (the officials get their inputs back) and the workbook is scored,
 * so Tổng hợp and the sidebar show the new year with last year's points beside it.
 *
 * Resumable: before the first cell is cleared, last year's figures and the step reached are kept in
 * DocumentProperties (KEYS.newYear). An execution stopped half-way (time limit, a failed call) leaves
 * that record; the next run plans from the kept figures (a half-cleared workbook no longer scores as
 * year N did), re-applies the same writes — applying the plan twice gives what applying it once does —
 * and, once everything is written, never clears inputs again. The record goes when the lock is released.
 */
import type { CellValue } from '../../core/cells';
import { cellText } from '../../core/cells';
import { assessedLeaves } from '../../core/cycle/evidence';
import { NewYearFigures, newYearFigures, NewYearPlan, planFromFigures } from '../../core/cycle/newYear';
import { formatPercent2, formatPoints } from '../../core/format';
import { INFO_FIELDS, TAB_NAMES } from '../../core/layout';
import { scoreWorkbook } from '../../core/pipeline';
import { CYCLE_MENU_TEXT, CYCLE_TEXT as T } from '../../core/text';
import { readInfo, readWorkbook, WorkbookGrids } from '../../core/workbook';
import { computeScores } from '../computeScores';
import { UserError } from '../errors';
import { withDocumentLock } from '../lock';
import { readWorkbookTabs } from '../readTabs';
import { activeSpreadsheet } from '../session';
import { toRuns } from '../setup/plan';
import { requireOffice } from '../office';
import { deleteJson, KEYS, readJson, writeJson } from '../store';
import { isRoundLocked, releaseLock } from './roundLock';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface NewYearOutcome {
  year: number;
  next: number;
  /** Leaf criteria whose points were carried. */
  criteria: number;
  /** Last year's final index (percent in hundredths, milli-points). */
  index: NewYearFigures['index'];
  /** True when this run finished one that had stopped half-way. */
  resumed: boolean;
  notes: string[];
}

/** The record of a run under way: 'clearing' until every write is done, then 'written'. */
interface NewYearProgress {
  step: 'clearing' | 'written';
  figures: NewYearFigures & { year: number };
  criteria: number;
}

function readProgress(props: GoogleAppsScript.Properties.Properties): NewYearProgress | null {
  const p = readJson<NewYearProgress>(props.getProperties(), KEYS.newYear);
  return p && (p.step === 'clearing' || p.step === 'written') && typeof p.figures?.year === 'number' ? p : null;
}

function saveProgress(props: GoogleAppsScript.Properties.Properties, progress: NewYearProgress): void {
  writeJson(props, props.getProperties(), { [KEYS.newYear]: progress });
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
    if (sheet)
      sheet.getRange(b.row, b.column, b.values.length, b.values[0].length).setValues(b.values as (string | number)[][]);
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
  for (const run of toRuns(values, 2))
    info.getRange(run.row, run.column, run.values.length, 1).setValues(run.values as (string | number)[][]);
  if (appended.length > 0)
    info.getRange(info.getLastRow() + 1, 1, appended.length, 2).setValues(appended as (string | number)[][]);
}

/**
 * The whole action. `confirm` asks the office (Ui.alert YES_NO in the menu), told whether this run
 * finishes one that stopped half-way; false = cancelled, and nothing is written. Returns null when
 * cancelled.
 */
export function startNewYear(
  confirm: (year: number, next: number, file: string, resuming: boolean) => boolean,
): NewYearOutcome | null {
  const ss = activeSpreadsheet();
  const { me } = requireOffice(ss, CYCLE_MENU_TEXT.newYear);
  const props = PropertiesService.getDocumentProperties();
  const pending = readProgress(props);
  // A run that stopped half-way may have released part of the lock or written the new year already.
  if (!pending && (!isRoundLocked(ss) || !snapshotKept(ss)))
    throw new UserError(T.newYearNotLocked, T.newYearNotLockedHint);
  const year = pending ? pending.figures.year : currentYear(ss);
  if (!confirm(year, year + 1, ss.getName(), pending !== null)) return null;

  const outcome = withDocumentLock(T.busy, (): NewYearOutcome => {
    let progress = readProgress(props);
    const resumed = progress !== null;
    // Checked again under the lock: someone may have reopened the round meanwhile.
    if (!progress && !isRoundLocked(ss)) throw new UserError(T.newYearNotLocked, T.newYearNotLockedHint);
    if (!progress || progress.step === 'clearing') {
      const tabs = readWorkbookTabs(ss, true);
      const grids = { tabs: tabs.map((t) => t.grid) };
      if (!progress) {
        const previous = scoreWorkbook(grids);
        const figures = newYearFigures(grids, previous);
        if (figures.year === null) throw new UserError(T.noYear, T.noYearHint);
        progress = {
          step: 'clearing',
          figures: { ...figures, year: figures.year },
          criteria: assessedLeaves(previous.criteria).length,
        };
        // Kept before the first cell is cleared: a resumed run plans from these figures.
        saveProgress(props, progress);
      }
      writeNewYearPlan(
        new Map(tabs.map((t) => [t.grid.name, t.sheet])),
        grids,
        planFromFigures(grids, progress.figures),
      );
      progress = { ...progress, step: 'written' };
      saveProgress(props, progress);
    }
    const notes = isRoundLocked(ss) ? releaseLock(ss, me) : [];
    deleteJson(props, props.getProperties(), KEYS.newYear);
    const { figures, criteria } = progress;
    return { year: figures.year, next: figures.year + 1, criteria, index: figures.index, resumed, notes };
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
  const i = o.index;
  const notes = o.resumed ? [T.newYearResumed, ...o.notes] : o.notes;
  return T.newYearDone(o.year, o.next, o.criteria, formatPercent2(i.percent), formatPoints(i.points), notes);
}
