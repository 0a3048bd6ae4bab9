/**
 * "Chốt số liệu" and "Mở lại" (office only, under the document lock).
 *
 * Locking scores the workbook, appends the snapshot of every input and result to the protected tab
 * "Chốt số liệu", and replaces the officials' protection of each area tab's input columns by one that
 * lets only the office edit (the appraisal columns were the office's already, so the district's
 * points can still be entered). "Tính điểm" keeps working: it writes only computed columns.
 *
 * "Mở lại" replaces each lock protection by the officials' protection of the same range (the officials
 * listed in Phân công now, under the mode of Thông tin chung), without a full setup; the snapshot tab
 * stays. The lock's protections are described
 * "CCHC-CHỐT: …", which setup's own clean-up ("CCHC: …") leaves alone: a setup run during the lock
 * re-adds the officials' protections beside the lock's, and the lock still holds (a cell covered by
 * two protections can be edited only by the editors of both).
 */
import { cellText } from '../../core/cells';
import { snapshotRows } from '../../core/cycle/snapshot';
import { formatPercent2, formatPoints } from '../../core/format';
import { roleSpan, TAB_NAMES } from '../../core/layout';
import type { CellValue } from '../../core/cells';
import { scoreWorkbook, WorkbookResult } from '../../core/pipeline';
import { CYCLE_MENU_TEXT, CYCLE_TEXT as T, SETUP_TEXT } from '../../core/text';
import { readInfo, readWorkbook } from '../../core/workbook';
import { UserError } from '../errors';
import { withDocumentLock } from '../lock';
import { TIME_FORMAT, TIME_ZONE } from '../logTab';
import { readWorkbookTabs } from '../readTabs';
import { activeSpreadsheet } from '../session';
import { protectRange, ProtectionOptions } from '../setup/protect';
import { setupActiveSpreadsheet } from '../setup/setup';
import { readAssignmentEmails } from '../setup/otherTabs';
import { readProtectionMode } from '../protectionMode';
import { lockProtections, readLockState, writeLockState } from './lockState';
import { requireOffice } from '../office';
import { appendSnapshot } from './snapshotTab';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface LockOutcome {
  atText: string;
  rows: number;
  tabs: number;
  result: WorkbookResult;
}

/** The lock is on when the properties say so or the sheet carries the lock's protections (a copy). */
export function isRoundLocked(ss: Spreadsheet): boolean {
  return (
    readLockState(PropertiesService.getDocumentProperties().getProperties())?.locked === true ||
    lockProtections(ss).length > 0
  );
}

export function lockRound(): LockOutcome {
  const ss = activeSpreadsheet();
  const { me, office } = requireOffice(ss, CYCLE_MENU_TEXT.lock);
  return withDocumentLock(T.busy, () => {
    const props = PropertiesService.getDocumentProperties();
    const state = readLockState(props.getProperties());
    if (state?.locked || lockProtections(ss).length > 0)
      throw new UserError(T.alreadyLocked(state?.atText ?? '', state?.user ?? ''), T.alreadyLockedHint);

    const tabs = readWorkbookTabs(ss, true);
    const grids = { tabs: tabs.map((t) => t.grid) };
    const result = scoreWorkbook(grids);
    const now = new Date();
    const atText = Utilities.formatDate(now, TIME_ZONE, TIME_FORMAT);
    const year = cellText(result.info.year);
    const rows = snapshotRows(grids, result, atText, me);
    appendSnapshot(ss, T.snapshotBlockTitle(year, atText, me), rows, office, me);

    // Each area tab's input columns: the officials' protection out, the office-only lock in.
    const sheets = new Map(tabs.map((t) => [t.grid.name, t.sheet]));
    const input = roleSpan('input');
    const officialsPrefix = SETUP_TEXT.protectInputs('');
    const areaTabs = readWorkbook(grids).areaTabs;
    for (const tab of areaTabs) {
      const sheet = sheets.get(tab.name)!;
      for (const p of sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE))
        if (p.getDescription().startsWith(officialsPrefix)) p.remove();
      const rowCount = Math.max(1, sheet.getMaxRows() - tab.headerRow);
      protectRange(
        sheet.getRange(tab.headerRow + 1, input.first, rowCount, input.count),
        T.lockProtection(tab.areaCode),
        office,
        { mode: 'office', me, failed: new Set() },
      );
    }
    writeLockState(props, { locked: true, at: now.toISOString(), atText, user: me, year });
    return { atText, rows: rows.length, tabs: areaTabs.length, result };
  });
}

/**
 * Gives each locked input range back to its area's officials: the lock's protection is replaced by
 * the officials' one on the same range (any officials' protection a setup added there during the
 * lock is replaced too, so there is one). An area nobody is listed for is left open, as setup does.
 */
function restoreInputProtections(ss: Spreadsheet, me: string): string[] {
  const locks = lockProtections(ss);
  if (locks.length === 0) return [];
  const assignments = ss.getSheetByName(TAB_NAMES.assignments);
  if (!assignments) {
    // Phân công renamed or deleted: setup finds it by its header (or makes it) and protects from there.
    for (const lock of locks) lock.remove();
    return setupActiveSpreadsheet().notes;
  }
  const officials = readAssignmentEmails(assignments.getDataRange().getValues() as CellValue[][]).officials;
  const infoSheet = ss.getSheetByName(TAB_NAMES.info);
  const info = infoSheet
    ? readInfo({ name: TAB_NAMES.info, values: infoSheet.getDataRange().getValues() as CellValue[][] }).info
    : null;
  const opts: ProtectionOptions = { mode: readProtectionMode(info?.protectionMode).mode, me, failed: new Set() };
  const officialsPrefix = SETUP_TEXT.protectInputs('');
  for (const lock of locks) {
    const description = lock.getDescription();
    const code = [...officials.keys()].find((c) => description === T.lockProtection(c));
    const range = lock.getRange();
    lock.remove();
    const editors = code ? (officials.get(code) ?? []) : [];
    if (!code || editors.length === 0) continue;
    for (const p of range.getSheet().getProtections(SpreadsheetApp.ProtectionType.RANGE))
      if (p.getDescription().startsWith(officialsPrefix)) p.remove();
    protectRange(range, SETUP_TEXT.protectInputs(code), editors, opts);
  }
  return opts.failed.size > 0 ? [SETUP_TEXT.editorsFailed([...opts.failed])] : [];
}

/** Removes the lock and gives the inputs back to the officials; returns notes for the office. */
export function releaseLock(ss: Spreadsheet, me: string): string[] {
  const notes = restoreInputProtections(ss, me);
  const props = PropertiesService.getDocumentProperties();
  const state = readLockState(props.getProperties());
  const now = new Date();
  // Written before setup runs: setup reads the step to decide who may write giải trình.
  writeLockState(props, {
    ...(state ?? { at: '', atText: '', user: '', year: '' }),
    locked: false,
    step: undefined,
    releasedAt: Utilities.formatDate(now, TIME_ZONE, TIME_FORMAT),
    releasedBy: me,
  });
  // An open giải trình step closes: setup re-protects the giải trình columns (their fingerprint changed).
  if (state?.step === 'response') return [...notes, ...setupActiveSpreadsheet().notes];
  return notes;
}

export function reopenRound(): { lockedAt: string; notes: string[] } {
  const ss = activeSpreadsheet();
  const { me } = requireOffice(ss, CYCLE_MENU_TEXT.reopen);
  return withDocumentLock(T.busy, () => {
    if (!isRoundLocked(ss)) throw new UserError(T.notLocked);
    const lockedAt = readLockState(PropertiesService.getDocumentProperties().getProperties())?.atText ?? '';
    return { lockedAt, notes: releaseLock(ss, me) };
  });
}

export function lockMessage(o: LockOutcome): string {
  const i = o.result.index;
  return T.lockDone(o.atText, o.rows, o.tabs, formatPoints(i.points), formatPercent2(i.percent), o.result.errors);
}
