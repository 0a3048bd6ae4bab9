/**
 * The state of the round lock ("Chốt số liệu"): kept in DocumentProperties for the sidebar (no sheet
 * read), and recognisable from the sheet itself by the lock's protections, because a copy made with
 * File → Make a copy keeps its protections and tabs but not necessarily the add-on's properties.
 */
import { CYCLE_TEXT as T } from '../../core/text';
import { readJson, writeJson } from '../store';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Protection = GoogleAppsScript.Spreadsheet.Protection;

export const LOCK_KEY = 'cchc.roundLock';

export interface LockState {
  locked: boolean;
  /** ISO time and the same in Việt Nam time as shown to users. */
  at: string;
  atText: string;
  user: string;
  year: string;
  /** Set by "Mở lại" / "Tạo năm mới". */
  releasedAt?: string;
  releasedBy?: string;
  /** While locked: the giải trình step is open, or closed for the final appraisal. Absent: lần 1. */
  step?: 'response' | 'final';
}

/**
 * Which step of the round is open: officials enter data (entry); the office enters lần 1 (appraisal1);
 * officials write giải trình (response); the office enters the final appraisal (final).
 */
export type RoundStep = 'entry' | 'appraisal1' | 'response' | 'final';

export function roundStep(state: LockState | null): RoundStep {
  if (!state?.locked) return 'entry';
  return state.step ?? 'appraisal1';
}

export function readLockState(all: Record<string, string>): LockState | null {
  const v = readJson<LockState>(all, LOCK_KEY);
  return v && typeof v === 'object' && typeof v.locked === 'boolean' ? v : null;
}

/** What the sidebar shows (DashboardView.locked). */
export function roundLocked(all: Record<string, string>): boolean {
  return readLockState(all)?.locked === true;
}

export function writeLockState(props: GoogleAppsScript.Properties.Properties, state: LockState): void {
  writeJson(props, props.getProperties(), { [LOCK_KEY]: state });
}

/** The lock's protections on every tab (one getProtections call per tab). */
export function lockProtections(ss: Spreadsheet): Protection[] {
  return ss
    .getSheets()
    .flatMap((s) => s.getProtections(SpreadsheetApp.ProtectionType.RANGE))
    .filter((p) => p.getDescription().startsWith(T.lockProtectionPrefix));
}
