/**
 * Concurrency on the fakes (scenarios.ts): two Tính điểm at once, Tính điểm during setup, the report
 * during Tính điểm, onEdit during Tính điểm. A second locked caller waits or gets its busy message;
 * locked writes never interleave; onEdit never writes outside its row's computed cells.
 */
import { TAB_NAMES } from '../../src/core/layout';
import { SERVER_TEXT } from '../../src/core/text';
import { sidebarComputeScores } from '../../src/main';
import { sampleWorkbook } from '../robustness/sampleWorkbook';
import {
  COMPUTE,
  concurrencyFigures,
  interleavings,
  LOCKED_PAIRS,
  REPORT,
  runConcurrency,
  ScenarioRecord,
  SETUP,
} from './scenarios';

let records: ScenarioRecord[] = [];
beforeAll(() => {
  records = runConcurrency();
});

const pairName = (a: { name: string }, b: { name: string }) => `${b.name} trong lúc ${a.name}`;

describe.each(LOCKED_PAIRS.map(([a, b]) => [pairName(a, b), a, b] as const))('%s', (name, _a, b) => {
  it('arriving at any write of the first: runs before the lock is taken, or gets its busy message and writes nothing', () => {
    const mine = records.filter((r) => r.pair === name && r.timing === 'arrives mid-way');
    expect(mine.length).toBeGreaterThanOrEqual(3);
    for (const r of mine) expect([r.arrival, r.failures]).toEqual([r.arrival, []]);
    // The first arrival comes before the lock is taken; (almost) all others hit it.
    expect(mine[0].outcome).toBe('ran before');
    expect(mine.filter((r) => r.outcome === 'refused').length).toBeGreaterThanOrEqual(mine.length - 2);
    expect(b.busy).not.toBeNull();
  });

  it('waiting for the lock: runs after the first has finished, never interleaved', () => {
    const r = records.find((x) => x.pair === name && x.timing === 'waits')!;
    expect(r.failures).toEqual([]);
    expect(r.outcome).toBe('waited');
    expect(r.interleaved).toBe(0);
  });
});

describe('the second Tính điểm that waited', () => {
  it('sees the first one’s run as its previous run, and Nhật ký has both rows in order', () => {
    const gas = sampleWorkbook({}, true);
    try {
      gas.runAs('A', () => LockService.getDocumentLock().tryLock(0));
      let first: ReturnType<typeof COMPUTE.run> | null = null;
      gas.locks.onContention = () => {
        if (first) return;
        first = gas.runAs('A', () => COMPUTE.run(gas), { user: COMPUTE.user });
        gas.endExecution('A');
      };
      const second = gas.runAs('B', () => sidebarComputeScores(), { user: COMPUTE.user });
      expect(first).toEqual({ ok: true });
      if (!second.ok) throw new Error(second.message);
      for (const area of second.data.areas) expect(area.previousRunPoints).toBe(area.points);
      expect(gas.spreadsheet.fakeSheet(TAB_NAMES.log).fakeValues()).toHaveLength(3);
      const appends = gas.writes.filter({ sheet: TAB_NAMES.log, kinds: ['content'] });
      expect(appends.map((w) => [w.execution, w.row])).toEqual([
        ['A', 2],
        ['B', 3],
      ]);
    } finally {
      gas.uninstall();
    }
  });
});

describe('onEdit during Tính điểm', () => {
  it('at every call of Tính điểm: keeps the typing, writes only its row’s computed cells, the next run is consistent', () => {
    const edits = records.filter((r) => r.outcome.startsWith('edit'));
    expect(edits.length).toBeGreaterThanOrEqual(5);
    for (const r of edits) expect([r.arrival, r.failures]).toEqual([r.arrival, []]);
    // Both orders happen: onEdit before Tính điểm wrote that tab (the row shows what Tính điểm
    // read until the next run) and after (the row shows the fresh check).
    expect(edits.some((r) => r.outcome === 'edit: fresh')).toBe(true);
    expect(edits.some((r) => r.outcome === 'edit: shown at next run')).toBe(true);
  });
});

describe('interleavings()', () => {
  const w = (execution: string) => ({ execution }) as never;
  it('counts writes of one execution between two of another', () => {
    expect(interleavings([w('A'), w('A'), w('B')], ['A', 'B'])).toBe(0);
    expect(interleavings([w('A'), w('B'), w('A')], ['A', 'B'])).toBe(1);
    expect(interleavings([w('A'), w('E'), w('A'), w('B')], ['A', 'B'])).toBe(0);
  });
});

describe('the figures', () => {
  it('attempts, waits, refusals with message, interleaved writes = 0', () => {
    const f = concurrencyFigures(records);
    expect(f.failed).toBe(0);
    expect(f.interleavedWrites).toBe(0);
    expect(f.inputWrites).toBe(0);
    expect(f.refusals).toBeGreaterThan(0);
    expect(f.refusalsWithMessage).toBe(f.refusals);
    expect(f.waits).toBe(LOCKED_PAIRS.length);
    expect([SETUP.busy, REPORT.busy, COMPUTE.busy]).toEqual([
      SERVER_TEXT.busySetup,
      SERVER_TEXT.busyReport,
      SERVER_TEXT.busyCompute,
    ]);
  });
});
