import fc from 'fast-check';
import {
  formatDateParts,
  formatDecreeDate,
  formatNumber,
  formatPercent2,
  formatPoints,
  formatRatio,
} from '../../src/core/format';
import { percentHundredths, toMilli } from '../../src/core/points';

describe('percentages', () => {
  it('shows the index with two decimals and a decimal comma', () => {
    expect(formatPercent2(percentHundredths(toMilli(61.46), toMilli(70)))).toBe('87,80%');
    expect(formatPercent2(percentHundredths(toMilli(89.5), toMilli(100)))).toBe('89,50%');
    expect(formatPercent2(10000)).toBe('100,00%');
    expect(formatPercent2(5)).toBe('0,05%');
  });

  it('shows a criterion ratio without trailing zeros', () => {
    expect(formatRatio(9240)).toBe('92,4%');
    expect(formatRatio(10000)).toBe('100%');
    expect(formatRatio(6667)).toBe('66,67%');
    expect(formatRatio(0)).toBe('0%');
  });
});

describe('points', () => {
  it('shows up to three decimals, trailing zeros dropped', () => {
    expect(formatPoints(89769)).toBe('89,769');
    expect(formatPoints(800)).toBe('0,8');
    expect(formatPoints(2000)).toBe('2');
    expect(formatPoints(2734)).toBe('2,734');
    expect(formatPoints(0)).toBe('0');
    expect(formatPoints(1234567)).toBe('1.234,567');
  });

  it('reads back to the same milli-points (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), (m) => {
        const shown = formatPoints(m);
        return Math.round(Number(shown.replace(/\./g, '').replace(',', '.')) * 1000) === m;
      }),
    );
  });
});

describe('formatNumber', () => {
  it('groups thousands with dots and uses a decimal comma', () => {
    expect(formatNumber(1234.5)).toBe('1.234,5');
    expect(formatNumber(1234567)).toBe('1.234.567');
    expect(formatNumber(999)).toBe('999');
    expect(formatNumber(0.25)).toBe('0,25');
    expect(formatNumber(-2.5)).toBe('-2,5');
    expect(formatNumber(1.23456, 2)).toBe('1,23');
  });
});

describe('dates', () => {
  it('writes dd/MM/yyyy', () => {
    expect(formatDateParts(2024, 1, 5)).toBe('05/01/2024');
    expect(formatDateParts(2023, 12, 14)).toBe('14/12/2023');
  });

  it('writes the Decree 30 date: leading zero for day < 10 and months 1–2 only', () => {
    expect(formatDecreeDate(2024, 1, 5)).toBe('ngày 05 tháng 01 năm 2024');
    expect(formatDecreeDate(2024, 3, 15)).toBe('ngày 15 tháng 3 năm 2024');
    expect(formatDecreeDate(2024, 2, 9)).toBe('ngày 09 tháng 02 năm 2024');
    expect(formatDecreeDate(2023, 12, 31)).toBe('ngày 31 tháng 12 năm 2023');
    expect(formatDecreeDate(2023, 9, 10)).toBe('ngày 10 tháng 9 năm 2023');
  });
});
