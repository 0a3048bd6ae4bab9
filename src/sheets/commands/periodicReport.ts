/** "Tạo báo cáo định kỳ" from the menu: asks for the period, then builds the report (src/sheets/report.ts). */
import { periodFromAnswer, REPORT_KINDS_UI_TEXT as K, SERVER_TEXT as T } from '../../core/text';
import { alert, fromMenu } from '../dialog';
import { createReport } from '../report';

export function menuCreatePeriodicReport(): void {
  fromMenu(() => {
    const ui = SpreadsheetApp.getUi();
    const answer = ui.prompt(K.periodPromptTitle, K.periodPrompt, ui.ButtonSet.OK_CANCEL);
    if (answer.getSelectedButton() !== ui.Button.OK) return;
    const period = periodFromAnswer(answer.getResponseText());
    if (!period) {
      alert(K.periodPromptTitle, K.periodInvalid(answer.getResponseText()));
      return;
    }
    const link = createReport(period);
    alert(
      K.createdTitle(K.names[period]),
      T.reportCreated(link.name, link.url) + (link.warning ? K.warningTail(link.warning) : ''),
    );
  });
}
