/**
 * Bench section for the Sheets add-on, on the Apps Script fakes: service calls and time of
 * "Tính điểm" and of one onEdit at 10 / 100 / 1,000 rows per area tab (7 area tabs), against a
 * deliberately naive cell-by-cell version of the same Tính điểm (getValue/setValue per cell, the same
 * core scoring in between). Calls are what Apps Script charges for; fake times only show the shape.
 *
 * Use: add `sheetsSection` to SECTIONS in bench/bench.ts.
 */
import { performance } from 'node:perf_hooks';
import type { BenchRow, BenchSection } from './bench';
import { syntheticWorkbook } from './synthetic';
import { installFakeGlobals, type FakeGas } from '../tests/fakes';
import type { CellValue } from '../src/core/cells';
import { AREA_WIDTH, col, roleSpan } from '../src/core/layout';
import { scoreWorkbook } from '../src/core/pipeline';
import { findHeaderRow, type SheetGrid } from '../src/core/workbook';
import { computeScores } from '../src/sheets/computeScores';
import { handleEdit } from '../src/sheets/onEdit';
import { runSetup } from '../src/sheets/setup/setup';

const ROW_COUNTS = [10, 100, 1000] as const;
const AREAS = 7;
const INPUT = roleSpan('input');

/** A fake spreadsheet set up by the add-on and filled with the synthetic entries (not counted). */
export function filledWorkbook(perArea: number): FakeGas {
  const gas = installFakeGlobals(globalThis);
  const synthetic = syntheticWorkbook(AREAS, perArea);
  runSetup(gas.spreadsheet, synthetic.spec, { me: gas.env.options.ownerEmail });
  for (const grid of synthetic.grids.tabs) {
    const header = findHeaderRow(grid.values);
    if (header === null) continue;
    const sheet = gas.spreadsheet.fakeSheet(grid.name);
    const rows = new Map(sheet.fakeValues().map((r, i) => [String(r[col('code')]), i + 1]));
    for (const row of grid.values.slice(header)) {
      const at = rows.get(String(row[col('code')]));
      const inputs = row.slice(INPUT.first - 1, INPUT.first - 1 + INPUT.count);
      if (at && inputs.some((v) => v !== '' && v !== undefined))
        sheet.fakeSeed([inputs.map((v) => (v ?? '') as string | number)], at, INPUT.first);
    }
  }
  return gas;
}

/** The naive version: every cell read with getValue and every computed cell written with setValue. */
function naiveComputeScores(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const tabs: SheetGrid[] = [];
  const sheets = new Map<string, GoogleAppsScript.Spreadsheet.Sheet>();
  for (const sheet of ss.getSheets()) {
    const name = sheet.getName();
    sheets.set(name, sheet);
    const values: CellValue[][] = [];
    for (let r = 1; r <= sheet.getLastRow(); r++) {
      const row: CellValue[] = [];
      for (let c = 1; c <= Math.max(AREA_WIDTH, sheet.getLastColumn()); c++)
        row.push(sheet.getRange(r, c).getValue() as CellValue);
      values.push(row);
    }
    tabs.push({ name, values });
  }
  const result = scoreWorkbook({ tabs });
  for (const block of result.computed) {
    const sheet = sheets.get(block.sheet)!;
    block.values.forEach((row, i) =>
      row.forEach((v, j) => sheet.getRange(block.row + i, block.column + j).setValue(v)),
    );
  }
}

export function measure(gas: FakeGas, fn: () => unknown): { calls: number; reads: number; writes: number; ms: number } {
  gas.calls.reset();
  const t0 = performance.now();
  fn();
  const ms = performance.now() - t0;
  return {
    calls: gas.calls.total(),
    reads: gas.calls.count('Range.getValues') + gas.calls.count('Range.getValue') + gas.calls.count('*.getSheetValues'),
    writes: gas.calls.count('Range.setValues') + gas.calls.count('Range.setValue') + gas.calls.count('Sheet.appendRow'),
    ms,
  };
}

/**
 * An official types 0 into Số liệu a of a ratio criterion (4.7), or pastes 0 over Số liệu a of 4.7
 * and the row below: the rows' results change.
 */
export function oneEdit(gas: FakeGas, how: 'typed' | 'pasted'): void {
  const sheet = gas.spreadsheet.fakeSheet(
    gas.spreadsheet
      .fakeSheets()
      .map((s) => s.fakeName)
      .find((n) => n.startsWith('4.'))!,
  );
  const row = sheet.fakeValues().findIndex((r) => r[col('code')] === '4.7') + 1;
  const rows = how === 'typed' ? 1 : 2;
  const oldValue = gas.inspect(() => sheet.getRange(row, col('a') + 1).getValue());
  gas.inspect(() => sheet.getRange(row, col('a') + 1, rows, 1).setValues(Array.from({ length: rows }, () => [0])));
  const event = gas.editEvent(sheet, row, col('a') + 1, rows, 1, how === 'typed' ? { oldValue } : { pasted: true });
  handleEdit(event);
}

const fmt = (m: { calls: number; reads: number; writes: number; ms: number }) =>
  `${m.calls.toLocaleString('en-US')} calls (${m.reads.toLocaleString('en-US')} reads, ${m.writes.toLocaleString('en-US')} writes), ${m.ms.toFixed(0)} ms`;

export const sheetsSection: BenchSection = {
  name: `Sheets add-on on the fakes (${AREAS} area tabs; calls = Apps Script service calls)`,
  async run(): Promise<BenchRow[]> {
    const rows: BenchRow[] = [];
    for (const n of ROW_COUNTS) {
      const gas = filledWorkbook(n);
      try {
        measure(gas, () => computeScores()); // warm-up (and creates Tổng hợp's chart once)
        const batched = measure(gas, () => computeScores());
        const typed = measure(gas, () => oneEdit(gas, 'typed'));
        const pasted = measure(gas, () => oneEdit(gas, 'pasted'));
        const naive = measure(gas, naiveComputeScores);
        rows.push(
          { measure: `Tính điểm, ${n} rows/tab`, value: fmt(batched) },
          { measure: `onEdit, 1 cell typed, ${n} rows/tab`, value: fmt(typed) },
          { measure: `onEdit, 2 rows pasted, ${n} rows/tab`, value: fmt(pasted) },
          {
            measure: `naive cell-by-cell, ${n} rows/tab`,
            value: fmt(naive),
            note: `${(naive.calls / batched.calls).toFixed(0)}× the calls, ${(naive.ms / batched.ms).toFixed(1)}× the time of Tính điểm`,
          },
        );
      } finally {
        gas.uninstall();
      }
    }
    return rows;
  },
};
