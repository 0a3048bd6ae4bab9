/**
 * The offline path of a bad-input case: the SAMPLE workbook exactly as `template --sample` writes it,
 * edited with exceljs the way Excel would save the office's edits (or a file that is no workbook at
 * all), then the CLI itself — `score --json -o <copy>` (and `report` when the case asks) — called
 * in-process through runCli, which never throws. Observed: exit code and printed lines, the JSON
 * problems, the scored copy read back (every non-computed cell compared with the input's), the
 * input file's bytes before and after.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { cellText, type CellValue } from '../../src/core/cells';
import {
  AREA_COLUMNS,
  ASSIGNMENT_COLUMNS,
  ASSIGNMENT_ROWS,
  col,
  colNumber,
  INFO_FIELDS,
  roleSpan,
  TAB_NAMES,
} from '../../src/core/layout';
import { localMsg } from '../../src/core/text';
import { findHeaderRow } from '../../src/core/workbook';
import { runCli } from '../../src/local/cli';
import { writeSampleWorkbook } from '../../src/local/commands/template';
import type { ScoreJson } from '../../src/local/scoreReport';
import { sheetGrid } from '../../src/local/xlsx/readGrids';
import type { FileKind } from './cases';
import {
  areaOf,
  DISPLACED,
  Edit,
  EditValue,
  isCriterionOrAreaRow,
  isFormula,
  rowFromCells,
  rowOfCode,
  rowToDelete,
  sampleTabName,
  type Place,
} from './edits';
import { milli, type Observation } from './observation';

const COMPUTED = roleSpan('computed');
const FORMULA_TYPE = 6;
const UNEXPECTED_PREFIX = localMsg.errorPrefix + localMsg.unexpected('\u0000').split('\u0000')[0];

let sampleBytes: Promise<Buffer> | null = null;

/** The bytes of `template --sample`, written once per run. */
function sampleFile(dir: string): Promise<Buffer> {
  sampleBytes ??= (async () => {
    const file = path.join(dir, 'cao-an-2023-mau.xlsx');
    await writeSampleWorkbook(file);
    return readFileSync(file);
  })();
  return sampleBytes;
}

async function load(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

// ---- the edits, with exceljs ------------------------------------------------------------

function toExcel(v: EditValue): ExcelJS.CellValue {
  // A formula saved without a result (no cached <v>), or with an error as its cached result.
  if (isFormula(v))
    return (
      v.result === undefined ? { formula: v.formula } : { formula: v.formula, result: { error: v.result } }
    ) as ExcelJS.CellFormulaValue;
  return v === '' || v === undefined ? null : (v as ExcelJS.CellValue);
}

class XlsxEditor {
  private readonly tabs = new Map<string, string>();
  constructor(private readonly wb: ExcelJS.Workbook) {}

  private sheet(area: string): ExcelJS.Worksheet {
    const name = this.tabs.get(area) ?? sampleTabName(area);
    const ws = this.wb.getWorksheet(name);
    if (!ws) throw new Error(`xlsx: no tab ${name}`);
    return ws;
  }

  private values(ws: ExcelJS.Worksheet): CellValue[][] {
    return sheetGrid(ws).values;
  }

  private codeColumn(values: CellValue[][]): number {
    const header = findHeaderRow(values);
    const i = header === null ? -1 : values[header - 1].findIndex((v) => cellText(v) === AREA_COLUMNS[0].header);
    return i < 0 ? col('code') : i;
  }

  private putRow(ws: ExcelJS.Worksheet, row: number, cells: CellValue[]): void {
    cells.forEach((v, i) => {
      if (v !== '' && v !== null && v !== undefined) ws.getCell(row, i + 1).value = v as ExcelJS.CellValue;
    });
  }

  apply(e: Edit): void {
    switch (e.op) {
      case 'set': {
        const ws = this.sheet(areaOf(e.code));
        const values = this.values(ws);
        const shift = this.codeColumn(values) - col('code');
        const cell = ws.getCell(rowOfCode(values, e.code, 1, col('code') + shift), colNumber(e.key) + shift);
        cell.value = toExcel(e.value);
        // Excel gives a typed date a date format (else the cell shows, and is read as, a serial number).
        // exceljs shares style objects between cells: give this one its own.
        if (e.value instanceof Date) cell.style = { ...cell.style, numFmt: 'dd/mm/yyyy' };
        break;
      }
      case 'setInfo': {
        const ws = this.wb.getWorksheet(TAB_NAMES.info)!;
        const label = INFO_FIELDS.find((f) => f.key === e.key)!.label;
        ws.getCell(rowOfCode(this.values(ws), label, 1, 0), 2).value = e.value as ExcelJS.CellValue;
        break;
      }
      case 'appendRows':
      case 'pasteRows':
      case 'copyRow': {
        const ws = this.sheet(e.op === 'copyRow' ? e.toArea : e.area);
        const last = this.values(ws).length;
        let rows: CellValue[][];
        if (e.op === 'appendRows') rows = e.rows.map(rowFromCells);
        else if (e.op === 'pasteRows') rows = Array.from({ length: e.count }, () => rowFromCells(e.cells));
        else {
          const from = this.values(this.sheet(areaOf(e.code)));
          const row = [...from[rowOfCode(from, e.code) - 1]];
          for (const [k, v] of Object.entries(e.change ?? {})) row[col(k as never)] = v as CellValue;
          rows = [row];
        }
        rows.forEach((r, i) => this.putRow(ws, last + 1 + i, r));
        break;
      }
      case 'deleteTab':
        this.wb.removeWorksheet(this.sheet(e.area).id);
        break;
      case 'renameTab': {
        const holder = this.wb.getWorksheet(e.name);
        if (holder) holder.name = DISPLACED(e.name);
        this.sheet(e.area).name = e.name;
        this.tabs.set(e.area, e.name);
        break;
      }
      case 'insertRowsAtTop':
        this.sheet(e.area).spliceRows(1, 0, ...Array.from({ length: e.count }, () => []));
        break;
      case 'deleteRow': {
        const ws = this.sheet(e.area);
        const header = findHeaderRow(this.values(ws))!;
        ws.spliceRows(rowToDelete(this.values(ws), header, e.row), 1);
        break;
      }
      case 'setHeader': {
        const ws = this.sheet(e.area);
        ws.getCell(findHeaderRow(this.values(ws))!, colNumber(e.key)).value = e.value;
        break;
      }
      case 'insertColumnAtStart':
        this.sheet(e.area).spliceColumns(1, 0, []);
        break;
      case 'merge': {
        const ws = this.sheet(areaOf(e.code));
        const row = rowOfCode(this.values(ws), e.code);
        ws.mergeCells(row, colNumber(e.from), row + e.rows - 1, colNumber(e.to));
        break;
      }
      case 'fillText': {
        for (const ws of this.wb.worksheets) {
          const values = this.values(ws);
          const header = findHeaderRow(values);
          if (header === null) continue;
          values.forEach((cells, i) => {
            if (isCriterionOrAreaRow(cells, i + 1, header))
              for (const k of e.keys) ws.getCell(i + 1, colNumber(k)).value = e.value;
          });
        }
        for (const key of e.info) this.apply({ op: 'setInfo', key, value: e.value });
        const names = this.wb.getWorksheet(TAB_NAMES.assignments);
        if (e.assignmentNames && names) {
          const column = ASSIGNMENT_COLUMNS.findIndex((c) => c.key === 'names') + 1;
          for (let r = ASSIGNMENT_ROWS.firstData; r <= this.values(names).length; r++)
            names.getCell(r, column).value = e.value;
        }
        break;
      }
    }
  }
}

// ---- files that are not a usable workbook -----------------------------------------------

const OLE = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504, 0)]);

async function writeBadFile(kind: FileKind, file: string, sample: Buffer): Promise<void> {
  switch (kind) {
    case 'text':
      return writeFileSync(file, 'Báo cáo CCHC quý IV — bản nháp gõ trong Notepad, lưu nhầm đuôi .xlsx.\n');
    case 'empty':
      return writeFileSync(file, '');
    case 'ole':
      return writeFileSync(file, OLE);
    case 'docx': {
      const zip = new JSZip();
      zip.file(
        '[Content_Types].xml',
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
      );
      zip.file(
        'word/document.xml',
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>',
      );
      return writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
    }
    case 'truncated':
      return writeFileSync(file, sample.subarray(0, Math.floor(sample.length / 2)));
    case 'noAreaTab': {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet('Trang tính 1').getCell('A1').value = 'Danh sách cán bộ, công chức xã';
      await wb.xlsx.writeFile(file);
      return;
    }
    case 'folder':
      mkdirSync(file, { recursive: true });
      return;
  }
}

// ---- comparing the scored copy with the input -----------------------------------------------

/** Type, value and number format of a cell (what Excel shows), comparable across two loads. */
function cellKey(cell: ExcelJS.Cell): string {
  return JSON.stringify([cell.type, cell.value, cell.numFmt ?? null]);
}

function cellsOf(ws: ExcelJS.Worksheet): Map<string, ExcelJS.Cell> {
  const out = new Map<string, ExcelJS.Cell>();
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => void out.set(cell.address, cell)),
  );
  return out;
}

/** May the CLI write this cell of an input tab? Only computed cells of intact area tabs, and its own Tổng hợp. */
function writable(ws: ExcelJS.Worksheet): (row: number, column: number) => boolean {
  const values = sheetGrid(ws).values;
  const header = findHeaderRow(values);
  if (header !== null) {
    const intact = AREA_COLUMNS.every((c, i) => cellText(values[header - 1][i]) === c.header);
    return (row, column) =>
      intact && row > header && column >= COMPUTED.first && column < COMPUTED.first + COMPUTED.count;
  }
  return () => ws.name === TAB_NAMES.summary;
}

function compareCopy(input: ExcelJS.Workbook, scored: ExcelJS.Workbook): { changed: string[]; formulas: string[] } {
  const changed: string[] = [];
  const formulas: string[] = [];
  for (const ws of input.worksheets) {
    const out = scored.getWorksheet(ws.name);
    if (!out) {
      changed.push(`${ws.name} (bảng bị mất)`);
      continue;
    }
    const ok = writable(ws);
    const a = cellsOf(ws);
    const b = cellsOf(out);
    for (const address of new Set([...a.keys(), ...b.keys()])) {
      const cell = (b.get(address) ?? a.get(address))!;
      const row = Number(cell.row);
      const column = Number(cell.col);
      if (ok(row, column)) {
        if (b.get(address)?.type === FORMULA_TYPE) formulas.push(`${ws.name}!${address}`);
        continue;
      }
      const before = a.get(address);
      const after = b.get(address);
      if ((before ? cellKey(before) : 'null') !== (after ? cellKey(after) : 'null'))
        changed.push(`${ws.name}!${address}`);
    }
  }
  // Tabs the CLI added (Tổng hợp, or "Tổng hợp (2)" when that name holds criteria): no formula from the sheet.
  for (const out of scored.worksheets) {
    if (input.getWorksheet(out.name)) continue;
    for (const [address, cell] of cellsOf(out)) if (cell.type === FORMULA_TYPE) formulas.push(`${out.name}!${address}`);
  }
  return { changed, formulas };
}

// ---- the report: carried text stays text ---------------------------------------------------

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

async function checkReport(input: string, dir: string, slug: string, carries: readonly string[]): Promise<string[]> {
  const out = path.join(dir, `${slug}.docx`);
  const rec = recorder();
  const code = await runCli(['report', input, '-o', out, '--force'], rec.io);
  if (code === 2) return [`báo cáo không tạo được: ${rec.err.join(' ')}`];
  const bytes = readFileSync(out);
  const zip = await JSZip.loadAsync(bytes);
  const parts = await Promise.all(
    Object.keys(zip.files)
      .filter((f) => /^word\/.*\.xml$/.test(f))
      .map(async (f) => [f, await zip.file(f)!.async('string')] as const),
  );
  const text = (await mammoth.extractRawText({ buffer: bytes })).value;
  const failures: string[] = [];
  for (const t of carries) {
    if (!text.includes(t)) failures.push(`báo cáo .docx không có nguyên văn: ${t.slice(0, 40)}`);
    // Word fields (w:instrText, w:fldSimple) are the only place a .docx runs what it carries.
    const escaped = xmlEscape(t);
    for (const [f, xml] of parts) {
      const fields = [
        ...xml.matchAll(/<w:instrText[^>]*>([^<]*)<\/w:instrText>|<w:fldSimple[^>]*w:instr="([^"]*)"/g),
      ].map((m) => m[1] ?? m[2]);
      if (fields.some((instr) => instr.includes(escaped) || instr.includes(t)))
        failures.push(`${f}: văn bản nằm trong một trường (field) của Word`);
      if (xml.includes(t.replace(/&/g, '&amp;')) && /[<>]/.test(t))
        failures.push(`${f}: thẻ HTML/XML không được thoát`);
    }
  }
  return failures;
}

// ---- one case --------------------------------------------------------------------------------

/** Where the CLI prints, recorded. */
function recorder(): { out: string[]; err: string[]; io: { out(l: string): void; err(l: string): void } } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (l) => out.push(l), err: (l) => err.push(l) } };
}

export interface XlsxRun {
  /** The input file to write and score. */
  input: string;
  /** Where the scored copy and the report go. */
  dir: string;
  slug: string;
}

export async function runOnXlsx(
  run: XlsxRun,
  edits: readonly Edit[],
  file: FileKind | undefined,
  reportCarries: readonly string[] = [],
): Promise<Observation & { file: string }> {
  const input = run.input;
  const scoredFile = path.join(run.dir, `${run.slug}-da-cham.xlsx`);
  const sample = await sampleFile(run.dir);
  if (file) await writeBadFile(file, input, sample);
  else {
    const wb = await load(sample);
    const editor = new XlsxEditor(wb);
    edits.forEach((e) => editor.apply(e));
    writeFileSync(input, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  }
  const hash = () =>
    existsSync(input) && file !== 'folder' ? createHash('sha256').update(readFileSync(input)).digest('hex') : 'thư mục';
  const before = hash();

  const { out, err, io } = recorder();
  const failures: string[] = [];
  let crash: string | null = null;
  let code: number | null = null;
  try {
    code = await runCli(['score', input, '--json', '-o', scoredFile, '--force'], io);
    if (code !== 2 && reportCarries.length > 0)
      failures.push(...(await checkReport(input, run.dir, run.slug, reportCarries)));
  } catch (e) {
    crash = `ngoại lệ thoát khỏi CLI: ${e instanceof Error ? e.message : String(e)}`;
  }
  if (!crash && err.some((l) => l.startsWith(UNEXPECTED_PREFIX))) crash = `lỗi không mong đợi: ${err[0]}`;
  if (!crash && err.some((l) => /^\s+at /m.test(l))) crash = 'in ra dấu vết ngăn xếp (stack trace)';
  const inputFileChanged = hash() !== before;

  const base = { crash, inputFileChanged, file: input };
  if (code === 2 || code === null) {
    if (existsSync(scoredFile)) failures.push('từ chối nhưng vẫn ghi tệp kết quả');
    if (out.length > 0) failures.push(`từ chối nhưng vẫn in ra: ${out[0]}`);
    return {
      ...base,
      answer: { kind: 'refused', lines: err },
      problems: [],
      checkText: () => null,
      index: null,
      areas: new Map(),
      inputCellsChanged: [],
      failures,
    };
  }
  const json = JSON.parse(out.join('\n')) as ScoreJson;
  const inputBook = await load(readFileSync(input));
  const scoredBook = await load(readFileSync(scoredFile));
  const { changed, formulas } = compareCopy(inputBook, scoredBook);
  failures.push(...formulas.map((a) => `ô ${a} của bản đã chấm là công thức`));
  if (err.length > 0) failures.push(`in ra lỗi dù đã chấm: ${err[0]}`);
  return {
    ...base,
    answer: { kind: 'scored' },
    problems: json.problems.map((p) => ({ severity: p.severity, address: p.cell, message: p.message })),
    checkText: (place: Place) => {
      if (place.headerRow === null || place.row <= place.headerRow) return null;
      const ws = scoredBook.getWorksheet(place.sheet);
      return ws ? cellText(sheetGrid(ws).values[place.row - 1]?.[col('check')]) : null;
    },
    index: { points: milli(json.index.points), applicableMax: milli(json.index.applicableMax) },
    areas: new Map(json.areas.map((a) => [a.code, { points: milli(a.points), applicableMax: milli(a.applicableMax) }])),
    inputCellsChanged: changed,
    failures,
  };
}
