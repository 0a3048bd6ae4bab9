/**
 * Two things at once on the shared workbook, on the Apps Script fakes whose document lock really
 * blocks between simulated executions. Shared by concurrency.test.ts and `npm run robustness`.
 *
 * Apps Script runs each execution on its own; the fakes run one JavaScript stack, so "at the same
 * time" is simulated in two ways that together cover what the real service does:
 *  - arrives mid-way: B starts just before A's n-th service call, for every n at which A writes (and
 *    before A takes the lock, and at its last call). B runs to its end there, inside A's pause. If A
 *    holds the lock, B's tryLock fails and B must answer with its busy message, writing nothing.
 *  - waits: A has taken the lock (its first step) when B asks for it; while B waits, A runs to its end
 *    and releases (the lock table's contention hook), then B gets the lock and runs on A's results.
 * onEdit, a simple trigger, takes no lock: it arrives before each of Tính điểm's calls with an
 * official's typing, and the outcome of every interleaving is classified (see judgeEdit).
 * "Interleaved" = a write of one locked operation between two writes of another: must be 0.
 */
import type { FakeGas, WriteRecord } from '../fakes';
import { cellText } from '../../src/core/cells';
import { AREA_COLUMNS, col, colNumber, INFO_SETUP_RECORD, roleSpan, TAB_NAMES } from '../../src/core/layout';
import { scoreSingleRow } from '../../src/core/pipeline';
import { SAMPLE_ASSIGNMENTS } from '../../src/core/sample/caoAn2023';
import { SERVER_TEXT } from '../../src/core/text';
import { menuSetupWorkbook, onEdit, sidebarComputeScores, sidebarCreateReport } from '../../src/main';
import { computeScores } from '../../src/sheets/computeScores';
import { forgetAppliedSetup } from '../../src/sheets/setup/applied';
import { rowOf, writesToInputs } from '../sheets/helpers';
import { sampleWorkbook } from '../robustness/sampleWorkbook';

export const OFFICE = 'van.phong@caoan.example';
/** An official listed in Phân công (area 2 and 3). */
export const OFFICIAL = SAMPLE_ASSIGNMENTS['2'].emails;

type Answer = { ok: true } | { ok: false; message: string; hint?: string };

export interface Op {
  name: string;
  user: string;
  /** The busy message a second caller must get (locked operations). */
  busy: string | null;
  run(gas: FakeGas): Answer;
}

const answer = (r: { ok: boolean; message?: string; hint?: string }): Answer =>
  r.ok ? { ok: true } : { ok: false, message: r.message!, hint: r.hint };

export const COMPUTE: Op = {
  name: 'Tính điểm',
  user: OFFICIAL,
  busy: SERVER_TEXT.busyCompute,
  run: () => answer(sidebarComputeScores()),
};
export const REPORT: Op = {
  name: 'Tạo báo cáo',
  user: OFFICIAL,
  busy: SERVER_TEXT.busyReport,
  run: () => answer(sidebarCreateReport()),
};
export const SETUP: Op = {
  name: 'Khởi tạo / cập nhật',
  user: OFFICE,
  busy: SERVER_TEXT.busySetup,
  run: (gas) => {
    const before = gas.ui.alerts.length;
    // As after the office changed Phân công or the catalogue: every tab is applied again (the long run).
    forgetAppliedSetup();
    // …and the record of cell settings kept in Thông tin chung (applied.ts).
    gas.inspect(() =>
      gas.spreadsheet
        .fakeSheet(TAB_NAMES.info)
        .getRange(INFO_SETUP_RECORD.row, INFO_SETUP_RECORD.column)
        .clearContent(),
    );
    menuSetupWorkbook();
    const shown = gas.ui.alerts[before];
    if (!shown || shown.title !== SERVER_TEXT.errorTitle) return { ok: true };
    const [message, hint] = shown.prompt.split('\n\n');
    return { ok: false, message, hint };
  },
};

/** The official's typing in 3.5 (a > b) and the onEdit it fires. */
export const EDIT_TAB = '3. Cải cách TTHC';
export const EDIT_CODE = '3.5';
export const EDIT_VALUE = 1300;
export const EDIT: Op = {
  name: 'onEdit',
  user: OFFICIAL,
  busy: null,
  run: (gas) => {
    const s = gas.spreadsheet.fakeSheet(EDIT_TAB);
    const r = rowOf(s, EDIT_CODE);
    s.fakeSeed([[EDIT_VALUE]], r, colNumber('a'));
    onEdit(gas.editEvent(s, r, colNumber('a')));
    return { ok: true };
  },
};

export type Outcome = 'refused' | 'waited' | 'ran before' | 'ran after' | 'edit: fresh' | 'edit: shown at next run';

export interface ScenarioRecord {
  pair: string;
  timing: 'arrives mid-way' | 'waits';
  /** B arrived before A's n-th service call (0 for "waits"). */
  arrival: number;
  outcome: Outcome;
  interleaved: number;
  inputWrites: number;
  failures: string[];
}

// ---- instrumentation -----------------------------------------------------------------------

/** Runs `arrive` once, just before the n-th service call made by `execution`. */
function arriveBefore(gas: FakeGas, execution: string, n: number, arrive: () => void): () => boolean {
  const counter = gas.calls;
  const hit = counter.hit.bind(counter);
  let count = 0;
  let fired = false;
  counter.hit = (key: string) => {
    if (!fired && gas.env.execution.id === execution && ++count === n) {
      fired = true;
      arrive();
    }
    hit(key);
  };
  return () => fired;
}

/** The indexes of A's service calls that write (from a dry run), plus its first and last call. */
export function arrivalPoints(a: Op, max = 12): number[] {
  const gas = sampleWorkbook({}, true);
  try {
    const counter = gas.calls;
    const hit = counter.hit.bind(counter);
    const writesBefore: number[] = [];
    counter.hit = (key: string) => {
      if (gas.env.execution.id === 'A') writesBefore.push(gas.writes.length);
      hit(key);
    };
    gas.runAs('A', () => a.run(gas), { user: a.user });
    gas.endExecution('A');
    writesBefore.push(gas.writes.length);
    const writing = writesBefore.flatMap((w, i) =>
      i + 1 < writesBefore.length && writesBefore[i + 1] > w ? [i + 1] : [],
    );
    // Evenly spaced when A writes many times (setup), always with the first and the last.
    const step = Math.max(1, Math.ceil(writing.length / max));
    const picked = writing.filter((_, i) => i % step === 0);
    return [...new Set([1, ...picked, writesBefore.length - 1])].sort((x, y) => x - y);
  } finally {
    gas.uninstall();
  }
}

/** Writes of one locked execution found between two writes of another. */
export function interleavings(writes: WriteRecord[], executions: string[]): number {
  const seq = writes.map((w) => w.execution).filter((e) => executions.includes(e));
  let switches = 0;
  for (let i = 1; i < seq.length; i++) if (seq[i] !== seq[i - 1]) switches++;
  return Math.max(0, switches - 1);
}

// ---- locked pairs ---------------------------------------------------------------------------

function checkRefusal(b: Op, got: Answer, writesOfB: number): string[] {
  const f: string[] = [];
  if (got.ok) f.push(`${b.name} chạy khi đang bị khóa`);
  else if (got.message !== b.busy || got.hint !== SERVER_TEXT.busyHint)
    f.push(`${b.name}: thông báo khác: ${got.message}`);
  if (writesOfB > 0) f.push(`${b.name} bị từ chối nhưng đã ghi ${writesOfB} lần`);
  return f;
}

/** B arrives before A's n-th call and runs to its end there. */
export function arrivesMidway(a: Op, b: Op, n: number): ScenarioRecord {
  const gas = sampleWorkbook({}, true);
  try {
    let got: Answer | null = null;
    let lockHolderAtArrival: string | undefined;
    arriveBefore(gas, 'A', n, () => {
      lockHolderAtArrival = gas.locks.holder('document');
      got = gas.runAs('B', () => b.run(gas), { user: b.user });
      gas.endExecution('B');
    });
    const gotA = gas.runAs('A', () => a.run(gas), { user: a.user });
    gas.endExecution('A');
    const writes = gas.writes.all();
    const failures: string[] = [];
    if (!gotA.ok) failures.push(`${a.name} thất bại: ${gotA.message}`);
    const bAnswer = got as Answer | null;
    let outcome: Outcome;
    if (!bAnswer) {
      failures.push('B không chạy');
      outcome = 'ran after';
    } else if (lockHolderAtArrival === 'A') {
      outcome = 'refused';
      failures.push(...checkRefusal(b, bAnswer, writes.filter((w) => w.execution === 'B').length));
    } else {
      outcome =
        writes.findIndex((w) => w.execution === 'B') < writes.findIndex((w) => w.execution === 'A')
          ? 'ran before'
          : 'ran after';
      if (!bAnswer.ok) failures.push(`${b.name} thất bại khi không có ai giữ khóa: ${bAnswer.message}`);
    }
    const interleaved = interleavings(writes, ['A', 'B']);
    if (interleaved > 0) failures.push(`${interleaved} lần ghi xen kẽ`);
    const inputWrites = writesToInputs(gas).length;
    if (inputWrites > 0) failures.push(`${inputWrites} lần ghi vào ô nhập liệu`);
    return {
      pair: `${b.name} trong lúc ${a.name}`,
      timing: 'arrives mid-way',
      arrival: n,
      outcome,
      interleaved,
      inputWrites,
      failures,
    };
  } finally {
    gas.uninstall();
  }
}

/** A holds the lock; B waits while A finishes, then runs. */
export function waits(a: Op, b: Op): ScenarioRecord {
  const gas = sampleWorkbook({}, true);
  try {
    gas.runAs('A', () => LockService.getDocumentLock().tryLock(0), { user: a.user });
    let gotA: Answer | null = null;
    gas.locks.onContention = ({ holder, waiter }) => {
      if (holder !== 'A' || waiter !== 'B' || gotA) return;
      gotA = gas.runAs('A', () => a.run(gas), { user: a.user });
      gas.endExecution('A');
    };
    const gotB = gas.runAs('B', () => b.run(gas), { user: b.user });
    gas.endExecution('B');
    gas.locks.onContention = undefined;
    const writes = gas.writes.all();
    const failures: string[] = [];
    const aAnswer = gotA as Answer | null;
    if (!aAnswer) failures.push('B không phải chờ');
    else if (!aAnswer.ok) failures.push(`${a.name} thất bại: ${aAnswer.message}`);
    if (!gotB.ok) failures.push(`${b.name} thất bại sau khi chờ: ${gotB.message}`);
    const lastA = writes.map((w) => w.execution).lastIndexOf('A');
    const firstB = writes.findIndex((w) => w.execution === 'B');
    if (firstB >= 0 && firstB < lastA) failures.push(`${b.name} ghi trước khi ${a.name} xong`);
    const interleaved = interleavings(writes, ['A', 'B']);
    if (interleaved > 0) failures.push(`${interleaved} lần ghi xen kẽ`);
    const inputWrites = writesToInputs(gas).length;
    if (inputWrites > 0) failures.push(`${inputWrites} lần ghi vào ô nhập liệu`);
    return {
      pair: `${b.name} trong lúc ${a.name}`,
      timing: 'waits',
      arrival: 0,
      outcome: 'waited',
      interleaved,
      inputWrites,
      failures,
    };
  } finally {
    gas.uninstall();
  }
}

// ---- onEdit during Tính điểm ---------------------------------------------------------------

const COMPUTED = roleSpan('computed');

/** The three computed cells a fresh check of the row gives now. */
function freshComputed(gas: FakeGas, row: number): (string | number)[] {
  const cells = gas.spreadsheet.fakeSheet(EDIT_TAB).fakeValues()[row - 1];
  return scoreSingleRow(cells.slice(0, AREA_COLUMNS.length))!;
}

function shownComputed(gas: FakeGas, row: number): unknown[] {
  return gas.spreadsheet
    .fakeSheet(EDIT_TAB)
    .fakeValues()
    [row - 1].slice(COMPUTED.first - 1, COMPUTED.first - 1 + COMPUTED.count);
}

/**
 * onEdit arrives before Tính điểm's n-th call. Whatever the order, the typed value is kept, onEdit
 * writes only the three computed cells of its row (never inside one of Tính điểm's single-call
 * block writes), and Tính điểm's own writes all come from its one read. The row then shows either
 * the fresh check of the new value ("fresh": onEdit wrote after Tính điểm's block), or what Tính
 * điểm read, consistent with Tổng hợp and Nhật ký of that run ("shown at next run"); the next Tính
 * điểm makes the row fresh again.
 */
export function editDuringCompute(n: number): ScenarioRecord {
  const gas = sampleWorkbook({}, true);
  try {
    const s = gas.spreadsheet.fakeSheet(EDIT_TAB);
    const row = rowOf(s, EDIT_CODE);
    arriveBefore(gas, 'A', n, () => {
      gas.runAs('E', () => EDIT.run(gas), { user: EDIT.user });
    });
    const outcome1 = gas.runAs('A', () => computeScores(), { user: COMPUTE.user });
    gas.endExecution('A');
    const failures: string[] = [];
    const writes = gas.writes.all();
    // onEdit's writes: the three computed cells of the edited row, nothing else.
    for (const w of writes.filter((x) => x.execution === 'E')) {
      if (
        w.sheet !== EDIT_TAB ||
        w.row !== row ||
        w.numRows !== 1 ||
        w.col !== COMPUTED.first ||
        w.numCols !== COMPUTED.count
      )
        failures.push(`onEdit ghi ngoài các ô tính toán của dòng: ${w.sheet}!${w.a1}`);
    }
    if (cellText(s.fakeValues()[row - 1][col('a')]) !== String(EDIT_VALUE)) failures.push('số liệu vừa gõ bị mất');
    const inputWrites = writesToInputs(gas).length;
    if (inputWrites > 0) failures.push(`${inputWrites} lần ghi vào ô nhập liệu`);

    // What the row shows: fresh, or exactly what Tính điểm computed from its read.
    const shown = shownComputed(gas, row);
    const fresh = freshComputed(gas, row);
    const block = outcome1.result.computed.find((b) => b.sheet === EDIT_TAB)!;
    const fromRead = block.values[row - block.row];
    let outcome: Outcome;
    if (JSON.stringify(shown) === JSON.stringify(fresh)) outcome = 'edit: fresh';
    else if (JSON.stringify(shown) === JSON.stringify(fromRead)) outcome = 'edit: shown at next run';
    else {
      outcome = 'edit: fresh';
      failures.push(`dòng ${row} không khớp lần đọc nào: ${JSON.stringify(shown)}`);
    }
    // The next Tính điểm makes the row fresh.
    gas.runAs('A2', () => computeScores(), { user: COMPUTE.user });
    gas.endExecution('A2');
    if (JSON.stringify(shownComputed(gas, row)) !== JSON.stringify(freshComputed(gas, row)))
      failures.push('lần Tính điểm sau vẫn chưa cập nhật dòng');
    return {
      pair: `${EDIT.name} trong lúc ${COMPUTE.name}`,
      timing: 'arrives mid-way',
      arrival: n,
      outcome,
      interleaved: 0,
      inputWrites,
      failures,
    };
  } finally {
    gas.uninstall();
  }
}

// ---- all scenarios and their figures ----------------------------------------------------------

export const LOCKED_PAIRS: [Op, Op][] = [
  [COMPUTE, COMPUTE],
  [SETUP, COMPUTE],
  [COMPUTE, REPORT],
];

export function runConcurrency(): ScenarioRecord[] {
  const out: ScenarioRecord[] = [];
  for (const [a, b] of LOCKED_PAIRS) {
    for (const n of arrivalPoints(a)) out.push(arrivesMidway(a, b, n));
    out.push(waits(a, b));
  }
  for (const n of arrivalPoints({ ...COMPUTE, run: () => (computeScores(), { ok: true }) }))
    out.push(editDuringCompute(n));
  return out;
}

export interface ConcurrencyFigures {
  attempts: number;
  waits: number;
  refusals: number;
  refusalsWithMessage: number;
  ranBeforeOrAfter: number;
  interleavedWrites: number;
  inputWrites: number;
  edits: number;
  editsFresh: number;
  editsShownAtNextRun: number;
  failed: number;
}

export function concurrencyFigures(records: readonly ScenarioRecord[]): ConcurrencyFigures {
  const locked = records.filter((r) => !r.outcome.startsWith('edit'));
  const refusals = locked.filter((r) => r.outcome === 'refused');
  return {
    attempts: records.length,
    waits: locked.filter((r) => r.outcome === 'waited').length,
    refusals: refusals.length,
    refusalsWithMessage: refusals.filter((r) => r.failures.length === 0).length,
    ranBeforeOrAfter: locked.filter((r) => r.outcome === 'ran before' || r.outcome === 'ran after').length,
    interleavedWrites: records.reduce((n, r) => n + r.interleaved, 0),
    inputWrites: records.reduce((n, r) => n + r.inputWrites, 0),
    edits: records.length - locked.length,
    editsFresh: records.filter((r) => r.outcome === 'edit: fresh').length,
    editsShownAtNextRun: records.filter((r) => r.outcome === 'edit: shown at next run').length,
    failed: records.filter((r) => r.failures.length > 0).length,
  };
}
