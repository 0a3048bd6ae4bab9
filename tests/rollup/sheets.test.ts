/**
 * "Tổng hợp các đơn vị" on the fakes. The fakes do not evaluate IMPORTRANGE: after the add-on wrote the
 * formulas, the test fills the staging tab's values the way Sheets shows them once access is allowed
 * (each unit's Tổng hợp block, as Tính điểm writes it), or #REF! where access was not allowed.
 */
import type { FakeGas, FakeSheet } from '../fakes';
import type { CellValue } from '../../src/core/cells';
import { scoreWorkbook } from '../../src/core/pipeline';
import {
  EXPOSED_BLOCK,
  EXPOSED_RANGE,
  rankUnits,
  SOURCE_ROWS,
  STAGING,
  unitFromResult,
  unitFromSummary,
} from '../../src/core/rollup';
import { summaryGrid } from '../../src/core/summary';
import { ROLLUP_TEXT as T } from '../../src/core/text';
import { consolidateUnits, RANKING_TAB_ROWS } from '../../src/sheets/rollup/consolidate';
import { MENU_ITEMS } from '../../src/sheets/menu';
import * as main from '../../src/main';
import { unitGrids, type UnitVariant } from '../../bench/unitWorkbooks';
import { fillEntries, fillInfo, install, setup } from '../sheets/helpers';
import { computeScores } from '../../src/sheets/computeScores';
import { SAMPLE_ENTRIES, SAMPLE_INFO, sampleGrids } from '../../src/core/sample/caoAn2023';
import { TAB_NAMES } from '../../src/core/layout';

let gas: FakeGas;
beforeEach(() => {
  gas = install();
});
afterEach(() => gas.uninstall());

const url = (id: string) => `https://docs.google.com/spreadsheets/d/${id.padEnd(44, 'x')}/edit`;

/** A unit's Tổng hợp block as its sheet shows it after Tính điểm. */
function summaryOf(v: UnitVariant): CellValue[][] {
  const result = scoreWorkbook(unitGrids(v));
  return summaryGrid(result.spec, result).grid.values;
}

/** What Sheets shows in one unit's staging block once IMPORTRANGE has answered. */
function fillStaged(staging: FakeSheet, index: number, block: CellValue[][] | '#REF!', probe: CellValue): void {
  const top = index * STAGING.rowsPerUnit + 1;
  if (block === '#REF!') staging.fakeSetComputed(top, 1, '#REF!');
  else
    block.forEach((r, i) =>
      r.forEach((v, j) => v !== '' && v !== undefined && v !== null && staging.fakeSetComputed(top + i, j + 1, v)),
    );
  staging.fakeSetComputed(top, STAGING.probeColumn, probe ?? '');
}

const SOURCES: [string, string][] = [
  ['Xã Một', url('mot')],
  ['Xã Hai', url('hai')],
  ['Xã Chưa Cho Phép', url('chua')],
  ['Bảng lương', url('luong')],
  ['Xã Bản Cũ', url('cu')],
  ['Xã Sai Link', 'https://example.com/bang-tinh'],
  ['Xã Ba', url('ba')],
];

describe('Tổng hợp các đơn vị (Google Sheets, on the fakes)', () => {
  it("a unit's Tính điểm exposes its figures in Tổng hợp!A1:J50, read back as the offline path reads the workbook", () => {
    setup(gas);
    fillEntries(gas, SAMPLE_ENTRIES);
    fillInfo(gas, { ...SAMPLE_INFO, previousIndexPercent: '84,5%' });
    computeScores();
    const values = gas.spreadsheet.fakeSheet(TAB_NAMES.summary).fakeValues() as CellValue[][];
    const block = Array.from({ length: EXPOSED_BLOCK.rows }, (_, r) =>
      Array.from({ length: EXPOSED_BLOCK.columns }, (_, c) => values[r]?.[c] ?? ''),
    );
    const grids = sampleGrids();
    const info = grids.tabs.find((t) => t.name === TAB_NAMES.info)!;
    info.values.forEach((r) => r[0] === 'Chỉ số năm trước (%)' && (r[1] = '84,5%'));
    expect(unitFromSummary(block, 'url')).toEqual(unitFromResult(scoreWorkbook(grids), 'url'));
  });

  it('is in the menu and exported for Apps Script', () => {
    expect(MENU_ITEMS.some((m) => m?.fn === 'menuConsolidateUnits' && m.label === T.menu)).toBe(true);
    expect(typeof (main as Record<string, unknown>).menuConsolidateUnits).toBe('function');
  });

  it('creates the sources tab first, then stages IMPORTRANGE formulas and ranks what the units expose', () => {
    expect(consolidateUnits().kind).toBe('sourcesCreated');
    const sources = gas.spreadsheet.fakeSheet(T.sourcesTab);
    expect(sources.fakeValues()[SOURCE_ROWS.header - 1]).toEqual([...T.sourcesHeaders]);
    expect(consolidateUnits().kind).toBe('noSources');
    sources.fakeSeed(SOURCES, SOURCE_ROWS.first, 1);

    // First run: formulas written; nothing has arrived yet.
    const first = consolidateUnits();
    expect(first.kind).toBe('done');
    const staging = gas.spreadsheet.fakeSheet(T.stagingTab);
    const usable = SOURCES.filter(([, u]) => u.startsWith('https://docs.google.com'));
    usable.forEach(([, u], i) => {
      const top = i * STAGING.rowsPerUnit + 1;
      expect(staging.fakeCell(top, 1)?.formula).toBe(`=IMPORTRANGE("${u}","${EXPOSED_RANGE}")`);
      expect(staging.fakeCell(top, STAGING.probeColumn)?.formula).toBe(`=IMPORTRANGE("${u}","A1")`);
    });
    expect(EXPOSED_RANGE).toBe("'Tổng hợp'!A1:K50");
    expect(gas.calls.count('Range.setFormulas')).toBe(1);
    const statusAfterFirst = sources
      .fakeValues()
      .slice(SOURCE_ROWS.first - 1)
      .map((r) => r[2]);
    expect(statusAfterFirst[0]).toBe(T.loading('Xã Một'));
    expect(statusAfterFirst[5]).toBe(T.badUrl('Xã Sai Link', 'https://example.com/bang-tinh'));

    // Sheets fetched the blocks: access allowed for three units, not for one; one is another sheet; one is older.
    const one = summaryOf({ commune: 'Xã Một', entries: { '3.9': { a: 1242, b: 1242 } } });
    const two = summaryOf({ commune: 'Xã Hai' });
    const three = summaryOf({ commune: 'Xã Ba', entries: { '3.8': { appraisal: 0 }, '3.5': { appraisal: 0 } } });
    const older = summaryOf({ commune: 'Xã Bản Cũ' }).filter((r) => !String(r[1]).startsWith('Phiên bản'));
    fillStaged(staging, 0, one, 'THÔNG TIN CHUNG');
    fillStaged(staging, 1, two, 'THÔNG TIN CHUNG');
    fillStaged(staging, 2, '#REF!', '#REF!');
    fillStaged(staging, 3, '#REF!', 'Họ tên');
    fillStaged(staging, 4, older, 'THÔNG TIN CHUNG');
    fillStaged(staging, 5, three, 'THÔNG TIN CHUNG');

    const before = {
      formulas: gas.calls.count('Range.setFormulas'),
      getValues: gas.calls.count('Range.getValues'),
      setValues: gas.calls.count('Range.setValues'),
    };
    const second = consolidateUnits();
    if (second.kind !== 'done') throw new Error('expected a ranking');
    // Same links: the formulas are not rewritten (no reload of every import); reads and writes are batched.
    expect(gas.calls.count('Range.setFormulas')).toBe(before.formulas);
    expect(gas.calls.count('Range.getValues') - before.getValues).toBeLessThanOrEqual(3);
    expect(gas.calls.count('Range.setValues') - before.setValues).toBe(2);
    expect(gas.calls.count('Range.getValue')).toBeLessThanOrEqual(2);

    expect(second.ranked).toBe(3);
    expect(second.failed).toBe(4);
    const status = sources
      .fakeValues()
      .slice(SOURCE_ROWS.first - 1)
      .map((r) => String(r[2]));
    expect(status).toEqual([
      T.statusOk,
      T.statusOk,
      T.noAccess('Xã Chưa Cho Phép'),
      T.notTracking('Bảng lương'),
      T.olderVersion('Xã Bản Cũ'),
      T.badUrl('Xã Sai Link', 'https://example.com/bang-tinh'),
      T.statusOk,
    ]);
    expect(status[2]).toContain('Cho phép truy cập');

    // The same ranking as the offline core gives for the same three workbooks (appraisal first).
    const variants: UnitVariant[] = [
      { commune: 'Xã Một', entries: { '3.9': { a: 1242, b: 1242 } } },
      { commune: 'Xã Hai' },
      { commune: 'Xã Ba', entries: { '3.8': { appraisal: 0 }, '3.5': { appraisal: 0 } } },
    ];
    const offline = rankUnits(
      variants.map((v, i) => unitFromResult(scoreWorkbook(unitGrids(v)), usable[[0, 1, 5][i]][1])),
    );
    expect(second.ranking.units.map((u) => [u.name, u.rankText, u.percent, u.points, u.appraisedPoints])).toEqual(
      offline.units.map((u) => [u.name, u.rankText, u.percent, u.points, u.appraisedPoints]),
    );
    expect(second.ranking.units.map((u) => u.name)).toEqual(['Xã Một', 'Xã Hai', 'Xã Ba']);

    const tab = gas.spreadsheet.fakeSheet(T.rankingTab).fakeValues();
    expect(tab[RANKING_TAB_ROWS.header - 1].slice(0, 9)).toEqual([
      'STT',
      'Đơn vị',
      'Điểm tự chấm',
      'Điểm thẩm định',
      'Điểm tối đa',
      'Chỉ số (%)',
      'Vị thứ',
      'Phân nhóm',
      'Xếp loại',
    ]);
    const rows = tab.slice(RANKING_TAB_ROWS.first - 1, RANKING_TAB_ROWS.first + 2);
    expect(rows.map((r) => [r[0], r[1], r[6]])).toEqual([
      [1, 'Xã Một', '1/3'],
      [2, 'Xã Hai', '2/3'],
      [3, 'Xã Ba', '3/3'],
    ]);
    expect(rows[2][3]).toBe(second.ranking.units[2].appraisedPoints! / 1000);
    expect(gas.spreadsheet.fakeSheet(T.rankingTab).fakeCell(RANKING_TAB_ROWS.first, 6)?.format?.numberFormat).toBe(
      '0.00%',
    );
  });

  it('rewrites the staged formulas when the list of links changes, and ranks fewer units over a longer old tab', () => {
    consolidateUnits();
    const sources = gas.spreadsheet.fakeSheet(T.sourcesTab);
    sources.fakeSeed(SOURCES.slice(0, 2), SOURCE_ROWS.first, 1);
    consolidateUnits();
    const staging = gas.spreadsheet.fakeSheet(T.stagingTab);
    fillStaged(staging, 0, summaryOf({ commune: 'Xã Một' }), 'x');
    fillStaged(staging, 1, summaryOf({ commune: 'Xã Hai' }), 'x');
    const r = consolidateUnits();
    expect(r.kind === 'done' && r.ranked).toBe(2);
    const formulas = gas.calls.count('Range.setFormulas');
    sources.fakeSeed([['', '']], SOURCE_ROWS.first + 1, 1);
    const after = consolidateUnits();
    expect(gas.calls.count('Range.setFormulas')).toBe(formulas + 1);
    expect(staging.fakeCell(STAGING.rowsPerUnit + 1, 1)?.formula).toBeUndefined();
    expect(after.kind === 'done' && after.ranking.units.length).toBe(0);
    // The ranking tab no longer lists the two units of the previous run.
    const tab = gas.spreadsheet.fakeSheet(T.rankingTab).fakeValues();
    expect(tab.slice(RANKING_TAB_ROWS.first - 1).every((r) => r.every((v) => v === ''))).toBe(true);
  });

  it('never writes over a tab of the ranking’s name that is the office’s, an empty A1 above its table included', () => {
    for (const own of [
      [['Bảng riêng của văn phòng']],
      [
        ['', ''],
        ['', 'Bảng riêng của văn phòng'],
      ],
    ]) {
      gas.uninstall();
      gas = install();
      expect(consolidateUnits().kind).toBe('sourcesCreated');
      gas.spreadsheet.fakeSheet(T.sourcesTab).fakeSeed(SOURCES, SOURCE_ROWS.first, 1);
      gas.spreadsheet.fakeAddSheet(T.rankingTab).fakeSeed(own);
      expect(() => consolidateUnits()).toThrow(T.tabTaken(T.rankingTab));
      expect(gas.spreadsheet.fakeSheet(T.rankingTab).fakeValues()).toEqual(own);
    }
  });

  it('flags the same unit listed twice and never merges it', () => {
    consolidateUnits();
    const sources = gas.spreadsheet.fakeSheet(T.sourcesTab);
    sources.fakeSeed(
      [
        ['Xã Một', url('mot')],
        ['Xã Một (bản sao)', url('motbansao')],
      ],
      SOURCE_ROWS.first,
      1,
    );
    consolidateUnits();
    const staging = gas.spreadsheet.fakeSheet(T.stagingTab);
    fillStaged(staging, 0, summaryOf({ commune: 'Xã Một' }), 'x');
    fillStaged(staging, 1, summaryOf({ commune: 'Xã Một' }), 'x');
    const r = consolidateUnits();
    if (r.kind !== 'done') throw new Error('expected a ranking');
    expect(r.ranking.units).toHaveLength(2);
    expect(r.ranking.duplicates).toEqual([{ name: 'Xã Một', sources: [url('mot'), url('motbansao')] }]);
    const notes = gas.spreadsheet
      .fakeSheet(T.rankingTab)
      .fakeValues()
      .slice(RANKING_TAB_ROWS.first - 1, RANKING_TAB_ROWS.first + 1)
      .map((row) => String(row.at(-1)));
    expect(notes.every((n) => n.startsWith('Trùng đơn vị “Xã Một”'))).toBe(true);
  });
});
