/**
 * Sharing the evidence folder read-only with the e-mails the office lists: Drive.Permissions.create
 * (role reader) on each root folder the add-on created for this spreadsheet — with drive.file, the
 * only folders it can share. Files inside inherit the access. Drive is asked not to send its own
 * notification e-mail; the office sends the link.
 */
import { parseEmailList } from '../../core/evidence/sharing';
import { EVIDENCE_SHARE_TEXT as T } from '../../core/text';
import { UserError } from '../errors';
import { evidenceRootFolders, isPermissionError } from './driveFolders';

export interface ShareOutcome {
  emails: string[];
  folders: { name: string; url: string }[];
  /** Addresses Drive refused (the others were shared). */
  failed: string[];
}

function driveService(): GoogleAppsScript.Drive {
  // The global exists only when appsscript.json enables the advanced service.
  if (typeof Drive === 'undefined' || !Drive) throw new UserError(T.serviceOff, T.serviceOffHint);
  return Drive;
}

/**
 * The drive.file permission refused (not granted, or missing from the manifest). The advanced service
 * names the call first ("API call to drive.permissions.create failed with error: …"): only what Drive
 * said after it counts, or every failure of that call would read as a refused permission.
 */
function scopeRefused(e: unknown): boolean {
  const text = e && typeof e === 'object' && 'message' in e ? String((e as Error).message) : String(e);
  return isPermissionError(text.replace(/^.*API call to [\w.]+ failed with error:/u, ''));
}

/** A Drive failure as the office reads it; a refused permission says which one to grant. */
function driveFailure(e: unknown): UserError {
  console.error(e && typeof e === 'object' && 'stack' in e ? (e as Error).stack : String(e));
  return scopeRefused(e) ? new UserError(T.permission, T.permissionHint) : new UserError(T.failed);
}

export function shareEvidenceFolders(emailsText: string, spreadsheetId: string): ShareOutcome {
  const { emails, invalid } = parseEmailList(emailsText);
  if (invalid.length > 0) throw new UserError(T.badEmails(invalid), T.badEmailsHint);
  if (emails.length === 0) throw new UserError(T.noEmails, T.noEmailsHint);
  const drive = driveService();
  let roots: ReturnType<typeof evidenceRootFolders>;
  try {
    roots = evidenceRootFolders(drive, spreadsheetId);
  } catch (e) {
    throw driveFailure(e);
  }
  if (roots.length === 0) throw new UserError(T.noFolder, T.noFolderHint);
  const failed: string[] = [];
  for (const email of emails) {
    try {
      for (const root of roots)
        drive.Permissions.create({ type: 'user', role: 'reader', emailAddress: email }, root.id, {
          sendNotificationEmail: false,
          fields: 'id',
        });
    } catch (e) {
      // The scope is the same for every address: a refused permission stops the whole run.
      if (scopeRefused(e)) throw driveFailure(e);
      console.error(String(e));
      failed.push(email);
    }
  }
  if (failed.length === emails.length) throw new UserError(T.failed, T.partly(failed));
  return { emails: emails.filter((e) => !failed.includes(e)), folders: roots, failed };
}
