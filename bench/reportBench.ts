/**
 * Bench section for the year-end report: DocumentApp service calls per Google Doc (on the fakes) for
 * the sample and for 7 × 100 criteria — they must not grow with the catalogue — and the time to build
 * the .docx offline.
 */
import type { BenchRow, BenchSection } from './bench';
import { time } from './bench';
import { installFakeGlobals } from '../tests/fakes';
import { syntheticResult } from '../tests/report/synthetic';
import { scoreWorkbook } from '../src/core/pipeline';
import { assignmentsOf, buildReport, ReportModel } from '../src/core/report';
import { sampleGrids } from '../src/core/sample/caoAn2023';
import { createReportDocument } from '../src/docs/renderReport';
import { renderReportDocx } from '../src/local/docx/renderDocx';

const TODAY = { year: 2024, month: 1, day: 5 };

export function sampleModel(): ReportModel {
  const grids = sampleGrids();
  return buildReport({ result: scoreWorkbook(grids), assignments: assignmentsOf(grids), today: TODAY });
}

function syntheticModel(perArea: number): ReportModel {
  const { result, assignments } = syntheticResult(perArea);
  return buildReport({ result, assignments, today: TODAY });
}

/** Service calls of one Google Doc render on fresh fakes. */
export function docsCalls(model: ReportModel): { total: number; tables: number } {
  const gas = installFakeGlobals();
  try {
    gas.calls.reset();
    createReportDocument(model);
    return { total: gas.calls.total(), tables: gas.calls.count('Body.appendTable') };
  } finally {
    gas.uninstall();
  }
}

export const reportSection: BenchSection = {
  name: 'Year-end report (Google Doc on the fakes; .docx offline)',
  async run() {
    const models: [string, ReportModel][] = [
      ['sample (Cao An 2023)', sampleModel()],
      ['7 areas × 100 criteria', syntheticModel(100)],
    ];
    const rows: BenchRow[] = [];
    for (const [label, model] of models) {
      const calls = docsCalls(model);
      rows.push({ measure: `Docs calls, ${label}`, value: `${calls.total} calls`, note: `${calls.tables} tables, one appendTable each` });
    }
    for (const [label, model] of models) {
      const t = await time(3, () => renderReportDocx(model));
      rows.push({ measure: `.docx build, ${label}`, value: `${t.toFixed(0)} ms`, note: 'median of 3 (after 1 warm-up)' });
    }
    return rows;
  },
};
