import fc from 'fast-check';
import { buildCatalogue } from '../../src/core/catalog/build';
import { checkEntry } from '../../src/core/entries';
import { formatPercent2, formatPoints } from '../../src/core/format';
import type { Milli } from '../../src/core/points';
import { groupOf, LeafInput, ratingOf, scoreCatalogue, scoreEntry } from '../../src/core/score';
import type { TypedEntry } from '../../src/core/entries';
import {
  catalogueSpec,
  count,
  criterionSpec as cs,
  evidenced,
  manual,
  NA,
  option,
  pointsFor,
  ratio,
  ticks,
  validLeaf,
  yesNo,
} from './helpers';

const ratioPoints = (rule: string, max: number, a: number, b: number) => pointsFor('ratio', rule, max, ratio(a, b));
const countPoints = (rule: string, max: number, n: number) => pointsFor('count', rule, max, count(n));

function inputs(
  entries: Record<string, TypedEntry | null>,
  appraisals: Record<string, Milli> = {},
  firstRound: Record<string, Milli> = {},
): Map<string, LeafInput> {
  const codes = new Set([...Object.keys(entries), ...Object.keys(appraisals), ...Object.keys(firstRound)]);
  return new Map(
    [...codes].map((code) => [
      code,
      { entry: entries[code] ?? null, appraisal: appraisals[code] ?? null, appraisal1: firstRound[code] ?? null },
    ]),
  );
}

function built(areas: Parameters<typeof catalogueSpec>[0]) {
  const { catalogue, problems } = buildCatalogue(catalogueSpec(areas));
  return { catalogue, problems };
}

describe('yes / no ("Đạt yêu cầu: 1; không đạt: 0" written as "Có: 1; Không: 0")', () => {
  it('gives the yes or the no points', () => {
    expect(pointsFor('yesno', 'Có: 1; Không: 0', 1, yesNo(true))).toBe(1000);
    expect(pointsFor('yesno', 'Có: 1; Không: 0', 1, yesNo(false))).toBe(0);
    expect(pointsFor('yesno', 'Có: 2; Không: 0,5', 2, yesNo(false))).toBe(500);
  });
});

describe('a status chosen from a list', () => {
  const rule = 'Kịp thời: 1; Không kịp thời: 0,5; Không ban hành: 0';
  it.each([
    ['Kịp thời', 1000],
    ['Không kịp thời', 500],
    ['Không ban hành', 0],
  ])('%s → %i', (label, points) => {
    expect(pointsFor('status', rule, 1, option(label))).toBe(points);
  });
});

describe('a ratio in tiers, at, below and above each bound', () => {
  // The source's "Trên 90%: 2; từ 70% – 90%: 1; dưới 70%: 0" is ambiguous at exactly 90%:
  // each reading is written explicitly and scores differently there.
  const exclusive = '> 90%: 2; ≥ 70%: 1; còn lại: 0';
  const inclusive = '≥ 90%: 2; ≥ 70%: 1; còn lại: 0';

  it.each([
    [90, 100, 1, 2],
    [899, 1000, 1, 1],
    [901, 1000, 2, 2],
    [70, 100, 1, 1],
    [699, 1000, 0, 0],
    [701, 1000, 1, 1],
    [100, 100, 2, 2],
    [0, 100, 0, 0],
  ])('%i/%i → %i with "> 90%", %i with "≥ 90%"', (a, b, withExclusive, withInclusive) => {
    expect(ratioPoints(exclusive, 2, a, b)).toBe(withExclusive * 1000);
    expect(ratioPoints(inclusive, 2, a, b)).toBe(withInclusive * 1000);
  });

  it('≤ and < bounds, tiers from low to high', () => {
    const rule = '≤ 10%: 0; < 50%: 1; còn lại: 2';
    expect(ratioPoints(rule, 2, 10, 100)).toBe(0);
    expect(ratioPoints(rule, 2, 101, 1000)).toBe(1000);
    expect(ratioPoints(rule, 2, 499, 1000)).toBe(1000);
    expect(ratioPoints(rule, 2, 50, 100)).toBe(2000);
  });

  it('"= 100%" only for a/b = 1', () => {
    const rule = '= 100%: 2; ≥ 80%: 1; còn lại: 0';
    expect(ratioPoints(rule, 2, 25, 25)).toBe(2000);
    expect(ratioPoints(rule, 2, 24, 25)).toBe(1000);
    expect(ratioPoints(rule, 2, 4, 5)).toBe(1000);
    expect(ratioPoints(rule, 2, 79, 100)).toBe(0);
    // Exact comparison, not the rounded display: 20 000/20 001 shows as 100,00% yet is below 100%.
    expect(ratioPoints(rule, 2, 20000, 20001)).toBe(1000);
  });

  it('compares thresholds with decimals exactly (2/3 = 66,666…%)', () => {
    expect(ratioPoints('≥ 66,666%: 1; còn lại: 0', 1, 2, 3)).toBe(1000);
    expect(ratioPoints('≥ 66,667%: 1; còn lại: 0', 1, 2, 3)).toBe(0);
  });

  it('no tier holds and no "còn lại": 0 points', () => {
    expect(ratioPoints('= 100%: 2; ≥ 80%: 1', 2, 1, 2)).toBe(0);
  });

  it('reports the ratio in hundredths of a percent', () => {
    expect(scoreEntry(validLeaf('ratio', inclusive, 2), ratio(1236, 1242), null).ratio).toBe(9952);
  });
});

describe('a ratio, proportional above a floor', () => {
  const rule = '= 100%: 2; ≥ 90%: tỷ lệ × 2; còn lại: 0';
  it.each([
    [20, 20, 2000],
    [19, 20, 1900],
    [90, 100, 1800],
    [999, 1000, 1998],
    [899, 1000, 0],
    [0, 20, 0],
  ])('%i/%i → %i milli-points', (a, b, milli) => {
    expect(ratioPoints(rule, 2, a, b)).toBe(milli);
  });

  // The Xuân Lộc guidance (par-index.md) says "từ 90% đến dưới 100%: số mục tiêu hoàn thành / số mục
  // tiêu × 1 (4/5 → 0,8)", but 4/5 = 80% is below its own 90% floor, so the example contradicts the
  // rule. We test what the arithmetic says: plainly proportional gives 0,8; with the floor, 0.
  it('4 of 5: 0,8 point plainly proportional, 0 under the 90% floor', () => {
    expect(ratioPoints('tỷ lệ × 1', 1, 4, 5)).toBe(800);
    expect(formatPoints(ratioPoints('tỷ lệ × 1', 1, 4, 5))).toBe('0,8');
    const floored = '= 100%: 1; ≥ 90%: tỷ lệ × 1; còn lại: 0';
    expect(ratioPoints(floored, 1, 4, 5)).toBe(0);
    expect(ratioPoints(floored, 1, 9, 10)).toBe(900);
    expect(ratioPoints(floored, 1, 19, 20)).toBe(950);
    expect(ratioPoints(floored, 1, 5, 5)).toBe(1000);
  });
});

describe('a ratio, plainly proportional', () => {
  it('points = ratio × max, to the thousandth', () => {
    expect(ratioPoints('tỷ lệ × 4', 4, 350, 512)).toBe(2734); // 2,734375
    expect(formatPoints(ratioPoints('tỷ lệ × 4', 4, 350, 512))).toBe('2,734');
    expect(ratioPoints('tỷ lệ × 3', 3, 19, 21)).toBe(2714);
    expect(ratioPoints('tỷ lệ × 4', 4, 512, 512)).toBe(4000);
    expect(ratioPoints('tỷ lệ × 4', 4, 0, 512)).toBe(0);
  });

  it('rounds half up at the thousandth', () => {
    expect(ratioPoints('tỷ lệ × 1', 1, 1, 16)).toBe(63); // 0,0625
    expect(ratioPoints('tỷ lệ × 1', 1, 3, 16)).toBe(188); // 0,1875
    expect(ratioPoints('tỷ lệ × 1', 1, 1, 3)).toBe(333); // 0,3333…
    expect(ratioPoints('tỷ lệ × 1', 1, 2, 3)).toBe(667); // 0,6666…
  });
});

describe('a count in tiers', () => {
  it('"= 0: 4; ≥ 1: 0" (no official disciplined)', () => {
    expect(countPoints('= 0: 4; ≥ 1: 0', 4, 0)).toBe(4000);
    expect(countPoints('= 0: 4; ≥ 1: 0', 4, 1)).toBe(0);
    expect(countPoints('= 0: 4; ≥ 1: 0', 4, 12)).toBe(0);
  });

  it('"≥ 2: 2; = 1: 1; = 0: 0"', () => {
    expect([0, 1, 2, 3, 50].map((n) => countPoints('≥ 2: 2; = 1: 1; = 0: 0', 2, n))).toEqual([
      0, 1000, 2000, 2000, 2000,
    ]);
  });

  it('"4 lần/năm: 20; 3: 15; 2: 10; 1: 5; 0: 0"', () => {
    const rule = '≥ 4: 20; = 3: 15; = 2: 10; = 1: 5; = 0: 0';
    expect([0, 1, 2, 3, 4, 5].map((n) => countPoints(rule, 20, n))).toEqual([0, 5000, 10000, 15000, 20000, 20000]);
  });

  it('an exclusive count bound', () => {
    expect(countPoints('> 2: 2; còn lại: 0', 2, 2)).toBe(0);
    expect(countPoints('> 2: 2; còn lại: 0', 2, 3)).toBe(2000);
  });
});

describe('a checklist of forms', () => {
  const rule = 'Qua bảng tin điện tử: 0,25; Website, mạng xã hội: 0,25; Hình thức truyền thống: 0,5';
  const leaf = validLeaf('checklist', rule, 1);
  const score = (value: string) => {
    const check = checkEntry(leaf, evidenced({ value }));
    return scoreEntry(leaf, check.entry, null).points;
  };

  it('ticks add up, by number or by label', () => {
    expect(score('1')).toBe(250);
    expect(score('1, 3')).toBe(750);
    expect(score('1, 2, 3')).toBe(1000);
    expect(score('hình thức truyền thống; Website, mạng xã hội')).toBe(750);
    expect(pointsFor('checklist', rule, 1, ticks())).toBe(0);
  });

  it('"1, 2, 4" of four quarter-point forms is 0,75', () => {
    const quarters = validLeaf(
      'checklist',
      'Đài truyền thanh: 0,25; Trang thông tin điện tử: 0,25; Băng rôn, khẩu hiệu: 0,25; Hội nghị, tờ gấp: 0,25',
      1,
    );
    expect(scoreEntry(quarters, checkEntry(quarters, evidenced({ value: '1, 2, 4' })).entry, null).points).toBe(750);
  });
});

describe('points entered by hand', () => {
  it.each([0, 1.25, 2])('%d of 2', (p) => {
    expect(pointsFor('manual', '', 2, manual(p * 1000))).toBe(p * 1000);
  });
});

describe('scoreEntry statuses', () => {
  const leaf = validLeaf('ratio', '= 100%: 2; còn lại: 0', 2, { naAllowed: true });
  it('not applicable: out of the denominator', () => {
    expect(scoreEntry(leaf, NA, null)).toEqual({
      code: '1.1',
      status: 'na',
      max: 2000,
      applicableMax: 0,
      points: 0,
      ratio: null,
      appraisal: null,
      appraisal1: null,
    });
  });
  it('nothing usable entered: 0 points, still in the denominator', () => {
    expect(scoreEntry(leaf, null, 1500)).toEqual({
      code: '1.1',
      status: 'unscored',
      max: 2000,
      applicableMax: 2000,
      points: 0,
      ratio: null,
      appraisal: 1500,
      appraisal1: null,
    });
  });
});

describe('groups: the sum of the children, capped at the parent maximum', () => {
  it('sums children', () => {
    const { catalogue } = built({
      '1': [cs('1.1', 'group', '', 3), cs('1.1.1', 'yesno', 'Có: 1', 1), cs('1.1.2', 'ratio', 'tỷ lệ × 2', 2)],
    });
    const sheet = scoreCatalogue(catalogue, inputs({ '1.1.1': yesNo(true), '1.1.2': ratio(1, 3) }));
    expect(sheet.criteria.get('1.1')).toMatchObject({ status: 'group', points: 1667, applicableMax: 3000 });
  });

  it('caps at the parent maximum when the children promise more', () => {
    const { catalogue, problems } = built({
      '1': [cs('1.1', 'group', '', 2), cs('1.1.1', 'yesno', 'Có: 2', 2), cs('1.1.2', 'yesno', 'Có: 1', 1)],
    });
    expect(problems.map((p) => p.code)).toEqual(['1.1']); // the catalogue says so, and scoring still holds the cap
    const sheet = scoreCatalogue(catalogue, inputs({ '1.1.1': yesNo(true), '1.1.2': yesNo(true) }));
    expect(sheet.criteria.get('1.1')).toMatchObject({ points: 2000, applicableMax: 2000 });
    expect(sheet.areas[0].points).toBe(2000);
  });

  it('a not-applicable child lowers the group applicable maximum; all children N/A make the group N/A', () => {
    const { catalogue } = built({
      '1': [
        cs('1.1', 'group', '', 2),
        cs('1.1.1', 'yesno', 'Có: 1', 1),
        cs('1.1.2', 'ratio', 'tỷ lệ × 1', 1, { naAllowed: true }),
      ],
      '2': [
        cs('2.1', 'group', '', 2),
        cs('2.1.1', 'ratio', 'tỷ lệ × 1', 1, { naAllowed: true }),
        cs('2.1.2', 'ratio', 'tỷ lệ × 1', 1, { naAllowed: true }),
      ],
    });
    const sheet = scoreCatalogue(catalogue, inputs({ '1.1.1': yesNo(true), '1.1.2': NA, '2.1.1': NA, '2.1.2': NA }));
    expect(sheet.criteria.get('1.1')).toMatchObject({ status: 'group', points: 1000, applicableMax: 1000 });
    expect(sheet.criteria.get('2.1')).toMatchObject({ status: 'na', points: 0, applicableMax: 0 });
    expect(sheet.areas.map((a) => [a.code, a.applicableMax, a.percent])).toEqual([
      ['1', 1000, 10000],
      ['2', 0, 0],
    ]);
    expect(sheet.index).toMatchObject({ points: 1000, max: 4000, applicableMax: 1000, percent: 10000 });
  });

  it('retired criteria are left out of totals', () => {
    const { catalogue } = built({ '1': [cs('1.1', 'yesno', 'Có: 1', 1), cs('1.2', 'retired', '', 5)] });
    const sheet = scoreCatalogue(catalogue, inputs({ '1.1': yesNo(true) }));
    expect(sheet.criteria.get('1.2')!.status).toBe('retired');
    expect(sheet.index).toMatchObject({ points: 1000, max: 1000, applicableMax: 1000 });
  });
});

describe('the index', () => {
  it('61,46 of 70 → 87,80%', () => {
    const { catalogue } = built({ '1': [cs('1.1', 'manual', '', 70)] });
    const sheet = scoreCatalogue(catalogue, inputs({ '1.1': manual(61460) }));
    expect(sheet.index.percent).toBe(8780);
    expect(formatPercent2(sheet.index.percent)).toBe('87,80%');
  });

  it('89,5 of 100 applicable (a not-applicable criterion removed) → 89,50%', () => {
    const { catalogue } = built({
      '1': [
        cs('1.1', 'manual', '', 95),
        cs('1.2', 'ratio', 'tỷ lệ × 5', 5, { naAllowed: true }),
        cs('1.3', 'yesno', 'Có: 5', 5),
      ],
    });
    const sheet = scoreCatalogue(catalogue, inputs({ '1.1': manual(84500), '1.2': NA, '1.3': yesNo(true) }));
    expect(sheet.areas[0]).toMatchObject({ points: 89500, max: 105000, applicableMax: 100000, percent: 8950 });
    expect(formatPercent2(sheet.index.percent)).toBe('89,50%');
  });

  it('the total equals the sum of the displayed criterion points (property)', () => {
    const rules = ['tỷ lệ × 1', 'tỷ lệ × 3', 'tỷ lệ × 0,25', '= 100%: 2; ≥ 90%: tỷ lệ × 2; còn lại: 0'];
    const maxima = [1, 3, 0.25, 2];
    const { catalogue } = built({
      '1': rules.map((r, i) => cs(`1.${i + 1}`, 'ratio', r, maxima[i])),
      '2': [cs('2.1', 'group', '', 2), cs('2.1.1', 'ratio', 'tỷ lệ × 1', 1), cs('2.1.2', 'ratio', 'tỷ lệ × 1', 1)],
    });
    const codes = ['1.1', '1.2', '1.3', '1.4', '2.1.1', '2.1.2'];
    const aOfB = fc
      .integer({ min: 1, max: 5000 })
      .chain((b) => fc.tuple(fc.integer({ min: 0, max: b }), fc.constant(b)));
    fc.assert(
      fc.property(fc.array(aOfB, { minLength: codes.length, maxLength: codes.length }), (pairs) => {
        const sheet = scoreCatalogue(
          catalogue,
          inputs(Object.fromEntries(codes.map((c, i) => [c, ratio(...pairs[i])]))),
        );
        // What people see: each top-level criterion's points, formatted; add them up as decimals.
        const shown = catalogue.areas
          .flatMap((a) => a.criteria)
          .map((c) => formatPoints(sheet.criteria.get(c.code)!.points));
        const sumShown = shown.reduce((s, t) => s + Math.round(Number(t.replace(',', '.')) * 1000), 0);
        const groupShown = ['2.1.1', '2.1.2'].reduce((s, c) => s + sheet.criteria.get(c)!.points, 0);
        return (
          sheet.index.points === sumShown &&
          sheet.criteria.get('2.1')!.points === groupShown &&
          sheet.index.points === sheet.areas.reduce((s, a) => s + a.points, 0)
        );
      }),
    );
  });
});

describe('groups and ratings', () => {
  const { catalogue } = built({
    '1': [cs('1.1', 'manual', '', 90)],
    '2': [cs('2.1', 'manual', '', 10, { naAllowed: true })],
  });
  const run = (p1: number, p2: number | 'na') =>
    scoreCatalogue(catalogue, inputs({ '1.1': manual(p1 * 1000), '2.1': p2 === 'na' ? NA : manual(p2 * 1000) })).index;

  it('groups at the bounds of the rounded percent', () => {
    expect(groupOf(catalogue.groups, 9000)).toBe('Nhóm 1');
    expect(groupOf(catalogue.groups, 8999)).toBe('Nhóm 2');
    expect(groupOf(catalogue.groups, 8000)).toBe('Nhóm 2');
    expect(groupOf(catalogue.groups, 7999)).toBe('Nhóm 3');
    // 89,995% is shown as 90,00%, and grouped as what is shown.
    expect(run(80, 9.995)).toMatchObject({ percent: 9000, group: 'Nhóm 1' });
  });

  it('an index ≥ 90% with every area ≥ 70% is "Hoàn thành xuất sắc"', () => {
    expect(run(90, 7)).toMatchObject({ percent: 9700, rating: 'Hoàn thành xuất sắc', heldDownBy: [] });
  });

  it('an index ≥ 90% with one area < 70% is held down, and says by which area', () => {
    const index = run(90, 6.999);
    expect(index.percent).toBe(9700);
    expect(index.rating).toBe('Hoàn thành');
    expect(index.heldDownBy).toEqual(['2']);
  });

  it('an area that is wholly not applicable does not hold the rating down', () => {
    expect(run(85, 'na')).toMatchObject({
      applicableMax: 90000,
      percent: 9444,
      rating: 'Hoàn thành xuất sắc',
      heldDownBy: [],
    });
  });

  it('low indexes; the floor only matters for the bands that carry it', () => {
    // 72% reaches no band with a floor, so area 2 at 0% holds nothing down.
    expect(run(72, 0)).toMatchObject({ percent: 7200, rating: 'Hoàn thành', heldDownBy: [] });
    expect(run(40, 5)).toMatchObject({ percent: 4500, rating: 'Không hoàn thành' });
  });

  it('strict bands exclude their bound', () => {
    const { catalogue: strict } = buildCatalogue(
      catalogueSpec({ '1': [cs('1.1', 'manual', '', 1)] }, { groups: '> 90%: Trên 90%; còn lại: Khác' }),
    );
    expect(groupOf(strict.groups, 9000)).toBe('Khác');
    expect(groupOf(strict.groups, 9001)).toBe('Trên 90%');
    expect(ratingOf(strict.ratings, 9500, [{ code: '1', points: 0, max: 1, applicableMax: 1, percent: 6999 }])).toEqual(
      { rating: 'Hoàn thành', heldDownBy: ['1'] },
    );
  });
});

describe('appraisal totals', () => {
  const { catalogue } = built({
    '1': [cs('1.1', 'group', '', 3), cs('1.1.1', 'yesno', 'Có: 1', 1), cs('1.1.2', 'ratio', 'tỷ lệ × 2', 2)],
    '2': [cs('2.1', 'yesno', 'Có: 2', 2)],
  });
  const entries = { '1.1.1': yesNo(true), '1.1.2': ratio(1, 2), '2.1': yesNo(true) };

  it('are absent when no appraisal point was entered', () => {
    expect(scoreCatalogue(catalogue, inputs(entries)).appraisal).toBeNull();
  });

  it('sum the appraisal points, a blank one keeping its self score, against the same applicable maximum', () => {
    const sheet = scoreCatalogue(catalogue, inputs(entries, { '1.1.1': 0, '1.1.2': 500 }));
    expect(sheet.criteria.get('1.1')!.appraisal).toBe(500);
    expect(sheet.index.points).toBe(4000);
    expect(sheet.appraisal!.areas.map((a) => [a.code, a.points, a.applicableMax])).toEqual([
      ['1', 500, 3000],
      ['2', 2000, 2000], // 2.1 not appraised: keeps its self score of 2
    ]);
    expect(sheet.appraisal!.index).toMatchObject({
      points: 2500,
      applicableMax: 5000,
      percent: 5000,
      rating: 'Hoàn thành',
    });
  });

  it('two rounds: lần 1 alone gives both the first-round and the final totals; the final round overrides lần 1 where typed', () => {
    const first = scoreCatalogue(catalogue, inputs(entries, {}, { '1.1.1': 0, '2.1': 1000 }));
    expect(first.appraisal1!.index.points).toBe(2000); // 0 + 1 (1.1.2 keeps 1) + 1
    expect(first.appraisal!.index.points).toBe(2000); // no lần 2 yet: final = lần 1
    expect(first.criteria.get('1.1')!.appraisal1).toBe(1000);

    const both = scoreCatalogue(catalogue, inputs(entries, { '1.1.1': 1000 }, { '1.1.1': 0, '2.1': 1000 }));
    expect(both.appraisal1!.index.points).toBe(2000);
    // 1.1.1 restored to 1 after giải trình; 2.1 keeps lần 1's 1 point; 1.1.2 keeps its self score.
    expect(both.appraisal!.areas.map((a) => [a.code, a.points])).toEqual([
      ['1', 2000],
      ['2', 1000],
    ]);
    expect(both.criteria.get('1.1')!).toMatchObject({ appraisal1: 1000, appraisal: 2000 });
  });

  it('only the final column typed (a file with one appraisal column): no first-round totals, final as before', () => {
    const sheet = scoreCatalogue(catalogue, inputs(entries, { '2.1': 0 }));
    expect(sheet.appraisal1).toBeNull();
    expect(sheet.appraisal!.index.points).toBe(2000);
  });
});
