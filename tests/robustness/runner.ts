/**
 * Runs the bad-input corpus on its paths and judges each run. Shared by the jest test
 * (robustness.test.ts) and `npm run robustness` (report.ts): one place decides what passes.
 *
 * Every run is checked for:
 *  - the expected Vietnamese message, exact, with its severity, at the cell the layout says (and in
 *    that row's Kiểm tra cell), or — for accepted input — no problem at the named cells;
 *  - the scores: the index and every area equal the sample's, changed exactly by the criteria the
 *    case breaks (their points taken from the sample's own result);
 *  - no input cell written (Sheets: write log and snapshot vs the layout's computed blocks; .xlsx:
 *    every non-computed cell of the scored copy equal to the input's, the input's bytes unchanged);
 *  - no exception reaching the user (Sheets: {ok:false} with Vietnamese text, never a throw, nothing
 *    logged as unexpected; CLI: exit code 2 and one Vietnamese line, no stack).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { scoreWorkbook, type WorkbookResult } from '../../src/core/pipeline';
import { sampleGrids } from '../../src/core/sample/caoAn2023';
import { localMsg } from '../../src/core/text';
import { BadCase, CASES, expectationOn, Expectation, PathName, ScoreEffect } from './cases';
import { applyToModel, areaOf, At, Place, resolveAt, sampleModel } from './edits';
import { milli, some, type Observation, type Totals } from './observation';
import { runOnSheets } from './sheetsPath';
import { runOnXlsx } from './xlsxPath';

export interface RunRecord {
  case: string;
  group: string;
  path: PathName;
  /** The expected message (or "chấp nhận" / the refusal), shortened for the table. */
  expected: string;
  /** The expected cell, or null (workbook-wide, file-level, acceptance). */
  cell: string | null;
  /** The case expects a message, and the user got exactly it (at its cell). */
  clearMessage: boolean | null;
  /** The case expects acceptance, and nothing was reported at the named cells. */
  accepted: boolean | null;
  crash: string | null;
  inputCellsChanged: string[];
  inputFileChanged: boolean;
  failures: string[];
  ms: number;
}

let baseResult: WorkbookResult | null = null;
/** The sample's own result: every expected score is derived from it. */
export function sampleResult(): WorkbookResult {
  baseResult ??= scoreWorkbook(sampleGrids());
  return baseResult;
}

/** The areas' totals the case should give, from the sample's result and the case's declared effect. */
export function expectedAreas(effect: ScoreEffect): Map<string, Totals> {
  const base = sampleResult();
  const areas = new Map(base.areas.map((a) => [a.code, { points: a.points, applicableMax: a.applicableMax }]));
  const criterion = new Map(base.criteria.map((c) => [c.code, c]));
  const adjust = (code: string, points: number, max: number) => {
    const a = areas.get(areaOf(code));
    if (a) areas.set(areaOf(code), { points: a.points + points, applicableMax: a.applicableMax + max });
  };
  const of = (code: string) => {
    const c = criterion.get(code);
    if (!c) throw new Error(`case refers to ${code}, not in the sample`);
    return c;
  };
  for (const code of effect.lost ?? []) adjust(code, -of(code).points, 0);
  for (const code of [...(effect.na ?? []), ...(effect.dropped ?? [])])
    adjust(code, -of(code).points, -of(code).applicableMax);
  for (const [code, p] of Object.entries(effect.points ?? {})) adjust(code, milli(p) - of(code).points, 0);
  for (const [code, m] of Object.entries(effect.max ?? {})) adjust(code, 0, milli(m) - of(code).applicableMax);
  for (const a of effect.added ?? []) adjust(a.code, milli(a.points), milli(a.max));
  for (const code of effect.areasGone ?? [])
    areas.set(code, { points: 0, applicableMax: base.areas.find((a) => a.code === code)!.statedMax });
  return areas;
}

function sum(areas: Map<string, Totals>): Totals {
  let points = 0;
  let applicableMax = 0;
  for (const a of areas.values()) {
    points += a.points;
    applicableMax += a.applicableMax;
  }
  return { points, applicableMax };
}

const fmt = (t: Totals | null | undefined) => (t ? `${t.points / 1000}/${t.applicableMax / 1000}` : '—');

function judgeScores(effect: ScoreEffect, o: Observation): string[] {
  const want = expectedAreas(effect);
  const index = sum(want);
  const failures: string[] = [];
  if (!o.index || o.index.points !== index.points || o.index.applicableMax !== index.applicableMax)
    failures.push(`chỉ số ${fmt(o.index)} ≠ mong đợi ${fmt(index)}`);
  const codes = new Set([...want.keys(), ...o.areas.keys()]);
  for (const code of codes) {
    const w = want.get(code);
    const got = o.areas.get(code);
    if (!w || !got || w.points !== got.points || w.applicableMax !== got.applicableMax)
      failures.push(`lĩnh vực ${code}: ${fmt(got)} ≠ mong đợi ${fmt(w)}`);
  }
  return failures;
}

/** Problems shown at a place (null: workbook-wide). */
const at = (o: Observation, place: Place | null) =>
  o.problems.filter((p) => p.address === (place ? place.address : null));

function judge(
  c: BadCase,
  pathName: PathName,
  exp: Expectation,
  o: Observation,
  file: string | undefined,
): Omit<RunRecord, 'ms'> {
  const model = c.edits ? applyToModel(sampleModel(), c.edits) : sampleModel();
  const place = (a: At) => resolveAt(model, a);
  const failures = [...o.failures];
  let clearMessage: boolean | null = null;
  let accepted: boolean | null = null;
  let expected = 'chấp nhận';
  let cell: string | null = null;

  if (exp.refusal) {
    const message = typeof exp.refusal === 'function' ? exp.refusal(file ?? '') : exp.refusal;
    expected = message;
    const lines = o.answer.kind === 'refused' ? o.answer.lines : [];
    // Sheets: the ServerResult's message; CLI: exactly one line, "Lỗi: " + the message.
    const want = pathName === 'xlsx' ? [localMsg.errorPrefix + message] : [message];
    clearMessage = lines.length === want.length && lines.every((l, i) => l === want[i]);
    if (o.answer.kind !== 'refused') failures.push('không từ chối như mong đợi');
    else if (!clearMessage) failures.push(`thông báo từ chối khác: ${lines.join(' | ')}`);
  } else {
    if (o.answer.kind === 'refused') failures.push(`bị từ chối: ${o.answer.lines.join(' | ')}`);
    if (exp.problem) {
      const p = exp.problem;
      const where = place(p.at);
      expected = p.message;
      cell = where?.address ?? null;
      const found = at(o, where).some((x) => x.severity === p.severity && x.message === p.message);
      const check = where ? o.checkText(where) : null;
      const inCheckCell = check === null || check.includes(p.message);
      clearMessage = found && inCheckCell;
      if (!found)
        failures.push(
          `thiếu “${p.message.slice(0, 70)}” (${p.severity}) tại ${cell ?? 'toàn bảng'}; có: ${
            at(o, where)
              .map((x) => x.message.slice(0, 50))
              .join(' | ') || 'không có gì'
          }`,
        );
      else if (!inCheckCell) failures.push(`ô Kiểm tra của ${cell} không ghi thông báo (có: ${check!.slice(0, 60)})`);
    }
    if (exp.quiet) {
      const noisy = exp.quiet.flatMap((q) =>
        at(o, place(q)).map((x) => `${x.address ?? 'toàn bảng'}: ${x.message.slice(0, 60)}`),
      );
      if (!exp.problem) accepted = noisy.length === 0;
      if (noisy.length > 0) failures.push(`báo lỗi nơi không được báo: ${some(noisy, 3)}`);
    }
    if (exp.score) failures.push(...judgeScores(exp.score, o));
  }
  if (o.crash) failures.push(o.crash);
  if (o.inputCellsChanged.length > 0) failures.push(`ô nhập liệu bị ghi/thay đổi: ${some(o.inputCellsChanged)}`);
  if (o.inputFileChanged) failures.push('tệp đầu vào bị thay đổi');
  return {
    case: c.name,
    group: c.group,
    path: pathName,
    expected,
    cell,
    clearMessage,
    accepted,
    crash: o.crash,
    inputCellsChanged: o.inputCellsChanged,
    inputFileChanged: o.inputFileChanged,
    failures,
  };
}

/** "007-a-b": the case's number and name, for its files. */
export const slugOf = (c: BadCase): string =>
  `${String(CASES.indexOf(c) + 1).padStart(3, '0')}-${c.name
    .normalize('NFD')
    .replace(/[^a-zA-Z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase()
    .slice(0, 40)}`;

/** The .xlsx file a case's offline run reads. */
export const inputFileOf = (c: BadCase, dir: string): string => path.join(dir, `${slugOf(c)}.xlsx`);

/** A temp folder for the .xlsx files of a run; remove it with cleanup(). */
export function workDir(): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cchc-robustness-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function runCase(c: BadCase, pathName: PathName, dir: string): Promise<RunRecord> {
  const started = Date.now();
  const exp = expectationOn(c, pathName);
  let o: Observation;
  let file: string | undefined;
  if (pathName === 'sheets') o = runOnSheets(c.edits ?? [], c.reportCarries);
  else {
    const x = await runOnXlsx(
      { input: inputFileOf(c, dir), dir, slug: slugOf(c) },
      c.edits ?? [],
      c.file,
      c.reportCarries,
    );
    o = x;
    file = x.file;
  }
  return { ...judge(c, pathName, exp, o, file), ms: Date.now() - started };
}

/** Every case on every one of its paths, in corpus order. */
export async function runAll(
  dir: string,
  cases: readonly BadCase[] = CASES,
  onRecord?: (r: RunRecord) => void,
): Promise<RunRecord[]> {
  const out: RunRecord[] = [];
  for (const c of cases) {
    for (const p of c.paths) {
      const r = await runCase(c, p, dir);
      onRecord?.(r);
      out.push(r);
    }
  }
  return out;
}

export interface Figures {
  cases: number;
  runs: number;
  expectingMessage: number;
  clearMessages: number;
  expectingAcceptance: number;
  accepted: number;
  crashes: number;
  inputCellsChanged: number;
  inputFilesChanged: number;
  failedRuns: number;
}

export function figures(records: readonly RunRecord[]): Figures {
  return {
    cases: new Set(records.map((r) => r.case)).size,
    runs: records.length,
    expectingMessage: records.filter((r) => r.clearMessage !== null).length,
    clearMessages: records.filter((r) => r.clearMessage === true).length,
    expectingAcceptance: records.filter((r) => r.accepted !== null).length,
    accepted: records.filter((r) => r.accepted === true).length,
    crashes: records.filter((r) => r.crash !== null).length,
    inputCellsChanged: records.reduce((n, r) => n + r.inputCellsChanged.length, 0),
    inputFilesChanged: records.filter((r) => r.inputFileChanged).length,
    failedRuns: records.filter((r) => r.failures.length > 0).length,
  };
}
