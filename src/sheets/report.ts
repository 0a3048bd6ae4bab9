/**
 * Every report kind ("Tạo báo cáo tổng kết", "… định kỳ", "… tự kiểm tra"): under the document lock,
 * the workbook is read and scored again (pure, no write: the report always reflects the current
 * entries), the report model is built and rendered as a new Google Doc, with the Tổng hợp chart when
 * Tính điểm has drawn it. A periodic report also reads Chốt số liệu and Nhật ký (the comparison).
 */
import { scoreWorkbook } from '../core/pipeline';
import { TAB_NAMES } from '../core/layout';
import { buildAnyReport, ReportKind } from '../core/report';
import { readAssignments } from '../core/report/assignments';
import { vietnamDateOf } from '../core/report/dates';
import type { CellValue } from '../core/cells';
import type { SheetGrid } from '../core/workbook';
import { SERVER_TEXT as T } from '../core/text';
import { createReportDocument } from '../docs/renderReport';
import type { ReportLink } from '../ui/contract';
import { storedCatalogue } from './catalogueSource';
import { withDocumentLock } from './lock';
import { activeSpreadsheet } from './session';
import { readWorkbookTabs } from './readTabs';
import { findDashboardChart } from './summaryTab';
import { SpreadsheetDates } from './sheetDates';

export const REPORT_AVAILABLE = true;

function summaryChart(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): GoogleAppsScript.Base.Blob | null {
  const sheet = ss.getSheetByName(TAB_NAMES.summary);
  const chart = sheet ? findDashboardChart(sheet) : null;
  return chart ? chart.getAs('image/png') : null;
}

/** Chốt số liệu and Nhật ký as grids (absent tabs are left out). */
function historyGrids(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): SheetGrid[] {
  const dates = new SpreadsheetDates(ss);
  return [TAB_NAMES.snapshot, TAB_NAMES.log].flatMap((name) => {
    const sheet = ss.getSheetByName(name);
    return sheet ? [{ name, values: dates.fix(sheet.getDataRange().getValues() as CellValue[][]) }] : [];
  });
}

export function createReport(kind: ReportKind = 'year'): ReportLink {
  return withDocumentLock(T.busyReport, () => {
    const ss = activeSpreadsheet();
    const tabs = readWorkbookTabs(ss, true).map((t) => t.grid);
    const result = scoreWorkbook({ tabs });
    const assignmentsSheet = ss.getSheetByName(TAB_NAMES.assignments);
    const assignments = assignmentsSheet
      ? readAssignments(assignmentsSheet.getDataRange().getValues() as CellValue[][])
      : {};
    const periodic = kind === 'q1' || kind === 'h1' || kind === '9m';
    const grids = periodic ? { tabs: [...tabs, ...historyGrids(ss)] } : undefined;
    // The imported catalogue (if any) names criteria in prose by its short names.
    const catalogue = storedCatalogue(PropertiesService.getDocumentProperties().getProperties()).spec;
    const model = buildAnyReport(kind, {
      result,
      assignments,
      today: vietnamDateOf(new Date()),
      grids,
      catalogue,
    });
    const created = createReportDocument(model, { chart: summaryChart(ss) });
    const { warning, dateNote } = model.summary;
    return { name: created.name, url: created.url, warning: [warning, dateNote].filter(Boolean).join('\n\n') };
  });
}
