/** "Tạo năm mới (trong bản sao)": asks with a YES/NO dialog that names the file and says its inputs will be cleared
 * (or, after a run that stopped half-way, that it resumes). */
import { CYCLE_TEXT as T } from '../../core/text';
import { newYearMessage, startNewYear } from '../cycle/newYear';
import { alert, fromMenu } from '../dialog';

export function menuNewYear(): void {
  fromMenu(() => {
    const ui = SpreadsheetApp.getUi();
    const outcome = startNewYear(
      (year, next, file, resuming) =>
        ui.alert(
          T.newYearConfirmTitle,
          (resuming ? T.newYearResumeConfirm : T.newYearConfirm)(file, year, next),
          ui.ButtonSet.YES_NO,
        ) === ui.Button.YES,
    );
    if (outcome) alert(T.newYearDoneTitle, newYearMessage(outcome));
    else alert(T.newYearTitle, T.newYearCancelled);
  });
}
