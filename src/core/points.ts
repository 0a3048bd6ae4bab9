/**
 * Exact arithmetic for points and percentages. The one place where rounding is decided.
 *
 * - Points are integer thousandths ("milli-points"): 0,25 điểm = 250. Every criterion's points are
 *   rounded once, to a thousandth, half up; every total is a plain integer sum of what is shown, so
 *   the index always equals the sum of the displayed criterion points.
 * - Percentages are integer hundredths of a percent: 87,80% = 8780, rounded half up. Groups and
 *   ratings compare the rounded figure, so the band always agrees with the figure people see.
 * - Ratios a/b are kept as the two integers and compared exactly (100·a ≥ t·b), never as floats.
 */

export type Milli = number;
export type Hundredths = number;

export const MILLI = 1000;

/** 1,5 → 1500. Accepts any finite number; rounds to the nearest thousandth. */
export function toMilli(points: number): Milli {
  return Math.round(points * MILLI + (points >= 0 ? 1e-9 : -1e-9));
}

export function fromMilli(m: Milli): number {
  return m / MILLI;
}

/** round(n / d) half up, for non-negative integers n and d > 0. */
export function divRoundHalfUp(n: number, d: number): number {
  return Math.floor((2 * n + d) / (2 * d));
}

/** points × a / b, rounded to a thousandth (half up). a ≤ b, b > 0. */
export function proportionalMilli(factor: Milli, a: number, b: number): Milli {
  return divRoundHalfUp(factor * a, b);
}

/** part / whole as hundredths of a percent, rounded half up (61 460 of 70 000 → 8780 = 87,80%). */
export function percentHundredths(part: number, whole: number): Hundredths {
  if (whole <= 0) return 0;
  return divRoundHalfUp(part * 10000, whole);
}

/** Is a / b compared with `percent` (given with up to 3 decimals) true for the operator? Exact. */
export function compareRatio(a: number, b: number, percent: number): -1 | 0 | 1 {
  // a/b vs p/100  ⇔  100000·a vs round(p·1000)·b
  const left = 100000 * a;
  const right = Math.round(percent * 1000) * b;
  return left === right ? 0 : left > right ? 1 : -1;
}

export function sumMilli(values: readonly Milli[]): Milli {
  let total = 0;
  for (const v of values) total += v;
  return total;
}
