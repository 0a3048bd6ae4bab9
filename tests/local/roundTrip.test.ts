/**
 * Read → score → write the scored copy → read back: only the computed cells and Tổng hợp change;
 * every input and catalogue cell (formulas included) is as it was.
 */
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { AREA_ROWS, colNumber, roleSpan, TAB_NAMES } from '../../src/core/layout';
import { scoreWorkbook, WorkbookResult } from '../../src/core/pipeline';
import type { WorkbookGrids } from '../../src/core/workbook';
import { writeSampleWorkbook } from '../../src/local/commands/template';
import { SUMMARY_ROWS, summaryCol, summaryGrid } from '../../src/core/summary';
import { applyScores, readWorkbookFile, saveWorkbook } from '../../src/local/xlsxWorkbook';
import { openXlsx, tempDir } from './helpers';

const dir = tempDir();

/** The value the scored copy must hold at (sheet, row, col): the computed block's, or the original. */
function expectedAt(result: WorkbookResult, original: WorkbookGrids, sheet: string, r: number, c: number) {
  for (const b of result.computed) {
    if (
      b.sheet === sheet &&
      r >= b.row &&
      r < b.row + b.values.length &&
      c >= b.column &&
      c < b.column + b.values[0].length
    )
      return b.values[r - b.row][c - b.column];
  }
  return original.tabs.find((t) => t.name === sheet)?.values[r - 1]?.[c - 1] ?? '';
}

describe('scored copy of the sample', () => {
  let original: WorkbookGrids;
  let result: WorkbookResult;
  let back: WorkbookGrids;
  let scoredBook: ExcelJS.Workbook;
  const input = () => path.join(dir(), 'mau.xlsx');
  const scored = () => path.join(dir(), 'da-cham.xlsx');

  beforeAll(async () => {
    await writeSampleWorkbook(input());
    const read = await readWorkbookFile(input());
    original = read.grids;
    result = scoreWorkbook(original);
    applyScores(read.workbook, result);
    await saveWorkbook(read.workbook, scored());
    back = (await readWorkbookFile(scored())).grids;
    scoredBook = await openXlsx(scored());
  });

  it('keeps every tab, in order', () => {
    expect(back.tabs.map((t) => t.name)).toEqual(original.tabs.map((t) => t.name));
  });

  it('changes only the computed cells of the area tabs, to the computed values', () => {
    let computedCells = 0;
    for (const tab of original.tabs) {
      if (tab.name === TAB_NAMES.summary) continue;
      const after = back.tabs.find((t) => t.name === tab.name)!;
      const rows = Math.max(tab.values.length, after.values.length);
      const cols = Math.max(tab.values[0]?.length ?? 0, after.values[0]?.length ?? 0);
      for (let r = 1; r <= rows; r++) {
        for (let c = 1; c <= cols; c++) {
          const expected = expectedAt(result, original, tab.name, r, c);
          const actual = after.values[r - 1]?.[c - 1] ?? '';
          if (actual !== expected)
            throw new Error(
              `${tab.name} R${r}C${c}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`,
            );
        }
      }
    }
    for (const b of result.computed) computedCells += b.values.flat().filter((v) => v !== '').length;
    expect(computedCells).toBeGreaterThan(100);
  });

  it('writes the computed block where the layout says', () => {
    const span = roleSpan('computed');
    for (const b of result.computed) {
      expect(b.column).toBe(span.first);
      expect(b.row).toBe(AREA_ROWS.firstData);
    }
    const ws = scoredBook.getWorksheet(result.areas[2].tabName)!;
    const c35 = result.criteria.find((c) => c.code === '3.5')!;
    expect(ws.getCell(c35.row!, colNumber('points')).value).toBe(c35.points / 1000);
    expect(ws.getCell(c35.row!, colNumber('ratio')).value).toBe(c35.ratio! / 10000);
    expect(ws.getCell(c35.row!, colNumber('ratio')).numFmt).toBe('0.0%');
  });

  it('fills Tổng hợp with each area, the index, group and rating, and the problem count', () => {
    const summary = back.tabs.find((t) => t.name === TAB_NAMES.summary)!.values;
    result.areas.forEach((a, i) => {
      const row = summary[SUMMARY_ROWS.firstArea - 1 + i];
      expect(row[summaryCol('code')]).toBe(a.code);
      expect(row[summaryCol('title')]).toBe(a.title);
      expect(row[summaryCol('points')]).toBe(a.points / 1000);
      expect(row[summaryCol('applicableMax')]).toBe(a.applicableMax / 1000);
      expect(row[summaryCol('percent')]).toBe(a.percent / 10000);
    });
    const indexRow = summary[SUMMARY_ROWS.firstArea - 1 + result.areas.length];
    expect(indexRow[summaryCol('points')]).toBe(result.index.points / 1000);
    expect(indexRow[summaryCol('percent')]).toBe(result.index.percent / 10000);
    expect(indexRow[summaryCol('warnings')]).toBe(result.warnings);
    const flat = summary.flat();
    expect(flat).toContain(result.index.group);
    expect(flat).toContain(result.index.rating);
    // Cell for cell what summaryGrid lays out, nothing more.
    const expected = summaryGrid(result.spec, result).grid.values;
    expect(summary).toEqual(expected.map((r) => r.map((v) => v ?? '')));
  });

  it('rewrites a Tổng hợp that holds older, longer content without leaving any of it', async () => {
    const wb = await openXlsx(scored());
    wb.getWorksheet(TAB_NAMES.summary)!.getCell('L40').value = 'số cũ';
    const stale = path.join(dir(), 'cu.xlsx');
    await wb.xlsx.writeFile(stale);
    const read = await readWorkbookFile(stale);
    applyScores(read.workbook, scoreWorkbook(read.grids));
    const out = path.join(dir(), 'cu-da-cham.xlsx');
    await saveWorkbook(read.workbook, out);
    const summary = (await readWorkbookFile(out)).grids.tabs.find((t) => t.name === TAB_NAMES.summary)!.values;
    expect(summary.flat()).not.toContain('số cũ');
    expect(summary).toHaveLength(summaryGrid(result.spec, result).grid.values.length);
  });

  it('keeps the look of the input: drop-downs, formats, frozen panes', () => {
    const ws = scoredBook.getWorksheet(result.areas[3].tabName)!;
    const c42 = result.criteria.find((c) => c.code === '4.2')!;
    expect(ws.getCell(c42.row!, colNumber('value')).dataValidation).toMatchObject({ type: 'list' });
    expect(ws.getCell(c42.row!, colNumber('maxPoints')).numFmt ?? 'General').toBe('General'); // General is Excel's default: not stored
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: AREA_ROWS.header });
  });

  it('scores the scored copy to the same result (computed cells are not inputs)', () => {
    const again = scoreWorkbook(back);
    expect(again.index).toEqual(result.index);
    expect(again.computed).toEqual(result.computed);
    expect(again.problems).toEqual(result.problems);
  });
});

describe('scored copy of a workbook with formulas in input cells and no Tổng hợp tab', () => {
  it('keeps the formulas and adds Tổng hợp', async () => {
    const src = path.join(dir(), 'cong-thuc.xlsx');
    await writeSampleWorkbook(src);
    const wb = await openXlsx(src);
    wb.removeWorksheet(wb.getWorksheet(TAB_NAMES.summary)!.id);
    const ws = wb.getWorksheet('3. Cải cách TTHC')!;
    let row = 0;
    ws.eachRow((r, n) => {
      if (r.getCell(colNumber('code')).value === '3.5') row = n;
    });
    ws.getCell(row, colNumber('b')).value = { formula: '1200+42', result: 1242 };
    await wb.xlsx.writeFile(src);

    const read = await readWorkbookFile(src);
    const result = scoreWorkbook(read.grids);
    applyScores(read.workbook, result);
    const out = path.join(dir(), 'cong-thuc-da-cham.xlsx');
    await saveWorkbook(read.workbook, out);

    const after = await openXlsx(out);
    expect(after.getWorksheet('3. Cải cách TTHC')!.getCell(row, colNumber('b')).value).toEqual({
      formula: '1200+42',
      result: 1242,
    });
    expect(after.getWorksheet(TAB_NAMES.summary)).toBeDefined();
    expect(result.criteria.find((c) => c.code === '3.5')).toMatchObject({ a: 1236, b: 1242 });
  });
});
