/**
 * Nothing of the year's history is lost: Nhật ký only grows (every write of the add-on to it is one
 * appended row below the last, over a year of operations), and each Tính điểm keeps the per-area
 * points of the previous one, so the sidebar shows what changed since the last run.
 */
import type { FakeGas } from '../fakes';
import { cellText } from '../../src/core/cells';
import { colNumber, LOG_COLUMNS, TAB_NAMES } from '../../src/core/layout';
import { formatAreaPoints } from '../../src/core/cycle/newYear';
import {
  menuComputeScores,
  menuCreateReport,
  menuLockRound,
  menuNewYear,
  menuReopenRound,
  menuSetupWorkbook,
  onEdit,
  sidebarGetDashboard,
} from '../../src/main';
import { computeScores } from '../../src/sheets/computeScores';
import { deltaText } from '../../src/ui/sidebar/delta';
import { rowOf } from '../sheets/helpers';
import { sampleWorkbook } from '../robustness/sampleWorkbook';
import { OFFICE, OFFICIAL } from './scenarios';

let gas: FakeGas;
beforeEach(() => {
  gas = sampleWorkbook({}, true);
});
afterEach(() => gas.uninstall());

const TAB = '3. Cải cách TTHC';

function typeInto(code: string, key: 'a' | 'b', value: number): void {
  const s = gas.spreadsheet.fakeSheet(TAB);
  const r = rowOf(s, code);
  s.fakeSeed([[value]], r, colNumber(key));
  onEdit(gas.editEvent(s, r, colNumber(key)));
}

function logRows(): unknown[][] {
  const s = gas.spreadsheet.getSheetByName(TAB_NAMES.log);
  return s ? gas.spreadsheet.fakeSheet(TAB_NAMES.log).fakeValues() : [];
}

describe('Nhật ký', () => {
  it('is append-only over a year of operations: each write is one new row below the last, old rows never change', () => {
    const steps: [string, string, () => void][] = [
      ['Tính điểm', OFFICE, menuComputeScores],
      ['Tính điểm', OFFICIAL, menuComputeScores],
      ['onEdit', OFFICIAL, () => typeInto('3.5', 'a', 1200)],
      ['Khởi tạo / cập nhật', OFFICE, menuSetupWorkbook],
      ['Tạo báo cáo', OFFICIAL, menuCreateReport],
      ['Tính điểm', OFFICIAL, menuComputeScores],
      ['Chốt số liệu', OFFICE, menuLockRound],
      ['Tính điểm', OFFICE, menuComputeScores],
      ['Mở lại', OFFICE, menuReopenRound],
      ['Chốt số liệu', OFFICE, menuLockRound],
      ['Tạo năm mới', OFFICE, menuNewYear],
      ['Tính điểm', OFFICIAL, menuComputeScores],
    ];
    let appended = 0;
    steps.forEach(([name, user, run], i) => {
      const before = logRows();
      gas.writes.reset();
      gas.runAs(`step ${i}`, run, { user });
      gas.endExecution(`step ${i}`);
      const writes = gas.writes.filter({ sheet: TAB_NAMES.log });
      for (const w of writes) {
        // Only whole new rows, right below what was there.
        expect([name, w.method, w.row, w.numRows]).toEqual([name, 'Sheet.appendRow', before.length + 1, 1]);
      }
      appended += writes.length;
      const after = logRows();
      expect([name, after.slice(0, before.length)]).toEqual([name, before]);
      expect(after.length).toBe(before.length + writes.length);
    });
    expect(logRows()[0]).toEqual([...LOG_COLUMNS]);
    // At least one row per Tính điểm pressed (Tạo năm mới runs one of its own).
    expect(appended).toBeGreaterThanOrEqual(steps.filter(([name]) => name === 'Tính điểm').length);
    expect(logRows()).toHaveLength(1 + appended);
  });
});

describe('the previous run', () => {
  it('after one entry changes, the dashboard shows the previous and the new points of that area, and what changed', () => {
    const first = gas.runAs('run 1', () => computeScores(), { user: OFFICIAL });
    gas.endExecution('run 1');
    typeInto('3.5', 'a', 1200); // 96,6% instead of 99,5%: a lower tier
    const second = gas.runAs('run 2', () => computeScores(), { user: OFFICIAL });
    gas.endExecution('run 2');

    const points = (r: typeof first, code: string) => r.result.criteria.find((c) => c.code === code)!.points;
    const lost = points(first, '3.5') - points(second, '3.5');
    expect(lost).toBeGreaterThan(0);

    const stored = sidebarGetDashboard();
    if (!stored.ok) throw new Error(stored.message);
    for (const view of [second.view, stored.data]) {
      for (const area of view.areas) {
        const before = first.result.areas.find((a) => a.code === area.code)!.points / 1000;
        expect([area.code, area.previousRunPoints]).toEqual([area.code, before]);
        const now = second.result.areas.find((a) => a.code === area.code)!.points / 1000;
        expect([area.code, area.points]).toEqual([area.code, now]);
        // The sidebar's "since the last run": only area 3 moved, down by exactly the lost points.
        const delta = deltaText(area.points, area.previousRunPoints!);
        if (area.code === '3') expect(delta).toMatchObject({ direction: 'down' });
        else expect(delta).toBeNull();
      }
      const area3 = view.areas.find((a) => a.code === '3')!;
      expect(Math.round((area3.previousRunPoints! - area3.points) * 1000)).toBe(lost);
    }
    // Nhật ký keeps both runs' per-area points.
    const log = logRows();
    const areaColumn = LOG_COLUMNS.indexOf('Điểm theo lĩnh vực');
    expect(log.slice(-2).map((r) => cellText(r[areaColumn] as string))).toEqual([
      formatAreaPoints(first.result.areas),
      formatAreaPoints(second.result.areas),
    ]);
  });
});
