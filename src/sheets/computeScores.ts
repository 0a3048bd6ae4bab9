/**
 * "Tính điểm": under the document lock, one read per tab, the core pipeline, one write of each area
 * tab's computed block, Tổng hợp in one write (+ its chart), one row appended to Nhật ký, and the
 * sidebar's view stored for the next opening. Never writes an input cell: the only cells written in
 * area tabs are the ComputedBlocks, whose columns are the layout's 'computed' role. In the "Chỉ văn
 * phòng" protection mode an official's run writes nothing and returns the view with a notice.
 */
import { scoreWorkbook, type WorkbookResult } from '../core/pipeline';
import { formatPercent2, formatPoints } from '../core/format';
import { SERVER_TEXT, SHEETS_SUMMARY_TEXT } from '../core/text';
import type { DashboardView } from '../ui/contract';
import { buildDashboard, fitForStorage, storedRunPoints } from './dashboard';
import { withDocumentLock } from './lock';
import { activeSpreadsheet, currentUserEmail } from './session';
import { appendLog, ensureLogSheet, logRow, TIME_FORMAT, TIME_ZONE } from './logTab';
import { readWorkbookTabs } from './readTabs';
import { ownTab } from './reservedTabs';
import { TAB_NAMES } from '../core/layout';
import type { CellValue } from '../core/cells';
import { readAssignments } from '../core/report/assignments';
import { REPORT_AVAILABLE } from './report';
import { KEYS, writeJson } from './store';
import { readLockState, roundLocked, roundStep } from './cycle/lockState';
import { DASHBOARD_CHART_KEY, ensureSummarySheet, writeSummary } from './summaryTab';
import { readProtectionMode } from './protectionMode';
import { isOffice } from './office';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface ComputeOutcome {
  result: WorkbookResult;
  view: DashboardView;
}

/** Writes each area tab's computed block (Tỷ lệ % · Điểm tự chấm · Kiểm tra) with one setValues. */
export function writeComputedBlocks(sheets: Map<string, Sheet>, result: WorkbookResult): void {
  for (const block of result.computed) {
    const sheet = sheets.get(block.sheet);
    if (!sheet || block.values.length === 0) continue;
    sheet.getRange(block.row, block.column, block.values.length, block.values[0].length).setValues(block.values);
  }
}

export function computeScores(): ComputeOutcome {
  return withDocumentLock(SERVER_TEXT.busyCompute, () => {
    const ss = activeSpreadsheet();
    // Checked before any write: a Tổng hợp or Nhật ký that is not ours is never written over.
    const summarySheet = ownTab(ss, TAB_NAMES.summary);
    const logSheet = ownTab(ss, TAB_NAMES.log);
    const tabs = readWorkbookTabs(ss, true);
    const result = scoreWorkbook({ tabs: tabs.map((t) => t.grid) });
    const now = new Date();
    const props = PropertiesService.getDocumentProperties();
    const all = props.getProperties();
    const assignmentsSheet = ss.getSheetByName(TAB_NAMES.assignments);
    const assignments = assignmentsSheet
      ? readAssignments(assignmentsSheet.getDataRange().getValues() as CellValue[][])
      : {};
    const view = buildDashboard(result, {
      scoredAt: now.toISOString(),
      previousRun: storedRunPoints(all),
      reportEnabled: REPORT_AVAILABLE,
      assignments,
    });
    view.locked = roundLocked(all);
    view.step = roundStep(readLockState(all));
    if (!mayWriteResults(ss, result)) {
      // "Chỉ văn phòng": an official sees the results; the sheet, Tổng hợp and Nhật ký wait for the office.
      view.notice = SERVER_TEXT.resultsNotWritten;
      return { result, view };
    }

    writeComputedBlocks(new Map(tabs.map((t) => [t.grid.name, t.sheet])), result);
    const when = Utilities.formatDate(now, TIME_ZONE, TIME_FORMAT);
    const user = currentUserEmail();
    const storedChartId = all[DASHBOARD_CHART_KEY] ?? null;
    const chartId = writeSummary(
      ensureSummarySheet(ss, summarySheet).sheet,
      result,
      SHEETS_SUMMARY_TEXT.updated(when, user),
      storedChartId,
    );
    if (chartId && chartId !== storedChartId) props.setProperty(DASHBOARD_CHART_KEY, chartId);
    appendLog(ensureLogSheet(ss, logSheet).sheet, logRow(when, user, result));

    const runPoints = Object.fromEntries(result.areas.map((a) => [a.code, a.points]));
    writeJson(props, all, { [KEYS.dashboard]: fitForStorage(view), [KEYS.lastRunPoints]: runPoints });
    return { result, view };
  });
}

/** Only the office writes the results when the office chose "Chỉ văn phòng" in Thông tin chung. */
function mayWriteResults(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, result: WorkbookResult): boolean {
  return readProtectionMode(result.info.protectionMode).mode !== 'office' || isOffice(ss);
}

/** The alert shown after Tính điểm from the menu. */
export function computeMessage({ result, view }: ComputeOutcome): string {
  const i = result.index;
  const done = SHEETS_SUMMARY_TEXT.computeDone(
    formatPoints(i.points),
    formatPoints(i.applicableMax),
    formatPercent2(i.percent),
    i.group,
    i.rating,
    result.errors,
    result.warnings,
  );
  return view.notice ? `${done}\n\n${view.notice}` : done;
}
