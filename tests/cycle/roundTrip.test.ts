/**
 * The yearly cycle end to end, offline (.xlsx through the CLI) and in Sheets (the fakes, through the
 * menu's functions): year N (the sample) filled, scored, appraised by the office with some lower
 * points, locked → new year → year N+1 filled with changed entries and scored → its report compares
 * with year N per area and for the index. Expected figures come from scoring the two years here.
 */
import path from 'node:path';
import mammoth from 'mammoth';
import type { FakeBody, FakeGas } from '../fakes';
import { FakeTable } from '../fakes';
import { formatPercent2, formatPoints } from '../../src/core/format';
import { colNumber, TAB_NAMES } from '../../src/core/layout';
import { scoreWorkbook, WorkbookResult } from '../../src/core/pipeline';
import { buildReport, ReportModel } from '../../src/core/report';
import { SAMPLE_ASSIGNMENTS, SAMPLE_ENTRIES, SAMPLE_INFO } from '../../src/core/sample/caoAn2023';
import { reportText } from '../../src/core/text';
import type { WorkbookGrids } from '../../src/core/workbook';
import { runCli } from '../../src/local/cli';
import { writeSampleWorkbook } from '../../src/local/commands/template';
import { finalScores } from '../../src/core/cycle/newYear';
import { EXIT } from '../../src/local/errors';
import { menuComputeScores, menuCreateReport, menuLockRound, menuNewYear, sidebarGetDashboard } from '../../src/main';
import { recordingIo, tempDir } from '../local/helpers';
import { tableNamed, TODAY } from '../report/helpers';
import { areaTabs, fillAssignments, fillEntries, fillInfo, install, rowOf, setup } from '../sheets/helpers';
import {
  APPRAISAL,
  appraisalEntries,
  editXlsx,
  gridsOfFile,
  lowerCodes,
  NEXT_YEAR_ENTRIES,
  writeEntries,
} from './helpers';

/** What the comparison must show, computed from the two years' results (year N's final, appraised figures). */
function expectedComparison(yearN: WorkbookResult, next: WorkbookResult) {
  const areas = next.areas.map((a) => {
    const before = finalScores(yearN).areas.find((x) => x.code === a.code)!.points;
    const d = a.points - before;
    return {
      code: a.code,
      previous: formatPoints(before),
      change: d === 0 ? '0' : `${d > 0 ? '+' : '−'}${formatPoints(Math.abs(d))}`,
    };
  });
  const dp = next.index.percent - finalScores(yearN).index.percent;
  const dPoints = next.index.points - finalScores(yearN).index.points;
  return {
    areas,
    total: {
      previous: formatPoints(finalScores(yearN).index.points),
      change: `${dPoints > 0 ? '+' : '−'}${formatPoints(Math.abs(dPoints))}`,
    },
    percentSentence: reportText.comparisonPercent(formatPercent2(Math.abs(dp)).replace('%', ''), Math.sign(dp)),
    previousPercent: formatPercent2(finalScores(yearN).index.percent),
  };
}

/** The two years must differ both ways for the comparison to mean something. */
function expectRealChange(yearN: WorkbookResult, next: WorkbookResult): void {
  const deltas = next.areas.map((a) => a.points - finalScores(yearN).areas.find((x) => x.code === a.code)!.points);
  expect(deltas.some((d) => d > 0)).toBe(true);
  expect(deltas.some((d) => d < 0)).toBe(true);
  expect(next.index.points).not.toBe(finalScores(yearN).index.points);
}

function expectAreaTable(rows: string[][], header: string[], yearN: WorkbookResult, next: WorkbookResult): void {
  const exp = expectedComparison(yearN, next);
  const prevCol = header.indexOf(reportText.areaColumns.previous(2023));
  const changeCol = header.indexOf(reportText.areaColumns.change);
  expect(prevCol).toBeGreaterThan(0);
  expect(changeCol).toBe(prevCol + 1);
  for (const a of exp.areas) {
    const row = rows.find((r) => r[0] === a.code)!;
    expect([a.code, row[prevCol], row[changeCol]]).toEqual([a.code, a.previous, a.change]);
  }
  const total = rows[rows.length - 1];
  expect([total[prevCol], total[changeCol]]).toEqual([exp.total.previous, exp.total.change]);
}

describe('offline: .xlsx through the CLI', () => {
  const dir = tempDir();
  const f = (name: string) => path.join(dir(), name);
  const cli = async (...argv: string[]) => {
    const io = recordingIo();
    const code = await runCli(argv, io, {});
    return { code, io };
  };

  it('year N → appraisal → snapshot table → new-year → year N+1 → the report compares the two years', async () => {
    await writeSampleWorkbook(f('cao-an-2023.xlsx'));
    // The office enters the district's points (three lower than the self score).
    await editXlsx(f('cao-an-2023.xlsx'), f('cao-an-2023-tham-dinh.xlsx'), (wb) =>
      writeEntries(wb, appraisalEntries()),
    );
    expect((await cli('score', f('cao-an-2023-tham-dinh.xlsx'), '-o', f('cao-an-2023-da-cham.xlsx'))).code).toBe(
      EXIT.ok,
    );
    const yearN = scoreWorkbook(await gridsOfFile(f('cao-an-2023-da-cham.xlsx')));
    expect(lowerCodes(yearN).sort()).toEqual(['1.2', '3.5', '7.2']);
    expect(yearN.appraisal!.index.points).toBeLessThan(yearN.index.points);
    // The round's figures kept offline: the self-assessment table.
    expect((await cli('export-table', f('cao-an-2023-da-cham.xlsx'))).code).toBe(EXIT.ok);

    const newYear = await cli('new-year', f('cao-an-2023-da-cham.xlsx'), '-o', f('cao-an-2024.xlsx'));
    expect(newYear.code).toBe(EXIT.ok);
    await editXlsx(f('cao-an-2024.xlsx'), f('cao-an-2024-nhap.xlsx'), (wb) => writeEntries(wb, NEXT_YEAR_ENTRIES));
    const next = scoreWorkbook(await gridsOfFile(f('cao-an-2024-nhap.xlsx')));
    expect(next.info.year).toBe(2024);
    expect(next.appraisal).toBeNull();
    expect(next.errors).toBe(0);
    expectRealChange(yearN, next);

    // The report model of year N+1 …
    const model: ReportModel = buildReport({ result: next, today: TODAY });
    const areas = tableNamed(model, 'areas');
    expectAreaTable(
      areas.rows.map((r) => r.cells),
      areas.columns.map((c) => c.header),
      yearN,
      next,
    );
    const exp = expectedComparison(yearN, next);
    expect(model.comparison).toMatchObject({
      previousYear: 2023,
      previousPoints: finalScores(yearN).index.points,
      previousPercent: finalScores(yearN).index.percent,
    });
    expect(model.comparison!.text).toContain(exp.percentSentence);
    expect(model.comparison!.text).toContain(exp.previousPercent);

    // … and the .docx the CLI writes from it.
    const report = await cli('report', f('cao-an-2024-nhap.xlsx'), '-o', f('bao-cao-2024.docx'));
    expect(report.code).toBe(EXIT.ok);
    const { value: text } = await mammoth.extractRawText({ path: f('bao-cao-2024.docx') });
    expect(text).toContain(reportText.areaColumns.previous(2023));
    expect(text).toContain(model.comparison!.text);
    for (const a of exp.areas) expect(text).toContain(a.change);
  });
});

describe('Sheets: the menu functions on the fakes', () => {
  let gas: FakeGas;
  afterEach(() => gas.uninstall());

  const grids = (): WorkbookGrids => ({
    tabs: gas.spreadsheet
      .fakeSheets()
      .filter((s) => s.fakeName !== TAB_NAMES.snapshot)
      .map((s) => ({ name: s.fakeName, values: s.fakeValues() as WorkbookGrids['tabs'][number]['values'] })),
  });

  it('year N → appraisal → Chốt số liệu → Tạo năm mới → year N+1 → Tạo báo cáo compares the two years', () => {
    gas = install();
    setup(gas);
    fillAssignments(gas, SAMPLE_ASSIGNMENTS);
    setup(gas);
    fillEntries(gas, SAMPLE_ENTRIES);
    fillInfo(gas, SAMPLE_INFO);
    menuComputeScores();
    // The office types the district's points into Điểm thẩm định.
    for (const [code, points] of Object.entries(APPRAISAL)) {
      const s = areaTabs(gas).find((t) => rowOf(t.sheet, code) > 0)!.sheet;
      s.getRange(rowOf(s, code), colNumber('appraisal')).setValue(points);
    }
    menuComputeScores();
    const yearN = scoreWorkbook(grids());
    expect(lowerCodes(yearN).sort()).toEqual(['1.2', '3.5', '7.2']);
    menuLockRound();
    expect(sidebarGetDashboard()).toMatchObject({ ok: true, data: { locked: true } });

    // In the copy (File → Make a copy), the office confirms.
    gas.ui.queueAnswer('YES');
    menuNewYear();
    fillEntries(gas, NEXT_YEAR_ENTRIES);
    menuComputeScores();
    const next = scoreWorkbook(grids());
    expect(next.info.year).toBe(2024);
    expect(next.errors).toBe(0);
    expectRealChange(yearN, next);

    const view = sidebarGetDashboard();
    if (!view.ok) throw new Error(view.message);
    for (const a of view.data.areas) {
      expect(a.points).toBe(next.areas.find((x) => x.code === a.code)!.points / 1000);
      expect(a.lastYearPoints).toBe(finalScores(yearN).areas.find((x) => x.code === a.code)!.points / 1000);
    }

    menuCreateReport();
    const doc = gas.documentApp.lastDocument!;
    const tables = (doc.fakeBody as FakeBody).nodeChildren
      .filter((n): n is FakeTable => n instanceof FakeTable)
      .map((t) => t.fakeCells());
    const areaTable = tables.find((t) => t[0].includes(reportText.areaColumns.previous(2023)))!;
    expectAreaTable(areaTable.slice(1), areaTable[0], yearN, next);
    const text = doc.getBody().getText();
    const exp = expectedComparison(yearN, next);
    expect(text).toContain(exp.percentSentence);
    expect(text).toContain(exp.previousPercent);
  });
});
