/** The spreadsheet and the user of the current execution. */
import { SERVER_TEXT as T } from '../core/text';
import { UserError } from './errors';

export function activeSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  if (!ss) throw new UserError(T.noDocument, T.noDocumentHint);
  return ss;
}

/** The signed-in user's e-mail; '' when Google does not reveal it (consumer accounts, simple triggers). */
export function activeUserEmail(): string {
  try {
    return Session.getActiveUser().getEmail() || '';
  } catch {
    return '';
  }
}
