import fc from 'fast-check';
import {
  compareRatio,
  divRoundHalfUp,
  fromMilli,
  percentHundredths,
  proportionalMilli,
  sumMilli,
  toMilli,
} from '../../src/core/points';

describe('toMilli / fromMilli', () => {
  it('turns points into integer thousandths', () => {
    expect(toMilli(1.5)).toBe(1500);
    expect(toMilli(0.25)).toBe(250);
    expect(toMilli(89.769)).toBe(89769);
    expect(toMilli(0.1 + 0.2)).toBe(300);
    expect(fromMilli(2734)).toBe(2.734);
  });

  it('rounds to the nearest thousandth', () => {
    expect(toMilli(1.0004)).toBe(1000);
    expect(toMilli(1.0006)).toBe(1001);
  });
});

describe('percentHundredths', () => {
  it('gives the published index figures', () => {
    expect(percentHundredths(toMilli(61.46), toMilli(70))).toBe(8780);
    expect(percentHundredths(toMilli(89.5), toMilli(100))).toBe(8950);
    expect(percentHundredths(toMilli(89.769), toMilli(100))).toBe(8977);
  });

  it('rounds half up and is 0 for an empty whole', () => {
    expect(percentHundredths(1, 20000)).toBe(1); // 0,005% → 0,01%
    expect(percentHundredths(1, 20001)).toBe(0);
    expect(percentHundredths(2, 3)).toBe(6667);
    expect(percentHundredths(5, 0)).toBe(0);
  });
});

describe('divRoundHalfUp and proportionalMilli', () => {
  it('rounds half up', () => {
    expect(divRoundHalfUp(5, 10)).toBe(1);
    expect(divRoundHalfUp(4, 10)).toBe(0);
    expect(divRoundHalfUp(15, 10)).toBe(2);
    expect(divRoundHalfUp(0, 7)).toBe(0);
  });

  it('scales the factor by a/b to the thousandth', () => {
    expect(proportionalMilli(4000, 350, 512)).toBe(2734); // 2,734375
    expect(proportionalMilli(1000, 4, 5)).toBe(800);
    expect(proportionalMilli(1000, 1, 16)).toBe(63); // 62,5 → 63
    expect(proportionalMilli(1000, 1, 3)).toBe(333);
    expect(proportionalMilli(3000, 19, 21)).toBe(2714); // 2,714285…
  });
});

describe('compareRatio', () => {
  it('compares exactly at, below and above the bound', () => {
    expect(compareRatio(90, 100, 90)).toBe(0);
    expect(compareRatio(899, 1000, 90)).toBe(-1);
    expect(compareRatio(901, 1000, 90)).toBe(1);
    expect(compareRatio(1, 3, 33.333)).toBe(1);
    expect(compareRatio(1, 3, 33.334)).toBe(-1);
    expect(compareRatio(0, 5, 0)).toBe(0);
  });
});

it('sumMilli adds integers', () => {
  expect(sumMilli([1000, 250, 2734])).toBe(3984);
  expect(sumMilli([])).toBe(0);
});

describe('properties', () => {
  const aLeB = fc
    .integer({ min: 1, max: 1_000_000 })
    .chain((b) => fc.tuple(fc.integer({ min: 0, max: b }), fc.constant(b)));

  it('proportionalMilli never exceeds the factor when a ≤ b', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), aLeB, (factor, [a, b]) => {
        const p = proportionalMilli(factor, a, b);
        return Number.isInteger(p) && p >= 0 && p <= factor;
      }),
    );
  });

  it('percentHundredths stays within 0 … 10000 for a part of a whole', () => {
    fc.assert(
      fc.property(aLeB, ([a, b]) => {
        const h = percentHundredths(a, b);
        return Number.isInteger(h) && h >= 0 && h <= 10000;
      }),
    );
  });

  it('divRoundHalfUp equals Math.round for small non-negative integers', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 1, max: 10_000 }),
        (n, d) => divRoundHalfUp(n, d) === Math.round(n / d),
      ),
    );
  });

  it('compareRatio agrees with exact rational comparison for percents with up to 3 decimals', () => {
    fc.assert(
      fc.property(aLeB, fc.integer({ min: 0, max: 100_000 }), ([a, b], k) => {
        const percent = k / 1000; // e.g. 33.333, given as the float the rule parser produces
        // a/b vs (k/1000)/100  ⇔  a·100000 vs k·b, in BigInt so nothing can overflow.
        const left = BigInt(a) * 100000n;
        const right = BigInt(k) * BigInt(b);
        const expected = left === right ? 0 : left > right ? 1 : -1;
        return compareRatio(a, b, percent) === expected;
      }),
    );
  });
});
