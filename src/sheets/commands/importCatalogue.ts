/** "Nhập bộ tiêu chí (JSON)": the office pastes a catalogue exported by the CLI or another sheet. */
import { SERVER_TEXT as T } from '../../core/text';
import { saveImportedCatalogue } from '../catalogueSource';
import { alert, fromMenu } from '../dialog';

export function menuImportCatalogue(): void {
  fromMenu(() => {
    const ui = SpreadsheetApp.getUi();
    const answer = ui.prompt(T.catalogueImportTitle, T.catalogueImportPrompt, ui.ButtonSet.OK_CANCEL);
    if (answer.getSelectedButton() !== ui.Button.OK) return;
    const outcome = saveImportedCatalogue(PropertiesService.getDocumentProperties(), answer.getResponseText());
    if (!outcome.spec) {
      alert(T.catalogueImportTitle, T.catalogueImportInvalid(outcome.problems));
      return;
    }
    const criteria = outcome.spec.areas.reduce((n, a) => n + a.criteria.length, 0);
    alert(T.catalogueImportTitle, T.catalogueImportDone(outcome.spec.name, outcome.spec.areas.length, criteria));
  });
}
