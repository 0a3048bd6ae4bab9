/**
 * Chốt số liệu keeps the appraisal rounds: lần 1's points and note, the giải trình, the final note —
 * per criterion, per area and for the index. A tab written before those columns keeps its blocks and
 * is still read (the periodic report's earlier figures).
 */
import type { FakeGas } from '../fakes';
import type { CellValue } from '../../src/core/cells';
import { SNAPSHOT_HEADER, SNAPSHOT_LEGACY_WIDTH, snapshotRows } from '../../src/core/cycle/snapshot';
import { TAB_NAMES } from '../../src/core/layout';
import { scoreWorkbook } from '../../src/core/pipeline';
import { previousFigures } from '../../src/core/report/history';
import { SAMPLE_ASSIGNMENTS, SAMPLE_ENTRIES, SAMPLE_INFO, sampleGrids } from '../../src/core/sample/caoAn2023';
import type { WorkbookGrids } from '../../src/core/workbook';
import { menuLockRound } from '../../src/main';
import { setCell } from '../core/helpers';
import { fillAssignments, fillEntries, fillInfo, install, setup, sheet } from '../sheets/helpers';

const ROUNDS = {
  appraisal1: 3,
  appraisal1Note: 'Thiếu biên bản kiểm tra',
  response: 'Đã bổ sung biên bản số 5/BB-UBND',
  appraisalNote: 'Giữ điểm lần 1',
  appraisal: 3,
};
const at = (header: string) => SNAPSHOT_HEADER.indexOf(header);
const NEW_COLUMNS = [
  'Điểm thẩm định lần 1',
  'Ghi chú thẩm định lần 1',
  'Giải trình sau thẩm định',
  'Ghi chú thẩm định',
];

describe('snapshotRows keeps the rounds', () => {
  it('adds lần 1, its note, the giải trình and the final note after the fifteen older columns', () => {
    expect(SNAPSHOT_LEGACY_WIDTH).toBe(15);
    expect(SNAPSHOT_HEADER.slice(SNAPSHOT_LEGACY_WIDTH)).toEqual(NEW_COLUMNS);
    const grids = sampleGrids();
    for (const [key, v] of Object.entries(ROUNDS)) setCell(grids, '3.5', key as keyof typeof ROUNDS, v);
    const result = scoreWorkbook(grids);
    const rows = snapshotRows(grids, result, '2024-01-08T09:00:00+07:00', 'vanphong@example.gov.vn');
    const r35 = rows.find((r) => r[4] === '3.5')!;
    expect(r35.slice(at('Điểm tự chấm'))).toEqual([
      4,
      3,
      3,
      ROUNDS.appraisal1Note,
      ROUNDS.response,
      ROUNDS.appraisalNote,
    ]);
    // A criterion nobody appraised: blank, not 0.
    expect(rows.find((r) => r[4] === '3.2')!.slice(at('Điểm thẩm định'))).toEqual(['', '', '', '', '']);
    const area3 = rows.find((r) => r[2] === 'Lĩnh vực' && r[4] === '3')!;
    expect(area3[at('Điểm thẩm định lần 1')]).toBe(result.appraisal1!.areas.find((a) => a.code === '3')!.points / 1000);
    const index = rows[rows.length - 1];
    expect(index[at('Điểm thẩm định lần 1')]).toBe(result.appraisal1!.index.points / 1000);
    expect(index[at('Điểm thẩm định lần 1')]).toBe((result.index.points - 1000) / 1000);
  });
});

describe('Chốt số liệu in Sheets', () => {
  let gas: FakeGas;
  afterEach(() => gas.uninstall());

  it('extends an older tab’s header, leaves its blocks as they were, and the older block is still read', () => {
    gas = install();
    setup(gas);
    fillAssignments(gas, SAMPLE_ASSIGNMENTS);
    setup(gas);
    fillEntries(gas, { ...SAMPLE_ENTRIES, '3.5': { ...SAMPLE_ENTRIES['3.5'], ...ROUNDS } });
    fillInfo(gas, SAMPLE_INFO);
    // A snapshot tab as the add-on wrote it before the rounds were kept.
    gas.spreadsheet.insertSheet(TAB_NAMES.snapshot);
    const tab = sheet(gas, TAB_NAMES.snapshot);
    const legacy = SNAPSHOT_HEADER.slice(0, SNAPSHOT_LEGACY_WIDTH);
    const old = (label: string, code: string, points: number): CellValue[] =>
      legacy.map((_, i) =>
        i === 0 ? '15/10/2023 09:00:00' : i === 2 ? label : i === 4 ? code : i === 13 ? points : '',
      );
    tab.fakeSeed([
      [...legacy],
      legacy.map(() => ''),
      ['Chốt số liệu năm 2023 lúc 15/10/2023 09:00:00', ...legacy.slice(1).map(() => '')],
      old('Lĩnh vực', '3', 15.5),
      old('Chỉ số', 'Tổng', 80.25),
    ]);
    const before = tab.fakeValues().map((r) => r.slice(0, SNAPSHOT_LEGACY_WIDTH));

    menuLockRound();
    const after = tab.fakeValues();
    expect(after[0]).toEqual([...SNAPSHOT_HEADER]);
    expect(after.slice(1, 5).map((r) => r.slice(0, SNAPSHOT_LEGACY_WIDTH))).toEqual(before.slice(1));
    expect(after.slice(1, 5).every((r) => r.slice(SNAPSHOT_LEGACY_WIDTH).every((v) => v === ''))).toBe(true);
    const r35 = after.find((r) => r[4] === '3.5')!;
    expect(r35.slice(at('Điểm thẩm định lần 1'))).toEqual([
      3,
      ROUNDS.appraisal1Note,
      ROUNDS.response,
      ROUNDS.appraisalNote,
    ]);

    const grids: WorkbookGrids = { tabs: [{ name: TAB_NAMES.snapshot, values: after as CellValue[][] }] };
    const earlier = previousFigures(grids, 2023, { year: 2023, month: 12, day: 31 });
    expect(earlier).toMatchObject({ source: 'snapshot', points: 80250, date: { year: 2023, month: 10, day: 15 } });
    // The new block is read the same way once it is old enough.
    const index = after[after.length - 1];
    const year = Number(/\d{2}\/\d{2}\/(\d{4})/.exec(String(index[0]))![1]);
    const later = previousFigures(grids, year, { year: year + 1, month: 1, day: 31 })!;
    expect(later.points).toBe(Math.round(Number(index[at('Điểm tự chấm')]) * 1000));
  });
});
