/**
 * The built-in catalogue against /work/shared/domain/catalog-draft-2023.md, transcribed below
 * (code, max, input, N/A allowed) with probes of each rule taken from the document's "rule" column.
 */
import { buildCatalogue, flattenArea } from '../../../src/core/catalog/build';
import { DEFAULT_CATALOGUE } from '../../../src/core/catalog/defaultCatalogue';
import { catalogueToJson, parseCatalogueJson } from '../../../src/core/catalog/schema';
import type { InputKind } from '../../../src/core/catalog/types';
import type { TypedEntry } from '../../../src/core/entries';
import { scoreEntry } from '../../../src/core/score';
import { count, option, ratio, ticks, yesNo } from '../helpers';

type Probe = [TypedEntry, number];
type Row = [code: string, max: number, kind: InputKind, naAllowed: boolean, probes: Probe[]];

const pct = (p: number) => ratio(p, 100);
const issued: Probe[] = [
  [option('Kịp thời'), 1],
  [option('Không kịp thời'), 0.5],
  [option('Không ban hành'), 0],
];
const planDone2: Probe[] = [
  [pct(100), 2],
  [pct(99), 1],
  [pct(80), 1],
  [pct(79), 0],
];
const yes = (p: number): Probe[] => [
  [yesNo(true), p],
  [yesNo(false), 0],
];

const DRAFT: Row[] = [
  ['1.1', 3, 'group', false, []],
  ['1.1.1', 1, 'status', false, issued],
  ['1.1.2', 2, 'ratio', false, planDone2],
  [
    '1.2',
    2,
    'ratio',
    false,
    [
      [ratio(4, 4), 2],
      [ratio(3, 4), 1],
      [ratio(2, 4), 0],
    ],
  ],
  ['1.3', 2, 'group', false, []],
  [
    '1.3.1',
    1,
    'ratio',
    false,
    [
      [pct(100), 1],
      [pct(80), 0.5],
      [pct(79), 0],
    ],
  ],
  [
    '1.3.2',
    1,
    'ratio',
    true,
    [
      [pct(100), 1],
      [pct(80), 0.5],
      [pct(79), 0],
    ],
  ],
  ['1.4', 3, 'group', false, []],
  [
    '1.4.1',
    2,
    'ratio',
    false,
    [
      [pct(100), 2],
      [ratio(19, 20), 1.9],
      [pct(90), 1.8],
      [pct(89), 0],
    ],
  ],
  [
    '1.4.2',
    1,
    'checklist',
    false,
    [
      [ticks(0, 1, 2, 3), 1],
      [ticks(3), 0.25],
      [ticks(), 0],
    ],
  ],
  ['1.5', 1, 'yesno', false, yes(1)],
  [
    '1.6',
    2,
    'count',
    false,
    [
      [count(3), 2],
      [count(2), 2],
      [count(1), 1],
      [count(0), 0],
    ],
  ],
  [
    '1.7',
    1,
    'ratio',
    true,
    [
      [pct(100), 1],
      [pct(50), 0.5],
      [pct(49), 0],
    ],
  ],
  [
    '2.1',
    3,
    'checklist',
    false,
    [
      [ticks(0, 1, 2), 3],
      [ticks(0), 1],
      [ticks(1), 1],
      [ticks(2), 1],
    ],
  ],
  [
    '2.2',
    3,
    'ratio',
    false,
    [
      [pct(100), 3],
      [pct(80), 1.5],
      [pct(79), 0],
    ],
  ],
  [
    '2.3',
    2,
    'checklist',
    false,
    [
      [ticks(0), 1],
      [ticks(1), 0.5],
      [ticks(2), 0.5],
      [ticks(0, 1, 2), 2],
    ],
  ],
  ['2.4', 2, 'ratio', true, planDone2],
  ['3.1', 3, 'group', false, []],
  ['3.1.1', 1, 'status', false, issued],
  ['3.1.2', 2, 'ratio', false, planDone2],
  [
    '3.2',
    1,
    'ratio',
    true,
    [
      [pct(100), 1],
      [pct(99), 0],
    ],
  ],
  [
    '3.3',
    3,
    'ratio',
    false,
    [
      [pct(100), 3],
      [pct(90), 1.5],
      [pct(89), 0],
    ],
  ],
  ['3.4', 1, 'yesno', false, yes(1)],
  [
    '3.5',
    5,
    'ratio',
    false,
    [
      [pct(100), 5],
      [pct(98), 4],
      [ratio(979, 1000), 3],
      [pct(95), 3],
      [pct(90), 1],
      [pct(89), 0],
    ],
  ],
  [
    '3.6',
    2,
    'ratio',
    true,
    [
      [pct(100), 2],
      [pct(99), 0],
    ],
  ],
  ['3.7', 2, 'ratio', true, planDone2],
  ['3.8', 2, 'ratio', false, planDone2],
  [
    '3.9',
    3,
    'ratio',
    false,
    [
      [pct(50), 3],
      [pct(49), 2],
      [pct(30), 2],
      [pct(10), 1],
      [pct(9), 0],
    ],
  ],
  ['4.1', 2, 'yesno', false, yes(2)],
  [
    '4.2',
    2,
    'status',
    false,
    [
      [option('Hoàn thành'), 2],
      [option('Đang thực hiện'), 1],
      [option('Chưa thực hiện'), 0],
    ],
  ],
  ['4.3', 2, 'yesno', false, yes(2)],
  [
    '4.4',
    2,
    'status',
    false,
    [
      [option('Đầy đủ'), 2],
      [option('Chưa đầy đủ'), 1],
      [option('Không thực hiện'), 0],
    ],
  ],
  [
    '5.1',
    3,
    'status',
    false,
    [
      [option('Đúng quy định'), 3],
      [option('Còn sai sót'), 1.5],
      [option('Không thực hiện'), 0],
    ],
  ],
  [
    '5.2',
    4,
    'count',
    false,
    [
      [count(0), 4],
      [count(1), 0],
      [count(5), 0],
    ],
  ],
  [
    '5.3',
    2,
    'count',
    false,
    [
      [count(0), 2],
      [count(1), 1],
      [count(2), 0],
      [count(7), 0],
    ],
  ],
  [
    '5.4',
    3,
    'ratio',
    false,
    [
      [ratio(21, 21), 3],
      [ratio(19, 21), 2.714],
      [ratio(0, 21), 0],
    ],
  ],
  [
    '5.5',
    2,
    'ratio',
    false,
    [
      [pct(80), 2],
      [pct(79), 1],
      [pct(50), 1],
      [pct(49), 0],
    ],
  ],
  ['6.1', 2, 'yesno', false, yes(2)],
  [
    '6.2',
    3,
    'checklist',
    false,
    [
      [ticks(0), 1],
      [ticks(1), 1],
      [ticks(2), 1],
      [ticks(0, 1, 2), 3],
    ],
  ],
  [
    '6.3',
    3,
    'ratio',
    true,
    [
      [pct(100), 3],
      [pct(80), 1.5],
      [pct(79), 0],
    ],
  ],
  [
    '6.4',
    2,
    'checklist',
    false,
    [
      [ticks(0), 1],
      [ticks(1), 1],
      [ticks(0, 1), 2],
    ],
  ],
  ['7.1', 3, 'group', false, []],
  ['7.1.1', 1, 'status', false, issued],
  ['7.1.2', 2, 'ratio', false, planDone2],
  [
    '7.2',
    4,
    'ratio',
    false,
    [
      [pct(90), 4],
      [pct(89), 3],
      [pct(80), 3],
      [pct(70), 2],
      [pct(69), 0],
    ],
  ],
  [
    '7.3',
    2,
    'ratio',
    false,
    [
      [pct(100), 2],
      [pct(90), 1],
      [pct(89), 0],
    ],
  ],
  ['7.4', 2, 'yesno', false, yes(2)],
  [
    '7.5',
    3,
    'checklist',
    false,
    [
      [ticks(0), 1],
      [ticks(1), 1],
      [ticks(2), 1],
      [ticks(0, 1, 2), 3],
    ],
  ],
  [
    '7.6',
    4,
    'ratio',
    false,
    [
      [ratio(350, 512), 2.734],
      [ratio(512, 512), 4],
    ],
  ],
  [
    '7.7',
    2,
    'status',
    false,
    [
      [option('Đúng quy định'), 2],
      [option('Chưa đầy đủ'), 1],
      [option('Không duy trì'), 0],
    ],
  ],
  [
    '7.8',
    2,
    'status',
    false,
    [
      [option('Tốt'), 2],
      [option('Khá'), 1.5],
      [option('Trung bình'), 1],
      [option('Yếu'), 0],
    ],
  ],
];

const AREAS: [string, string, number][] = [
  ['1', 'Công tác chỉ đạo, điều hành CCHC', 14],
  ['2', 'Cải cách thể chế', 10],
  ['3', 'Cải cách thủ tục hành chính', 22],
  ['4', 'Cải cách tổ chức bộ máy', 8],
  ['5', 'Cải cách chế độ công vụ', 14],
  ['6', 'Cải cách tài chính công', 10],
  ['7', 'Xây dựng và phát triển chính quyền điện tử', 22],
];

const { catalogue, problems } = buildCatalogue(DEFAULT_CATALOGUE);

it('builds without a single catalogue problem', () => {
  expect(problems).toEqual([]);
});

it('has the seven areas with 14/10/22/8/14/10/22 points, 100 in total', () => {
  expect(DEFAULT_CATALOGUE.areas.map((a) => [a.code, a.title, a.maxPoints])).toEqual(AREAS);
  expect(DEFAULT_CATALOGUE.areas.reduce((s, a) => s + a.maxPoints, 0)).toBe(100);
  for (const area of catalogue.areas) expect(area.criteria.reduce((s, c) => s + c.max, 0)).toBe(area.max);
});

it('has exactly the criteria of the draft, with their maximum, input and N/A flag', () => {
  const actual = catalogue.areas.flatMap(flattenArea).map((c) => [c.code, c.max / 1000, c.kind, c.naAllowed]);
  expect(actual).toEqual(DRAFT.map(([code, max, kind, na]) => [code, max, kind, na]));
});

it("every group's children add up to the group's maximum", () => {
  for (const c of catalogue.byCode.values()) {
    if (c.kind === 'group') expect(c.children.reduce((s, k) => s + k.max, 0)).toBe(c.max);
  }
});

describe.each(DRAFT.filter((r) => r[4].length > 0))('%s scores as the draft says', (code, _max, _kind, _na, probes) => {
  it.each(probes.map(([entry, points]) => [JSON.stringify(entry), entry, points] as const))(
    '%s',
    (_label, entry, points) => {
      expect(scoreEntry(catalogue.byCode.get(code)!, entry, null).points).toBe(Math.round(points * 1000));
    },
  );
});

it('says it is a draft to check against the province', () => {
  expect(DEFAULT_CATALOGUE.notice).toContain('đối chiếu với quyết định của UBND tỉnh');
  expect(DEFAULT_CATALOGUE.name).toContain('bản nháp');
});

it('has the bands of the draft: groups ≥ 90 / 80 – < 90 / < 80, ratings with the 70% per-area floor', () => {
  expect(catalogue.groups.map((b) => [b.minPercent, b.strict, b.areaFloorPercent])).toEqual([
    [90, false, null],
    [80, false, null],
    [0, false, null],
  ]);
  expect(catalogue.ratings.map((b) => [b.label, b.minPercent, b.areaFloorPercent])).toEqual([
    ['Hoàn thành xuất sắc', 90, 70],
    ['Hoàn thành tốt', 80, 70],
    ['Hoàn thành', 50, null],
    ['Không hoàn thành', 0, null],
  ]);
});

it('has unique tab names that fit a sheet name', () => {
  const names = DEFAULT_CATALOGUE.areas.map((a) => a.tabName);
  expect(new Set(names).size).toBe(7);
  for (const n of names) expect(n.length).toBeLessThanOrEqual(100);
});

it('survives JSON export → import unchanged', () => {
  const back = parseCatalogueJson(catalogueToJson(DEFAULT_CATALOGUE));
  expect(back.problems).toEqual([]);
  expect(back.spec).toEqual(DEFAULT_CATALOGUE);
});
