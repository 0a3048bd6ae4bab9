/** "Hướng dẫn". */
import { MENU_TEXT as T } from '../../core/text';

export function showHelp(): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(T.helpTitle, T.helpBody, ui.ButtonSet.OK);
}
