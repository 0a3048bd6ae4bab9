/** Small pieces of the shell: the terminal table, the argument parser, row heights. */
import ExcelJS from 'exceljs';
import { parseArgs } from '../../src/local/args';
import { fitRowHeight, wrappedLines } from '../../src/local/xlsx/styles';
import { LocalError } from '../../src/local/errors';
import { displayWidth, renderTable } from '../../src/local/printTable';

describe('renderTable', () => {
  it('pads by displayed width, right-aligns numbers, and draws rules', () => {
    const decomposed = 'Tiê\u0301u'.normalize('NFD');
    const lines = renderTable(
      ['Mã', 'Tên', 'Điểm'],
      [['1', decomposed, '2,5'], null, ['', 'Tổng', '12,75']],
      ['left', 'left', 'right'],
    );
    expect(displayWidth(decomposed)).toBe(4);
    expect(lines).toEqual([
      'Mã  Tên    Điểm',
      '--  ----  -----',
      `1   ${decomposed}    2,5`,
      '--  ----  -----',
      '    Tổng  12,75',
    ]);
  });
});

describe('parseArgs', () => {
  const spec = { output: { type: 'string', short: 'o' }, json: { type: 'boolean' } } as const;

  it('reads long, short and --name=value options and positionals', () => {
    expect(parseArgs(['a.xlsx', '-o', 'b.xlsx', '--json'], spec)).toEqual({
      positionals: ['a.xlsx'],
      options: { output: 'b.xlsx', json: true },
    });
    expect(parseArgs(['--output=c.xlsx', '--', '--json'], spec)).toEqual({
      positionals: ['--json'],
      options: { output: 'c.xlsx' },
    });
  });

  it('refuses unknown options and missing values', () => {
    expect(() => parseArgs(['--x'], spec)).toThrow(LocalError);
    expect(() => parseArgs(['-o'], spec)).toThrow(LocalError);
    expect(() => parseArgs(['-o', '--json'], spec)).toThrow(LocalError);
  });
});

describe('row heights for wrapped text', () => {
  it('counts the lines a text takes in a column, explicit breaks included', () => {
    expect(wrappedLines('ngắn', 320)).toBe(1);
    expect(wrappedLines('x'.repeat(100), 320)).toBe(3);
    expect(wrappedLines('Lỗi: a\nCảnh báo: b', 260)).toBe(2);
  });

  it('only grows a row', () => {
    const ws = new ExcelJS.Workbook().addWorksheet('t');
    fitRowHeight(ws.getRow(1), [{ text: 'x'.repeat(100), widthPx: 320 }]);
    expect(ws.getRow(1).height).toBe(45);
    fitRowHeight(ws.getRow(1), [{ text: 'ngắn', widthPx: 320 }]);
    expect(ws.getRow(1).height).toBe(45);
    ws.getRow(2).height = 80;
    fitRowHeight(ws.getRow(2), [{ text: 'x'.repeat(100), widthPx: 320 }]);
    expect(ws.getRow(2).height).toBe(80);
  });
});
