/**
 * "Tạo báo cáo tổng kết": under the document lock, the workbook is read and scored again (pure, no
 * write: the report always reflects the current entries), the report model is built and rendered
 * as a new Google Doc, with the Tổng hợp chart when Tính điểm has drawn it.
 */
import { scoreWorkbook } from '../core/pipeline';
import { TAB_NAMES } from '../core/layout';
import { buildReport } from '../core/report/buildReport';
import { readAssignments } from '../core/report/assignments';
import { vietnamDateOf } from '../core/report/dates';
import type { CellValue } from '../core/cells';
import { SERVER_TEXT as T } from '../core/text';
import { createReportDocument } from '../docs/renderReport';
import type { ReportLink } from '../ui/contract';
import { withDocumentLock } from './lock';
import { activeSpreadsheet } from './session';
import { readWorkbookTabs } from './readTabs';
import { findDashboardChart } from './summaryTab';

export const REPORT_AVAILABLE = true;

function summaryChart(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): GoogleAppsScript.Base.Blob | null {
  const sheet = ss.getSheetByName(TAB_NAMES.summary);
  const chart = sheet ? findDashboardChart(sheet) : null;
  return chart ? chart.getAs('image/png') : null;
}

export function createReport(): ReportLink {
  return withDocumentLock(T.busyReport, () => {
    const ss = activeSpreadsheet();
    const result = scoreWorkbook({ tabs: readWorkbookTabs(ss, true).map((t) => t.grid) });
    const assignmentsSheet = ss.getSheetByName(TAB_NAMES.assignments);
    const assignments = assignmentsSheet
      ? readAssignments(assignmentsSheet.getDataRange().getValues() as CellValue[][])
      : {};
    const model = buildReport({ result, assignments, today: vietnamDateOf(new Date()) });
    const created = createReportDocument(model, { chart: summaryChart(ss) });
    return { name: created.name, url: created.url };
  });
}
