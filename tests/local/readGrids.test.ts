/** Reading a real .xlsx into the core's grids: every value kind, merges, trimming. */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { loadWorkbook, workbookGridsOf } from '../../src/local/xlsxWorkbook';
import { parseRange, plainValue } from '../../src/local/xlsx/readGrids';
import { tempDir } from './helpers';

const dir = tempDir();

describe('reading a workbook into grids', () => {
  const when = new Date(Date.UTC(2023, 0, 30));
  let grids: Awaited<ReturnType<typeof workbookGridsOf>>;

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Dữ liệu');
    ws.getCell('A1').value = 12;
    ws.getCell('B1').value = 'chữ';
    ws.getCell('C1').value = true;
    ws.getCell('D1').value = when;
    ws.getCell('A2').value = { richText: [{ text: 'Kế hoạch ' }, { text: '11/KH', font: { bold: true } }] };
    ws.getCell('B2').value = { text: 'Biên bản', hyperlink: 'https://drive.google.com/a' };
    ws.getCell('C2').value = { text: 'https://drive.google.com/b', hyperlink: 'https://drive.google.com/b' };
    ws.getCell('D2').value = {
      text: { richText: [{ text: 'Tờ ' }, { text: 'trình' }] },
      hyperlink: 'https://x.vn',
    } as unknown as ExcelJS.CellValue;
    ws.getCell('A3').value = { formula: 'A1*2', result: 24 };
    ws.getCell('B3').value = { formula: 'A1/0', result: { error: '#DIV/0!' } };
    ws.getCell('C3').value = { formula: 'A1+1' } as ExcelJS.CellFormulaValue;
    ws.getCell('D3').value = { error: '#N/A' };
    ws.getCell('A4').value = { formula: 'A1+1', result: 13, shareType: 'shared', ref: 'A4:B4' } as ExcelJS.CellValue;
    ws.getCell('B4').value = { sharedFormula: 'A4', result: 14 } as ExcelJS.CellValue;
    ws.mergeCells('B5:C6');
    ws.getCell('B5').value = 'gộp';
    ws.getCell('A7').value = 'cuối';
    ws.getCell('A12').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFF0000' } }; // styled but empty
    ws.getCell('H1').numFmt = '0.0'; // styled but empty column
    wb.addWorksheet('Trống');
    const file = path.join(dir(), 'gia-tri.xlsx');
    await wb.xlsx.writeFile(file);
    grids = workbookGridsOf(await loadWorkbook(file));
  });

  it('gives numbers, text, booleans and dates as they are', () => {
    expect(grids.tabs[0].values[0]).toEqual([12, 'chữ', true, when]);
  });

  it('flattens rich text and gives a link its text', () => {
    expect(grids.tabs[0].values[1]).toEqual(['Kế hoạch 11/KH', 'Biên bản', 'https://drive.google.com/b', 'Tờ trình']);
  });

  it('gives formulas their cached result, formula errors their code, and an uncalculated formula ""', () => {
    expect(grids.tabs[0].values[2]).toEqual([24, '#DIV/0!', '', '#N/A']);
    expect(grids.tabs[0].values[3]).toEqual([13, 14, '', '']);
  });

  it('reports merged ranges (1-based) and reads the covered cells as empty, like Sheets', () => {
    expect(grids.tabs[0].merges).toEqual([{ row: 5, column: 2, numRows: 2, numColumns: 2 }]);
    expect(grids.tabs[0].values[4]).toEqual(['', 'gộp', '', '']);
    expect(grids.tabs[0].values[5]).toEqual(['', '', '', '']);
  });

  it('is rectangular and stops at the last cell with a value (styled empty cells do not count)', () => {
    expect(grids.tabs[0].values).toHaveLength(7);
    expect(grids.tabs[0].values.every((r) => r.length === 4)).toBe(true);
    expect(grids.tabs[1]).toEqual({ name: 'Trống', values: [] });
  });
});

describe('value and range helpers', () => {
  it('maps every exceljs value shape', () => {
    expect(plainValue(null)).toBe('');
    expect(plainValue(undefined)).toBe('');
    expect(plainValue({ formula: 'X', result: { error: '#REF!' } } as ExcelJS.CellValue)).toBe('#REF!');
    expect(plainValue({ formula: 'X', result: 'chữ' } as ExcelJS.CellValue)).toBe('chữ');
    // A link cell without display text (exceljs reads it as text undefined) gives its URL.
    expect(plainValue({ text: undefined, hyperlink: 'https://x.vn/a' } as unknown as ExcelJS.CellValue)).toBe(
      'https://x.vn/a',
    );
    expect(plainValue({ text: '', hyperlink: 'https://x.vn/b' })).toBe('https://x.vn/b');
  });

  it('parses A1 ranges, in either corner order', () => {
    expect(parseRange('B5:C6')).toEqual({ row: 5, column: 2, numRows: 2, numColumns: 2 });
    expect(parseRange('$AA$10:$Z$9')).toEqual({ row: 9, column: 26, numRows: 2, numColumns: 2 });
    expect(parseRange('nonsense')).toBeNull();
  });
});
