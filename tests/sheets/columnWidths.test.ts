import { planColumnWidths, setColumnWidths } from '../../src/sheets/columnWidths';
import { AREA_COLUMNS } from '../../src/core/layout';
import { install } from './helpers';

describe('column widths in few calls', () => {
  it('one call per run of equal widths when no width is common enough to set first', () => {
    expect(planColumnWidths([80, 80, 200, 300])).toEqual([
      { start: 1, count: 2, width: 80 },
      { start: 3, count: 1, width: 200 },
      { start: 4, count: 1, width: 300 },
    ]);
  });

  it('sets the most common width on every column first when that saves calls', () => {
    expect(planColumnWidths([80, 200, 80, 300, 80, 80, 240, 80])).toEqual([
      { start: 1, count: 8, width: 80 },
      { start: 2, count: 1, width: 200 },
      { start: 4, count: 1, width: 300 },
      { start: 7, count: 1, width: 240 },
    ]);
  });

  it('gives every column the width asked for, on the fake sheet, for many width lists', () => {
    const gas = install();
    try {
      const sheet = gas.spreadsheet.insertSheet('Độ rộng');
      const pool = [60, 80, 80, 120, 200];
      let seed = 7;
      const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
      const lists = [AREA_COLUMNS.map((c) => c.width), [100], []];
      for (let n = 0; n < 50; n++) lists.push(Array.from({ length: 1 + (next() % 20) }, () => pool[next() % 5]));
      for (const widths of lists) {
        gas.calls.reset();
        setColumnWidths(sheet, widths);
        expect(widths.map((_, i) => sheet.getColumnWidth(i + 1))).toEqual(widths);
        const calls = gas.calls.count('Sheet.setColumnWidth') + gas.calls.count('Sheet.setColumnWidths');
        expect(calls).toBe(planColumnWidths(widths).length);
        // Never more calls than one per run of equal widths.
        const runs = widths.filter((w, i) => i === 0 || w !== widths[i - 1]).length;
        expect(calls).toBeLessThanOrEqual(runs);
      }
    } finally {
      gas.uninstall();
    }
  });
});
