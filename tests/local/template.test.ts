/** The template workbook as Excel sees it: tabs, headers, notes, frozen panes, widths, formats, validation, colours. */
import path from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import type ExcelJS from 'exceljs';
import { DEFAULT_CATALOGUE } from '../../src/core/catalog/defaultCatalogue';
import { parseRule } from '../../src/core/catalog/ruleText';
import { catalogueToJson } from '../../src/core/catalog/schema';
import type { CatalogueSpec } from '../../src/core/catalog/types';
import { toMilli } from '../../src/core/points';
import { cellRules, INFO_CHOICES } from '../../src/core/validation';
import { argb, PALETTE } from '../../src/core/palette';
import {
  AREA_COLUMNS,
  AREA_ROWS,
  col,
  colNumber,
  ColumnKey,
  INFO_FIELDS,
  roleSpan,
  TAB_NAMES,
} from '../../src/core/layout';
import { KIND_LABELS, LIST_TAB_NAME, NO_WORD, YES_WORD } from '../../src/core/text';
import { runTemplate } from '../../src/local/commands/template';
import { runScore } from '../../src/local/commands/score';
import { runCli } from '../../src/local/cli';
import { EXIT } from '../../src/local/errors';
import { excelWidth, wrappedLines } from '../../src/local/xlsx/styles';
import { editCells, openXlsx, recordingIo, tempDir } from './helpers';

const dir = tempDir();

function rowOfCode(ws: ExcelJS.Worksheet, code: string): number {
  for (let r = AREA_ROWS.firstData; r <= ws.rowCount; r++)
    if (String(ws.getCell(r, colNumber('code')).value) === code) return r;
  throw new Error(`no row for ${code} in ${ws.name}`);
}

/** The options a list validation offers, inline ("a,b") or by range on the list tab. */
function listOptions(wb: ExcelJS.Workbook, v: ExcelJS.DataValidation | undefined): string[] {
  expect(v?.type).toBe('list');
  const f = String(v!.formulae[0]);
  if (f.startsWith('"')) return f.slice(1, -1).split(',');
  const m = /^'(.+)'!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/.exec(f);
  expect(m).not.toBeNull();
  const ws = wb.getWorksheet(m![1])!;
  const out: string[] = [];
  for (let r = Number(m![3]); r <= Number(m![5]); r++) out.push(String(ws.getCell(`${m![2]}${r}`).value));
  return out;
}

const dv = (ws: ExcelJS.Worksheet, row: number, key: ColumnKey) =>
  ws.getCell(row, colNumber(key)).dataValidation as ExcelJS.DataValidation | undefined;

describe('template (default catalogue)', () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    const io = recordingIo();
    const file = path.join(dir(), 'mau-trong.xlsx');
    expect(await runTemplate({ output: file, sample: false, force: false }, io)).toBe(EXIT.ok);
    wb = await openXlsx(file);
  });

  it('has the info, summary and assignment tabs, then one tab per area', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      TAB_NAMES.info,
      TAB_NAMES.summary,
      TAB_NAMES.assignments,
      ...DEFAULT_CATALOGUE.areas.map((a) => a.tabName),
    ]);
  });

  it('writes the layout header row, bold, with each column note', () => {
    for (const area of DEFAULT_CATALOGUE.areas) {
      const ws = wb.getWorksheet(area.tabName)!;
      AREA_COLUMNS.forEach((c) => {
        const cell = ws.getCell(AREA_ROWS.header, colNumber(c.key));
        expect(cell.value).toBe(c.header);
        expect(cell.font?.bold).toBe(true);
        const note = cell.note as string | { texts: { text: string }[] };
        expect(typeof note === 'string' ? note : note.texts.map((t) => t.text).join('')).toBe(c.note);
      });
    }
  });

  it('freezes the rows down to the header and the columns up to Tiêu chí; sets widths from the layout', () => {
    const ws = wb.getWorksheet(DEFAULT_CATALOGUE.areas[2].tabName)!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: colNumber('title'), ySplit: AREA_ROWS.header });
    for (const c of AREA_COLUMNS) expect(ws.getColumn(colNumber(c.key)).width).toBeCloseTo(excelWidth(c.width), 1);
  });

  it('formats points as General and ratios as 0.0%, and colours cells with the Sheets palette', () => {
    const ws = wb.getWorksheet(DEFAULT_CATALOGUE.areas[2].tabName)!;
    const row = rowOfCode(ws, '3.5');
    expect(ws.getCell(row, colNumber('maxPoints')).numFmt ?? 'General').toBe('General'); // General is Excel's default: not stored
    expect(ws.getCell(row, colNumber('points')).numFmt ?? 'General').toBe('General');
    expect(ws.getCell(row, colNumber('ratio')).numFmt).toBe('0.0%');
    const span = roleSpan('computed');
    for (let c = span.first; c < span.first + span.count; c++)
      expect(ws.getCell(row, c).fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
    // One palette (src/core/palette.ts): the same colours as the Sheets setup, header tinted by role.
    const fg = (r: number, key: ColumnKey) => (ws.getCell(r, colNumber(key)).fill as ExcelJS.FillPattern).fgColor?.argb;
    expect(fg(row, 'a')).toBe(argb(PALETTE.inputCell));
    expect(fg(row, 'points')).toBe(argb(PALETTE.role.computed));
    for (const c of AREA_COLUMNS) expect(fg(AREA_ROWS.header, c.key)).toBe(argb(PALETTE.role[c.role]));
    expect(argb('#fef7e0')).toBe('FFFEF7E0');
  });

  it('puts validation on every input cell according to the row kind', () => {
    for (const area of DEFAULT_CATALOGUE.areas) {
      const ws = wb.getWorksheet(area.tabName)!;
      expect(dv(ws, rowOfCode(ws, area.code), 'value')).toBeUndefined(); // area row
      for (const c of area.criteria) {
        const row = rowOfCode(ws, c.code);
        if (c.kind === 'group') {
          for (const key of ['a', 'b', 'value', 'na', 'appraisal'] as const) expect(dv(ws, row, key)).toBeUndefined();
          continue;
        }
        if (c.kind === 'ratio') {
          for (const key of ['a', 'b'] as const)
            expect(dv(ws, row, key)).toMatchObject({ type: 'whole', operator: 'greaterThanOrEqual', formulae: [0] });
        } else expect(dv(ws, row, 'a')).toBeUndefined();
        const value = dv(ws, row, 'value');
        if (c.kind === 'yesno') expect(listOptions(wb, value)).toEqual([YES_WORD, NO_WORD]);
        if (c.kind === 'status') {
          const rule = parseRule(c.code, c.kind, c.rule, toMilli(c.maxPoints)).value;
          expect(listOptions(wb, value)).toEqual(rule.kind === 'options' ? rule.options.map((o) => o.label) : ['?']);
        }
        if (c.kind === 'count') expect(value).toMatchObject({ type: 'whole', operator: 'greaterThanOrEqual' });
        if (c.kind === 'checklist') expect(value?.prompt).toContain('1. ');
        if (c.naAllowed) expect(listOptions(wb, dv(ws, row, 'na'))).toEqual(['x']);
        else
          expect(dv(ws, row, 'na')).toMatchObject({ type: 'textLength', operator: 'lessThanOrEqual', formulae: [0] });
        expect(dv(ws, row, 'appraisal')).toMatchObject({
          type: 'decimal',
          operator: 'between',
          formulae: [0, c.maxPoints],
        });
        // The cells with a rule are the core's (src/core/validation.ts); Excel cannot check a link.
        const ruled = Object.entries(cellRules(c))
          .filter(([, r]) => r.kind !== 'link')
          .map(([k]) => k);
        expect(AREA_COLUMNS.map((k) => k.key).filter((k) => dv(ws, row, k) !== undefined)).toEqual(
          expect.arrayContaining(ruled),
        );
        expect(AREA_COLUMNS.filter((k) => dv(ws, row, k.key) !== undefined)).toHaveLength(ruled.length);
      }
    }
  });

  it('prints: area tabs A4 landscape, one page wide, header row repeated; Tổng hợp and Phân công one page wide', () => {
    for (const area of DEFAULT_CATALOGUE.areas) {
      const setup = wb.getWorksheet(area.tabName)!.pageSetup;
      expect(setup).toMatchObject({
        paperSize: 9,
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
      });
      expect(setup.printTitlesRow).toBe(`${AREA_ROWS.header}:${AREA_ROWS.header}`);
    }
    for (const name of [TAB_NAMES.summary, TAB_NAMES.assignments])
      expect(wb.getWorksheet(name)!.pageSetup).toMatchObject({ paperSize: 9, fitToPage: true, fitToWidth: 1 });
  });

  it('"Loại", "Người phụ trách" and "Tài liệu kiểm chứng" are wide enough not to clip their text', () => {
    const oneLine = (key: ColumnKey, text: string) =>
      expect([text, wrappedLines(text, AREA_COLUMNS[col(key)].width)]).toEqual([text, 1]);
    for (const label of Object.values(KIND_LABELS)) oneLine('kind', label);
    oneLine('owner', 'Nguyễn Thị Thu Hương');
    oneLine('evidence', 'Quyết định số 125/QĐ-UBND');
    for (const key of ['kind', 'owner', 'evidence'] as const) oneLine(key, AREA_COLUMNS[col(key)].header);
    const ws = wb.getWorksheet(DEFAULT_CATALOGUE.areas[0].tabName)!;
    expect(ws.getCell(rowOfCode(ws, '1.1.2'), colNumber('evidence')).alignment).toMatchObject({
      wrapText: true,
      vertical: 'top',
    });
  });

  it('Thông tin chung: labels at the top of their cells; choice rows have a drop-down', () => {
    const ws = wb.getWorksheet(TAB_NAMES.info)!;
    const rows: number[] = [];
    ws.eachRow((row, n) => {
      if (INFO_FIELDS.some((f) => f.label === row.getCell(1).value)) rows.push(n);
    });
    expect(rows.length).toBe(INFO_FIELDS.filter((f) => !('legacy' in f)).length);
    for (const n of rows) expect(ws.getCell(n, 1).alignment).toMatchObject({ vertical: 'top' });
    const choice = rows.find(
      (n) => ws.getCell(n, 1).value === INFO_FIELDS.find((f) => f.key === 'protectionMode')!.label,
    )!;
    expect(listOptions(wb, ws.getCell(choice, 2).dataValidation as ExcelJS.DataValidation)).toEqual([
      ...INFO_CHOICES.protectionMode!,
    ]);
    const unitRow = rows.find((n) => ws.getCell(n, 1).value === 'Loại đơn vị')!;
    expect(listOptions(wb, ws.getCell(unitRow, 2).dataValidation as ExcelJS.DataValidation)).toEqual([
      'Xã',
      'Phường',
      'Đặc khu',
    ]);
    const plain = rows.find((n) => ws.getCell(n, 1).value === INFO_FIELDS.find((f) => f.key === 'commune')!.label)!;
    expect(ws.getCell(plain, 2).dataValidation).toBeFalsy();
  });

  it('colours the Kiểm tra column: "Lỗi" red, "Cảnh báo" amber', () => {
    const ws = wb.getWorksheet(DEFAULT_CATALOGUE.areas[0].tabName)!;
    const letter = ws.getColumn(colNumber('check')).letter;
    const cf = (
      ws as unknown as {
        conditionalFormattings: {
          ref: string;
          rules: { formulae: string[]; style: { fill: { bgColor: { argb: string } } } }[];
        }[];
      }
    ).conditionalFormattings;
    expect(cf).toHaveLength(1);
    expect(cf[0].ref).toBe(`${letter}${AREA_ROWS.firstData}:${letter}${ws.rowCount}`);
    expect(cf[0].rules.map((r) => r.formulae[0])).toEqual([
      `LEFT(${letter}${AREA_ROWS.firstData},LEN("Lỗi"))="Lỗi"`,
      `LEFT(${letter}${AREA_ROWS.firstData},LEN("Cảnh báo"))="Cảnh báo"`,
    ]);
    expect(cf[0].rules[0].style.fill.bgColor.argb).not.toBe(cf[0].rules[1].style.fill.bgColor.argb);
  });

  it('needs no list tab when no option holds a comma', () => {
    expect(wb.getWorksheet(LIST_TAB_NAME)).toBeUndefined();
  });
});

describe('template from a catalogue file whose status labels hold commas', () => {
  const COMMA = 'Hoàn thành, đúng hạn';
  const LONG = Array.from({ length: 12 }, (_, i) => `Mức đánh giá số ${i + 1} theo hướng dẫn của tỉnh`);
  const spec: CatalogueSpec = JSON.parse(JSON.stringify(DEFAULT_CATALOGUE));
  const area4 = spec.areas.find((a) => a.code === '4')!;
  area4.criteria.find((c) => c.code === '4.2')!.rule = `${COMMA}: 2; Đang thực hiện: 1; Chưa thực hiện: 0`;
  area4.criteria.find((c) => c.code === '4.4')!.rule = LONG.map((l, i) => `${l}: ${i === 0 ? 2 : 0}`).join('; ');

  let file = '';
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    const json = path.join(dir(), 'bo-tieu-chi.json');
    writeFileSync(json, catalogueToJson(spec));
    file = path.join(dir(), 'dau-phay.xlsx');
    expect(await runTemplate({ output: file, catalogue: json, sample: false, force: false }, recordingIo())).toBe(
      EXIT.ok,
    );
    wb = await openXlsx(file);
  });

  it('moves such lists to the hidden list tab and references them by range', () => {
    const ws = wb.getWorksheet(area4.tabName)!;
    const list = wb.getWorksheet(LIST_TAB_NAME)!;
    expect(list.state).toBe('hidden');
    const v42 = dv(ws, rowOfCode(ws, '4.2'), 'value');
    expect(String(v42!.formulae[0])).toMatch(/^'Danh sách'!\$A\$1:\$A\$3$/);
    expect(listOptions(wb, v42)).toEqual([COMMA, 'Đang thực hiện', 'Chưa thực hiện']);
    // Longer than Excel's 255-character inline limit, even without commas.
    const v44 = dv(ws, rowOfCode(ws, '4.4'), 'value');
    expect(String(v44!.formulae[0])).toMatch(/^'Danh sách'!\$B\$1:\$B\$12$/);
    expect(listOptions(wb, v44)).toEqual(LONG);
    // Short comma-free lists stay inline.
    expect(String(dv(ws, rowOfCode(ws, '4.1'), 'value')!.formulae[0])).toBe(`"${YES_WORD},${NO_WORD}"`);
  });

  it('scores a label with a comma chosen from that list', async () => {
    const filled = path.join(dir(), 'dau-phay-da-nhap.xlsx');
    const ws = wb.getWorksheet(area4.tabName)!;
    await editCells(file, filled, [{ sheet: area4.tabName, row: rowOfCode(ws, '4.2'), key: 'value', value: COMMA }]);
    const io = recordingIo();
    await runScore({ file: filled, json: true, force: false }, io);
    const json = JSON.parse(io.lines.join('\n'));
    expect(json.criteria.find((c: { code: string }) => c.code === '4.2')).toMatchObject({
      points: 2,
      status: 'scored',
      value: COMMA,
    });
  });
});

describe('template file handling', () => {
  it('never overwrites an existing file without --force', async () => {
    const file = path.join(dir(), 'ghi-de.xlsx');
    writeFileSync(file, 'số liệu của xã');
    const io = recordingIo();
    expect(await runCli(['template', '-o', file], io, {})).toBe(EXIT.failed);
    expect(io.errors[0]).toContain('--force');
    expect(readFileSync(file, 'utf8')).toBe('số liệu của xã');
    expect(await runCli(['template', '-o', file, '--force'], recordingIo(), {})).toBe(EXIT.ok);
    expect((await openXlsx(file)).worksheets.length).toBeGreaterThan(3);
  });
});
