/**
 * Who is "the office" for the round lock, "Mở lại", "Tạo năm mới" and (in the "Chỉ văn phòng"
 * protection mode) for writing Tính điểm's results: whoever may edit the
 * office-only protection setup puts on Thông tin chung (the owner, whoever ran setup, and those the
 * owner added there). Asked with Protection.canEdit(), which needs no e-mail, because Google may hide
 * other users' e-mails on consumer accounts. Without that protection enforced (setup not run, or the
 * office chose warning-only protections, where anyone may edit anything after a warning) the owner
 * counts, known by e-mail; when Google reveals neither the user's nor the owner's e-mail the action is
 * allowed rather than refusing the owner too. Decided from the sheet itself: a copy keeps its protections.
 */
import { TAB_NAMES } from '../core/layout';
import { CYCLE_TEXT as T, SETUP_TEXT } from '../core/text';
import { UserError } from './errors';
import { currentUserEmail } from './session';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Protection = GoogleAppsScript.Spreadsheet.Protection;

/** Our enforced (not warning-only) protection of Thông tin chung, if any. */
function officeProtection(ss: Spreadsheet): Protection | null {
  const info = ss.getSheetByName(TAB_NAMES.info);
  if (!info) return null;
  return (
    info
      .getProtections(SpreadsheetApp.ProtectionType.SHEET)
      .find((p) => p.getDescription().startsWith(SETUP_TEXT.protectionPrefix) && !p.isWarningOnly()) ?? null
  );
}

function ownerEmail(ss: Spreadsheet): string {
  try {
    return (ss.getOwner()?.getEmail() ?? '').toLowerCase();
  } catch {
    return ''; // A shared-drive file has no owner.
  }
}

/** The office's e-mails (owner first, lower-case): the editors the lock's protections keep. */
export function officeEmails(ss: Spreadsheet): string[] {
  const out: string[] = [];
  const add = (e: string) => {
    const v = e.trim().toLowerCase();
    if (v && !out.includes(v)) out.push(v);
  };
  add(ownerEmail(ss));
  officeProtection(ss)
    ?.getEditors()
    .forEach((u) => add(u.getEmail()));
  return out;
}

/** Is the user the office? */
export function isOffice(ss: Spreadsheet, me: string = currentUserEmail()): boolean {
  const protection = officeProtection(ss);
  if (protection) return protection.canEdit();
  const owner = ownerEmail(ss);
  return !me || !owner || me.toLowerCase() === owner;
}

/** Refuses (Vietnamese) unless the user is the office; returns the user ('' when hidden) and the office. */
export function requireOffice(ss: Spreadsheet, action: string): { me: string; office: string[] } {
  const me = currentUserEmail();
  if (!isOffice(ss, me)) throw new UserError(T.notOffice(action, me), T.notOfficeHint);
  return { me, office: officeEmails(ss) };
}
