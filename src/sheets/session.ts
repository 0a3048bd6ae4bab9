/** The spreadsheet and the user of the current execution. */
import { SERVER_TEXT as T } from '../core/text';
import { UserError } from './errors';

export function activeSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  if (!ss) throw new UserError(T.noDocument, T.noDocumentHint);
  return ss;
}

function emailOf(user: () => GoogleAppsScript.Base.User): string {
  try {
    return user().getEmail() || '';
  } catch {
    return ''; // no userinfo.email scope, or a simple trigger (AuthMode.LIMITED)
  }
}

/** The signed-in user's e-mail; '' when Google hides it (other users on consumer accounts, simple triggers). */
export function activeUserEmail(): string {
  return emailOf(() => Session.getActiveUser());
}

/**
 * The user for "Người thực hiện", messages and protections: the active user, else the effective one (a
 * menu action runs under the authority of the user who chose it); '' when neither is revealed.
 */
export function currentUserEmail(): string {
  return activeUserEmail() || emailOf(() => Session.getEffectiveUser());
}
