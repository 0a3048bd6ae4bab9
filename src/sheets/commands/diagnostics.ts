/** "Kiểm tra cài đặt": asks whether to create a test document, runs the checks, shows what to do. */
import { DIAGNOSTICS_TEXT as T } from '../../core/text';
import { diagnosticsSummary, runDiagnostics } from '../diagnostics';
import { alert, fromMenu } from '../dialog';

export function menuDiagnostics(): void {
  fromMenu(() => {
    const ui = SpreadsheetApp.getUi();
    const tryDocs = ui.alert(T.askDocsTitle, T.askDocs, ui.ButtonSet.YES_NO) === ui.Button.YES;
    alert(T.summaryTitle, diagnosticsSummary(runDiagnostics(tryDocs)));
  });
}
