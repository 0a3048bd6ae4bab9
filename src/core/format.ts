/** vi-VN formatting: decimal comma, dot for thousands, dd/MM/yyyy. Pure, no Intl dependency. */
import { Hundredths, Milli } from './points';

function groupThousands(intPart: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** Formats a non-negative or negative decimal given as integer units of 10^-decimals. */
function formatScaled(units: number, decimals: number, keepZeros: boolean): string {
  const negative = units < 0;
  const abs = Math.abs(Math.round(units));
  const scale = 10 ** decimals;
  const intPart = groupThousands(String(Math.floor(abs / scale)));
  let frac = decimals > 0 ? String(abs % scale).padStart(decimals, '0') : '';
  if (!keepZeros) frac = frac.replace(/0+$/, '');
  return (negative ? '-' : '') + intPart + (frac ? ',' + frac : '');
}

/** 89 769 → "89,769"; 800 → "0,8"; 2000 → "2". */
export function formatPoints(m: Milli): string {
  return formatScaled(m, 3, false);
}

/** Index and area percentages, always two decimals: 8780 → "87,80%". */
export function formatPercent2(h: Hundredths): string {
  return formatScaled(h, 2, true) + '%';
}

/** A ratio shown on a criterion, trailing zeros dropped: 9240 → "92,4%", 10000 → "100%". */
export function formatRatio(h: Hundredths): string {
  return formatScaled(h, 2, false) + '%';
}

/** A plain number the Vietnamese way: 1234.5 → "1.234,5". */
export function formatNumber(n: number, maxDecimals = 3): string {
  return formatScaled(Math.round(n * 10 ** maxDecimals), maxDecimals, false);
}

/** dd/MM/yyyy for a calendar date given as its parts (no time zone involved). */
export function formatDateParts(year: number, month: number, day: number): string {
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}

/** "ngày 05 tháng 01 năm 2024" as Decree 30 writes it (leading zero for day < 10 and months 1–2). */
export function formatDecreeDate(year: number, month: number, day: number): string {
  const d = String(day).padStart(2, '0');
  const m = month <= 2 ? String(month).padStart(2, '0') : String(month);
  return `ngày ${d} tháng ${m} năm ${year}`;
}
