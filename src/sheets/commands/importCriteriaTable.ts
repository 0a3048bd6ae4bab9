/**
 * "Nhập bộ tiêu chí từ bảng": the office pastes the province's criteria table (copied from the decision,
 * Word or PDF) into a tab, opens that tab and picks this item. The draft is shown; on "Có" it is stored
 * and applied through setup, which keeps every entry (criteria gone from the set are retired, not deleted).
 */
import { buildCatalogue } from '../../core/catalog/build';
import { parseCriteriaTable } from '../../core/catalog/import/parseTable';
import { catalogueToJson } from '../../core/catalog/schema';
import type { CellValue } from '../../core/cells';
import { IMPORT_SHEET_TEXT as T, importMsg, SETUP_TEXT } from '../../core/text';
import { findHeaderRow } from '../../core/workbook';
import { saveImportedCatalogue } from '../catalogueSource';
import { alert, fromMenu } from '../dialog';
import { setupMessage, setupWorkbook } from '../setup/setup';

export function menuImportCriteriaTable(): void {
  fromMenu(() => {
    const ui = SpreadsheetApp.getUi();
    const sheet = SpreadsheetApp.getActiveSheet();
    const tab = sheet.getName();
    // Display values: the text as pasted ("0,5"), '' in the cells a merge covers.
    const grid = sheet.getDataRange().getDisplayValues();
    if (findHeaderRow(grid as CellValue[][]) !== null) {
      alert(T.title, T.pickTab(tab));
      return;
    }
    const result = parseCriteriaTable(grid, { source: tab });
    if (!result.ok) {
      alert(
        T.title,
        T.failed(
          tab,
          result.errors.map((e) => e.message),
        ),
      );
      return;
    }
    const errors = buildCatalogue(result.spec).problems.filter((p) => p.severity === 'error');
    if (errors.length > 0) {
      alert(T.title, T.failed(tab, [...result.confirm.map((n) => n.message), ...errors.map((p) => p.message)]));
      return;
    }
    const s = result.stats;
    const extras = s.bonus + s.penalty + s.survey > 0 ? importMsg.extras(s.bonus, s.penalty, s.survey) : '';
    const summary = importMsg.summary(s.areas, s.criteria, s.rules, s.manual, s.groups);
    const draft = T.draft(
      result.spec.name,
      summary,
      extras,
      result.confirm.map((n) => n.message),
    );
    if (ui.alert(T.title, draft, ui.ButtonSet.YES_NO) !== ui.Button.YES) return;
    const saved = saveImportedCatalogue(PropertiesService.getDocumentProperties(), catalogueToJson(result.spec));
    if (!saved.spec) {
      alert(T.title, T.failed(tab, saved.problems));
      return;
    }
    alert(SETUP_TEXT.doneTitle, setupMessage(setupWorkbook()));
  });
}
