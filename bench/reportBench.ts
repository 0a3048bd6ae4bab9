/**
 * Bench section for the reports: DocumentApp service calls per Google Doc (on the fakes) for every
 * report kind, on the sample and on 7 × 100 criteria — they must not grow with the catalogue — and
 * the time to build the .docx offline. maxReportDocsCalls() is the figure out/bench.json reports.
 */
import type { BenchRow, BenchSection } from './bench';
import { time } from './bench';
import { fakePng, installFakeGlobals } from '../tests/fakes';
import { syntheticResult } from '../tests/report/synthetic';
import { scoreWorkbook } from '../src/core/pipeline';
import { assignmentsOf, buildAnyReport, buildReport, REPORT_KINDS, ReportKind, ReportModel } from '../src/core/report';
import { sampleGrids } from '../src/core/sample/caoAn2023';
import { createReportDocument } from '../src/docs/renderReport';
import { renderReportDocx } from '../src/local/docx/renderDocx';

const TODAY = { year: 2024, month: 1, day: 5 };

export function sampleModel(): ReportModel {
  const grids = sampleGrids();
  return buildReport({ result: scoreWorkbook(grids), assignments: assignmentsOf(grids), today: TODAY });
}

/** Synthetic entries with evidence links, so every link cell is counted. */
function syntheticModel(perArea: number): ReportModel {
  const { result, assignments } = syntheticResult(perArea, { evidenceUrls: true });
  return buildReport({ result, assignments, today: TODAY });
}

function kindModel(kind: ReportKind, perArea: number | null): ReportModel {
  if (perArea === null) {
    const grids = sampleGrids();
    const result = scoreWorkbook(grids);
    return buildAnyReport(kind, { result, assignments: assignmentsOf(grids), today: TODAY, grids });
  }
  const { result, assignments } = syntheticResult(perArea, { evidenceUrls: true });
  return buildAnyReport(kind, { result, assignments, today: TODAY });
}

/**
 * The largest number of DocumentApp calls any report kind costs, on the sample and on 7 × 100
 * criteria (what out/bench.json reports as reportDocsCalls), with the figure of each.
 */
export function maxReportDocsCalls(): { max: number; byKind: Record<string, number> } {
  const byKind: Record<string, number> = {};
  for (const kind of REPORT_KINDS) {
    for (const [label, perArea] of [
      ['sample', null],
      ['7x100', 100],
    ] as const)
      byKind[`${kind} ${label}`] = docsCalls(kindModel(kind, perArea)).total;
  }
  return { max: Math.max(...Object.values(byKind)), byKind };
}

/**
 * Service calls of one Google Doc render on fresh fakes, with the Tổng hợp chart as the Sheets side
 * passes it once Tính điểm has drawn it (the costlier case).
 */
export function docsCalls(model: ReportModel, withChart = true): { total: number; tables: number } {
  const gas = installFakeGlobals();
  try {
    const chart = withChart ? fakePng(gas.env, 1200, 600, 'Tổng hợp.png') : null;
    gas.calls.reset();
    createReportDocument(model, { chart });
    return { total: gas.calls.total(), tables: gas.calls.count('Body.insertTable') };
  } finally {
    gas.uninstall();
  }
}

export const reportSection: BenchSection = {
  name: 'Reports (Google Doc on the fakes; .docx offline)',
  async run() {
    const models: [string, ReportModel][] = [
      ['sample (Cao An 2023)', sampleModel()],
      ['7 areas × 100 criteria', syntheticModel(100)],
    ];
    const rows: BenchRow[] = [];
    for (const [label, model] of models) {
      const calls = docsCalls(model);
      rows.push({
        measure: `Docs calls, ${label}`,
        value: `${calls.total} calls`,
        note: `${calls.tables} tables, one insertTable each; with the chart`,
      });
    }
    const all = maxReportDocsCalls();
    for (const [label, calls] of Object.entries(all.byKind))
      rows.push({ measure: `Docs calls, ${label}`, value: `${calls} calls` });
    rows.push({
      measure: 'Docs calls, largest report (reportDocsCalls)',
      value: `${all.max} calls`,
      note: 'must stay ≤ 200',
    });
    for (const [label, model] of models) {
      const t = await time(3, () => renderReportDocx(model));
      rows.push({
        measure: `.docx build, ${label}`,
        value: `${t.toFixed(0)} ms`,
        note: 'median of 3 (after 1 warm-up)',
      });
    }
    return rows;
  },
};
