/**
 * `npm run robustness` (bundled to dist-node/robustness-report.js): runs the bad-input corpus and the
 * concurrency scenarios with the same runners as the jest tests, without jest, and prints the
 * figures and a per-case table. Exit code 1 when any run fails, crashes or changes an input cell.
 */
import { renderTable } from '../../src/local/printTable';
import { CASES, PathName } from './cases';
import { figures, RunRecord, runAll, workDir } from './runner';
import { concurrencyFigures, runConcurrency, ScenarioRecord } from '../concurrency/scenarios';

const PATH_LABEL: Record<PathName, string> = { sheets: 'Sheets', xlsx: '.xlsx' };
const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function verdict(r: RunRecord): string {
  if (r.failures.length > 0) return `${PATH_LABEL[r.path]} ✗`;
  return `${PATH_LABEL[r.path]} ✓`;
}

function caseTable(records: RunRecord[]): string[] {
  const rows = CASES.map((c, i) => {
    const mine = records.filter((r) => r.case === c.name);
    const ms = mine.reduce((n, r) => n + r.ms, 0);
    // File refusals name the file: shown with a placeholder rather than the temp path.
    const refusal = c.expect.refusal;
    const expectedOf = (r: RunRecord) =>
      typeof refusal === 'function'
        ? refusal('tep.xlsx')
        : r.clearMessage === null && r.accepted !== null
          ? 'chấp nhận (không báo lỗi)'
          : r.expected;
    const texts = [...new Set(mine.map(expectedOf))];
    // The shells differ on purpose for a few cases (reserved tab names): each path's expectation.
    const expected =
      texts.length === 1 ? texts[0] : mine.map((r) => `${PATH_LABEL[r.path]}: ${cut(expectedOf(r), 24)}`).join(' · ');
    return [
      String(i + 1),
      c.group,
      cut(c.name, 44),
      cut(expected, 60),
      cut(mine[0].cell ?? (c.file ? 'tệp' : '—'), 30),
      mine.map(verdict).join(' '),
      String(ms),
    ];
  });
  return renderTable(['#', 'nhóm', 'trường hợp', 'thông báo mong đợi', 'ô', 'kết quả', 'ms'], rows, [
    'right',
    'left',
    'left',
    'left',
    'left',
    'left',
    'right',
  ]);
}

function concurrencyTable(records: ScenarioRecord[]): string[] {
  const pairs = [...new Set(records.map((r) => `${r.pair}|${r.timing}`))];
  const rows = pairs.map((key) => {
    const [pair, timing] = key.split('|');
    const mine = records.filter((r) => r.pair === pair && r.timing === timing);
    const count = (o: string) => mine.filter((r) => r.outcome === o).length;
    const outcomes = ['refused', 'waited', 'ran before', 'ran after', 'edit: fresh', 'edit: shown at next run']
      .filter((o) => count(o) > 0)
      .map((o) => `${o}: ${count(o)}`);
    return [
      pair,
      timing,
      String(mine.length),
      outcomes.join(', '),
      String(mine.reduce((n, r) => n + r.interleaved, 0)),
      mine.some((r) => r.failures.length > 0) ? '✗' : '✓',
    ];
  });
  return renderTable(['cặp', 'thời điểm', 'lần', 'kết quả', 'ghi xen kẽ', ''], rows, [
    'left',
    'left',
    'right',
    'left',
    'right',
    'left',
  ]);
}

async function main(): Promise<number> {
  const started = Date.now();
  const work = workDir();
  let records: RunRecord[];
  try {
    records = await runAll(work.dir);
  } finally {
    work.cleanup();
  }
  const f = figures(records);
  const byPath = (p: PathName) => records.filter((r) => r.path === p).length;
  const out: string[] = [];
  out.push('ĐỘ BỀN TRƯỚC DỮ LIỆU XẤU — bảng mẫu Cao An 2023 (số liệu minh họa)', '');
  out.push(
    `Cases tried:          ${f.cases} (runs: ${f.runs} — Sheets on the fakes ${byPath('sheets')}, .xlsx through the CLI ${byPath('xlsx')})`,
  );
  out.push(
    `Clear messages:       ${f.clearMessages}/${f.expectingMessage} runs expecting a message got the exact Vietnamese message, at the cell it names`,
  );
  out.push(
    `Accepted as expected: ${f.accepted}/${f.expectingAcceptance} runs expecting acceptance reported nothing at the named cells`,
  );
  out.push(`Crashes:              ${f.crashes}`);
  out.push(`Input cells changed:  ${f.inputCellsChanged} (input files changed: ${f.inputFilesChanged})`);
  out.push(`Failed runs:          ${f.failedRuns}`, '');
  out.push(...caseTable(records), '');
  for (const r of records.filter((x) => x.failures.length > 0))
    out.push(`✗ ${r.case} · ${PATH_LABEL[r.path]}: ${r.failures.join(' | ')}`);

  const scenarios = runConcurrency();
  const c = concurrencyFigures(scenarios);
  out.push('', 'ĐỒNG THỜI — khóa tài liệu trên bản giả lập Apps Script (khóa chặn thật giữa các lần chạy)', '');
  out.push(`Attempts:             ${c.attempts}`);
  out.push(
    `Waits:                ${c.waits} (the second caller waited for the lock, then ran on the first one's results)`,
  );
  out.push(
    `Refusals with message: ${c.refusalsWithMessage}/${c.refusals} (the busy message and its hint, nothing written)`,
  );
  out.push(`Ran before/after:     ${c.ranBeforeOrAfter} (arrived before the lock was taken or after it was released)`);
  out.push(`Interleaved writes:   ${c.interleavedWrites}`);
  out.push(`Input cells written:  ${c.inputWrites}`);
  out.push(
    `onEdit during Tính điểm: ${c.edits} arrivals — row shows the fresh check: ${c.editsFresh}; row shows Tính điểm's read until the next run: ${c.editsShownAtNextRun}; typing lost: 0 (checked)`,
  );
  out.push(`Failed scenarios:     ${c.failed}`, '');
  out.push(...concurrencyTable(scenarios));
  for (const r of scenarios.filter((x) => x.failures.length > 0))
    out.push(`✗ ${r.pair} (${r.timing}, trước lần gọi ${r.arrival}): ${r.failures.join(' | ')}`);
  out.push('', `${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(out.join('\n'));
  const bad =
    f.failedRuns +
    f.crashes +
    f.inputCellsChanged +
    f.inputFilesChanged +
    c.failed +
    c.interleavedWrites +
    c.inputWrites;
  return bad > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    console.error(e);
    process.exitCode = 1;
  },
);
