/**
 * The Apps Script path of a bad-input case, on the fakes: setup, the sample typed in, the case's
 * edits (as the office or an official would make them: typing, renaming, deleting, merging), then
 * onEdit for each typed cell and "Tính điểm" through the sidebar endpoint (plus the report when the
 * case asks). Observed: the ServerResult, the problems shown, the Kiểm tra cells, and — from the
 * fakes' write log and a before/after snapshot — every cell outside the computed blocks and the
 * add-on's own tabs that was written or changed.
 */
import type { FakeGas, FakeSheet } from '../fakes';
import type { CellValue } from '../../src/core/cells';
import { cellText } from '../../src/core/cells';
import {
  AREA_COLUMNS,
  ASSIGNMENT_COLUMNS,
  ASSIGNMENT_ROWS,
  col,
  colNumber,
  columnLetter,
  INFO_FIELDS,
  LOG_COLUMNS,
  roleSpan,
  TAB_NAMES,
} from '../../src/core/layout';
import { SERVER_TEXT, SUMMARY_TEXT } from '../../src/core/text';
import { findHeaderRow } from '../../src/core/workbook';
import { onEdit, sidebarComputeScores, sidebarCreateReport } from '../../src/main';
import { sampleWorkbook } from './sampleWorkbook';
import {
  areaOf,
  DISPLACED,
  Edit,
  isCriterionOrAreaRow,
  isFormula,
  rowFromCells,
  rowOfCode,
  rowToDelete,
  sampleTabName,
  type Place,
} from './edits';
import { milli, type Observation, type ShownProblem } from './observation';

const COMPUTED = roleSpan('computed');

// ---- the edits, on the fakes ------------------------------------------------------------

/**
 * A case's text stays text, as if typed with a leading apostrophe: Sheets would otherwise parse "1,5"
 * or "15/01/2023" typed in a number cell (vi_VN) into a number or date, and the case means the text.
 * Plain-text ('@') cells get the text as it is.
 */
function asText(value: unknown): unknown {
  return typeof value === 'string' && value !== '' && !value.startsWith('=') ? `'${value}` : value;
}

export class SheetsEditor {
  /** Current tab name of each area (renames follow). */
  private readonly tabs = new Map<string, string>();
  /** Cells typed by an official, for onEdit: [tab, row, column]. */
  readonly typed: [string, number, number][] = [];

  constructor(private readonly gas: FakeGas) {}

  private sheet(area: string): FakeSheet {
    return this.gas.spreadsheet.fakeSheet(this.tabs.get(area) ?? sampleTabName(area));
  }

  private codeColumn(values: CellValue[][]): number {
    const header = findHeaderRow(values);
    const i = header === null ? -1 : values[header - 1].findIndex((v) => cellText(v) === AREA_COLUMNS[0].header);
    return i < 0 ? col('code') : i;
  }

  private lastRow(s: FakeSheet): number {
    return s.fakeValues().length;
  }

  apply(e: Edit): void {
    this.gas.inspect(() => this.applyOne(e));
  }

  private applyOne(e: Edit): void {
    switch (e.op) {
      case 'set': {
        const s = this.sheet(areaOf(e.code));
        const values = s.fakeValues();
        const shift = this.codeColumn(values) - col('code');
        const row = rowOfCode(values, e.code, 1, col('code') + shift);
        const column = colNumber(e.key) + shift;
        if (isFormula(e.value)) {
          // setFormula, not typing: the input columns are plain text after setup.
          s.getRange(row, column).setFormula(`=${e.value.formula}`);
          s.fakeSetComputed(row, column, e.value.result ?? '');
        } else
          s.fakeSeed([[s.getRange(row, column).getNumberFormat() === '@' ? e.value : asText(e.value)]], row, column);
        this.typed.push([s.fakeName, row, column]);
        break;
      }
      case 'setInfo': {
        const s = this.gas.spreadsheet.fakeSheet(TAB_NAMES.info);
        const label = INFO_FIELDS.find((f) => f.key === e.key)!.label;
        s.fakeSeed([[e.value]], rowOfCode(s.fakeValues(), label, 1, 0), 2);
        break;
      }
      case 'appendRows':
      case 'pasteRows':
      case 'copyRow': {
        const s = this.sheet(e.op === 'copyRow' ? e.toArea : e.area);
        let rows: CellValue[][];
        if (e.op === 'appendRows') rows = e.rows.map(rowFromCells);
        else if (e.op === 'pasteRows') rows = Array.from({ length: e.count }, () => rowFromCells(e.cells));
        else {
          const from = this.sheet(areaOf(e.code)).fakeValues();
          const row: CellValue[] = [...from[rowOfCode(from, e.code) - 1]].slice(0, AREA_COLUMNS.length);
          for (const [k, v] of Object.entries(e.change ?? {})) row[col(k as never)] = v as CellValue;
          rows = [row];
        }
        s.fakeSeed(rows, this.lastRow(s) + 1, 1);
        break;
      }
      case 'deleteTab':
        this.gas.spreadsheet.deleteSheet(this.sheet(e.area));
        break;
      case 'renameTab': {
        const holder = this.gas.spreadsheet.getSheetByName(e.name);
        if (holder) holder.setName(DISPLACED(e.name));
        this.sheet(e.area).setName(e.name);
        this.tabs.set(e.area, e.name);
        break;
      }
      case 'insertRowsAtTop':
        this.sheet(e.area).insertRowsBefore(1, e.count);
        break;
      case 'deleteRow': {
        const s = this.sheet(e.area);
        const header = findHeaderRow(s.fakeValues())!;
        s.deleteRow(rowToDelete(s.fakeValues(), header, e.row));
        break;
      }
      case 'setHeader': {
        const s = this.sheet(e.area);
        s.fakeSeed([[e.value]], findHeaderRow(s.fakeValues())!, colNumber(e.key));
        break;
      }
      case 'insertColumnAtStart':
        this.sheet(e.area).insertColumnsBefore(1, 1);
        break;
      case 'merge': {
        const s = this.sheet(areaOf(e.code));
        const row = rowOfCode(s.fakeValues(), e.code);
        const width = colNumber(e.to) - colNumber(e.from) + 1;
        s.getRange(row, colNumber(e.from), e.rows, width).merge();
        // Sheets keeps the top-left value only.
        for (let i = 0; i < e.rows; i++)
          for (let j = 0; j < width; j++) if (i > 0 || j > 0) s.fakeSeed([['']], row + i, colNumber(e.from) + j);
        break;
      }
      case 'fillText': {
        for (const s of this.gas.spreadsheet.fakeSheets()) {
          const values = s.fakeValues();
          const header = findHeaderRow(values);
          if (header === null) continue;
          values.forEach((cells, i) => {
            if (isCriterionOrAreaRow(cells, i + 1, header))
              for (const k of e.keys) s.fakeSeed([[e.value]], i + 1, colNumber(k));
          });
        }
        for (const key of e.info) this.applyOne({ op: 'setInfo', key, value: e.value });
        if (e.assignmentNames) {
          const s = this.gas.spreadsheet.fakeSheet(TAB_NAMES.assignments);
          const names = ASSIGNMENT_COLUMNS.findIndex((c) => c.key === 'names') + 1;
          for (let r = ASSIGNMENT_ROWS.firstData; r <= this.lastRow(s); r++) s.fakeSeed([[e.value]], r, names);
        }
        break;
      }
    }
  }
}

// ---- what may be written --------------------------------------------------------------------

interface TabState {
  values: CellValue[][];
  formulas: string[][];
}

function snapshot(gas: FakeGas): Map<string, TabState> {
  return new Map(
    gas.spreadsheet
      .fakeSheets()
      .map(
        (s) =>
          [
            s.fakeName,
            gas.inspect(() => ({ values: s.fakeValues(), formulas: s.getDataRange().getFormulas() })),
          ] as const,
      ),
  );
}

/** Is this cell one the add-on may write: a computed cell of an area tab, or any cell of its own Tổng hợp / Nhật ký? */
function writableCell(name: string, before: TabState | undefined): (row: number, column: number) => boolean {
  if (!before) return () => true; // a tab the add-on created (Tổng hợp, Nhật ký before setup)
  const header = findHeaderRow(before.values);
  if (header !== null) {
    const layoutIntact = AREA_COLUMNS.every((c, i) => cellText(before.values[header - 1][i]) === c.header);
    return (row, column) =>
      layoutIntact && row > header && column >= COMPUTED.first && column < COMPUTED.first + COMPUTED.count;
  }
  const first = cellText(before.values[0]?.[0]);
  const ours =
    (name === TAB_NAMES.summary && (first === '' || first === SUMMARY_TEXT.title)) ||
    (name === TAB_NAMES.log && (first === '' || first === LOG_COLUMNS[0]));
  return () => ours;
}

function changedInputs(gas: FakeGas, before: Map<string, TabState>): string[] {
  const out = new Set<string>();
  const after = snapshot(gas);
  const address = (tab: string, r: number, c: number) => `${tab}!${columnLetter(c)}${r}`;
  // Every write the add-on made (content, format, validation, note, structure).
  for (const w of gas.writes.all()) {
    const ok = writableCell(w.sheet, before.get(w.sheet));
    for (let i = 0; i < w.numRows; i++)
      for (let j = 0; j < w.numCols; j++)
        if (!ok(w.row + i, w.col + j)) out.add(address(w.sheet, w.row + i, w.col + j));
  }
  // And every cell that differs afterwards (a write the log could have missed).
  for (const [name, b] of before) {
    const a = after.get(name);
    if (!a) {
      out.add(`${name} (bảng bị xóa)`);
      continue;
    }
    const ok = writableCell(name, b);
    const rows = Math.max(a.values.length, b.values.length);
    for (let r = 0; r < rows; r++) {
      const width = Math.max(a.values[r]?.length ?? 0, b.values[r]?.length ?? 0);
      for (let c = 0; c < width; c++) {
        if (ok(r + 1, c + 1)) continue;
        const same =
          sameValue(a.values[r]?.[c], b.values[r]?.[c]) && (a.formulas[r]?.[c] ?? '') === (b.formulas[r]?.[c] ?? '');
        if (!same) out.add(address(name, r + 1, c + 1));
      }
    }
  }
  return [...out];
}

function sameValue(a: CellValue, b: CellValue): boolean {
  if (a instanceof Date || b instanceof Date)
    return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  return (a ?? '') === (b ?? '');
}

/** Formulas in cells the add-on wrote: text from the sheet must never come back as a formula. */
function writtenFormulas(gas: FakeGas): string[] {
  const out: string[] = [];
  for (const w of gas.writes.filter({ kinds: ['content'] })) {
    const s = gas.spreadsheet.fakeSheets().find((x) => x.fakeName === w.sheet);
    if (!s) continue;
    for (let i = 0; i < w.numRows; i++)
      for (let j = 0; j < w.numCols; j++)
        if (s.fakeCell(w.row + i, w.col + j)?.formula) out.push(`${w.sheet}!${columnLetter(w.col + j)}${w.row + i}`);
  }
  return out;
}

// ---- one case --------------------------------------------------------------------------------

export function runOnSheets(edits: readonly Edit[], reportCarries: readonly string[] = []): Observation {
  const gas = sampleWorkbook();
  const logged: string[] = [];
  const consoleError = console.error;
  try {
    const editor = new SheetsEditor(gas);
    edits.forEach((e) => editor.apply(e));
    const before = snapshot(gas);
    gas.writes.reset();
    const failures: string[] = [];
    let crash: string | null = null;
    // Technical details go to console.error only when something unexpected happened.
    console.error = (...args: unknown[]) =>
      logged.push(args.map((a) => (a instanceof Error ? (a.stack ?? a.message) : String(a))).join(' '));

    let answer: ReturnType<typeof sidebarComputeScores> | null = null;
    try {
      for (const [tab, row, column] of editor.typed) {
        const sheet = gas.spreadsheet.getSheetByName(tab);
        if (sheet) onEdit(gas.editEvent(sheet, row, column));
      }
      answer = sidebarComputeScores();
      if (reportCarries.length > 0 && answer.ok) {
        const report = sidebarCreateReport();
        if (!report.ok) failures.push(`báo cáo: ${report.message}`);
        else {
          const text = gas.inspect(() => gas.documentApp.lastDocument!.getBody().getText());
          for (const t of reportCarries)
            if (!text.includes(t)) failures.push(`báo cáo (Google Docs) không có nguyên văn: ${t.slice(0, 40)}`);
        }
      }
    } catch (e) {
      crash = `ngoại lệ tới người dùng: ${e instanceof Error ? e.message : String(e)}`;
    }
    if (!crash && logged.length > 0) crash = `lỗi bị nuốt (console.error): ${logged[0].split('\n')[0]}`;
    if (!crash && answer && !answer.ok && answer.message === SERVER_TEXT.unknown)
      crash = 'lỗi không mong đợi (thông báo chung)';

    const shown: ShownProblem[] = answer?.ok
      ? answer.data.problems.map((p) => ({ severity: p.severity, address: p.address, message: p.message }))
      : [];
    failures.push(...writtenFormulas(gas).map((a) => `ô ${a} bị ghi thành công thức`));
    if (answer && !answer.ok && gas.writes.length > 0) failures.push(`từ chối nhưng vẫn ghi ${gas.writes.length} lần`);
    if (answer && !answer.ok && !answer.hint) failures.push('từ chối mà không có gợi ý cách sửa');
    const view = answer?.ok ? answer.data : null;
    return {
      answer: !answer || answer.ok ? { kind: 'scored' } : { kind: 'refused', lines: [answer.message] },
      problems: shown,
      checkText: (place: Place) => {
        if (place.headerRow === null || place.row <= place.headerRow) return null;
        const s = gas.spreadsheet.getSheetByName(place.sheet) as FakeSheet | null;
        return s ? cellText(s.fakeValues()[place.row - 1]?.[col('check')]) : null;
      },
      index: view?.index ? { points: milli(view.index.points), applicableMax: milli(view.index.applicableMax) } : null,
      areas: new Map(
        (view?.areas ?? []).map((a) => [a.code, { points: milli(a.points), applicableMax: milli(a.applicableMax) }]),
      ),
      crash,
      inputCellsChanged: changedInputs(gas, before),
      inputFileChanged: false,
      failures,
    };
  } finally {
    console.error = consoleError;
    gas.uninstall();
  }
}
