/** How a menu action answers: a dialog; a refusal or failure becomes a Vietnamese message, never a stack trace. */
import { SERVER_TEXT as T } from '../core/text';
import { toFailure } from './errors';

export function alert(title: string, text: string): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(title, text, ui.ButtonSet.OK);
}

/** Runs a menu action and shows any refusal or failure as a dialog. */
export function fromMenu(work: () => void): void {
  try {
    work();
  } catch (e) {
    const f = toFailure(e);
    alert(T.errorTitle, f.hint ? `${f.message}\n\n${f.hint}` : f.message);
  }
}
