/**
 * Who is "the office" for the round lock, "Mở lại" and "Tạo năm mới": the spreadsheet's owner, and
 * the editors of the office-only protection setup puts on Thông tin chung (whoever ran setup, plus
 * those the owner added there). In warning-only mode that protection names nobody, so only the owner
 * counts. Decided from the sheet itself: a copy made with File → Make a copy keeps its protections.
 */
import { TAB_NAMES } from '../../core/layout';
import { CYCLE_TEXT as T, SETUP_TEXT } from '../../core/text';
import { UserError } from '../errors';
import { activeUserEmail } from '../session';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The user the add-on acts for: the effective user (an add-on runs as the user), else the active one. */
export function effectiveUserEmail(): string {
  try {
    const email = Session.getEffectiveUser().getEmail();
    if (email) return email;
  } catch {
    // Falls back to the active user below.
  }
  return activeUserEmail();
}

/** Owner + editors of our Thông tin chung protection, lower-case, owner first. */
export function officeEmails(ss: Spreadsheet): string[] {
  const out: string[] = [];
  const add = (e: string | undefined | null) => {
    const v = (e ?? '').trim().toLowerCase();
    if (v && !out.includes(v)) out.push(v);
  };
  try {
    add(ss.getOwner()?.getEmail());
  } catch {
    // A shared-drive file has no owner: the protection's editors decide alone.
  }
  const info = ss.getSheetByName(TAB_NAMES.info);
  if (info) {
    for (const p of info.getProtections(SpreadsheetApp.ProtectionType.SHEET)) {
      if (!p.getDescription().startsWith(SETUP_TEXT.protectionPrefix) || p.isWarningOnly()) continue;
      for (const u of p.getEditors()) add(u.getEmail());
    }
  }
  return out;
}

/** Refuses (Vietnamese) unless the user is the office; returns the office's e-mails and the user. */
export function requireOffice(ss: Spreadsheet, action: string): { me: string; office: string[] } {
  const me = effectiveUserEmail();
  const office = officeEmails(ss);
  if (!me || !office.includes(me.toLowerCase())) throw new UserError(T.notOffice(action, me), T.notOfficeHint);
  return { me, office };
}
