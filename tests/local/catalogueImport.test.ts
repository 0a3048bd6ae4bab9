/** catalogue import: real .docx (LibreOffice, the docx library) and .xlsx files read back, exit codes 0/1/2. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import ExcelJS from 'exceljs';
import { buildCatalogue } from '../../src/core/catalog/build';
import { parseCatalogueJson } from '../../src/core/catalog/schema';
import type { CatalogueSpec } from '../../src/core/catalog/types';
import { importMsg, localMsg } from '../../src/core/text';
import { runCli } from '../../src/local/cli';
import { EXIT } from '../../src/local/errors';
import { recordingIo, tempDir } from './helpers';

const dir = tempDir();
const file = (name: string) => path.join(dir(), name);
const FIXTURE = path.join(__dirname, 'fixtures', 'bo-tieu-chi-tinh.docx');

async function cli(args: string[]) {
  const io = recordingIo();
  const code = await runCli(args, io, {});
  return { code, out: io.lines, err: io.errors };
}
const readSpec = (f: string): CatalogueSpec => parseCatalogueJson(readFileSync(f, 'utf8')).spec!;
const criteria = (s: CatalogueSpec) => s.areas.flatMap((a) => a.criteria);

describe('a .docx made by LibreOffice from a Word-like document (merged cells, spacer row, parts B and C)', () => {
  it('writes the draft, prints the counts and the row to confirm, exits 1', async () => {
    const r = await cli(['catalogue', 'import', FIXTURE, '-o', file('lo.json')]);
    expect(r.code).toBe(EXIT.hasErrors);
    expect(r.out[0]).toBe(importMsg.summary(5, 11, 8, 2, 1));
    expect(r.out).toContain(importMsg.extras(1, 1, 1));
    expect(r.out).toContain(importMsg.toConfirm(1));
    expect(r.out).toContain(`  - ${importMsg.manual(14, '2.4')}`);
    expect(r.out[r.out.length - 1]).toBe(importMsg.written(file('lo.json')));
    const spec = readSpec(file('lo.json'));
    expect(spec.name).toContain('1234/QĐ-UBND ngày 08/09/2025');
    expect(spec.areas.map((a) => [a.code, a.maxPoints, a.role ?? null])).toEqual([
      ['1', 5, null],
      ['2', 6, null],
      ['3', 9, 'survey'],
      ['4', 1, 'bonus'],
      ['5', 2, 'penalty'],
    ]);
    expect(criteria(spec).map((c) => [c.code, c.kind])).toEqual([
      ['1.1', 'group'],
      ['1.1.1', 'status'],
      ['1.1.2', 'ratio'],
      ['1.2', 'status'],
      ['2.1', 'ratio'],
      ['2.2', 'yesno'],
      ['2.3', 'count'],
      ['2.4', 'manual'],
      ['3.1', 'manual'],
      ['4.1', 'yesno'],
      ['5.1', 'count'],
    ]);
    expect(criteria(spec).find((c) => c.code === '2.1')?.rule).toBe('= 100%: 3; ≥ 90%: tỷ lệ × 3; còn lại: 0');
    expect(criteria(spec).find((c) => c.code === '1.2')?.rule).toBe('Đầy đủ, đa dạng hình thức: 2; Chưa đầy đủ: 1');
    expect(buildCatalogue(spec).problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});

/** A Word table as the docx library writes it: rowSpan (w:vMerge), columnSpan (w:gridSpan), split in two. */
async function wordDocx(f: string): Promise<void> {
  const cell = (text: string, extra: { rowSpan?: number; columnSpan?: number } = {}) =>
    new TableCell({ children: text.split('\n').map((t) => new Paragraph(t)), ...extra });
  const row = (...cells: TableCell[]) => new TableRow({ children: cells });
  const header = row(cell('STT'), cell('Tiêu chí'), cell('Điểm tối đa'), cell('Hướng dẫn chấm điểm'));
  const first = new Table({
    rows: [
      header,
      row(cell('1. CẢI CÁCH THỂ CHẾ', { columnSpan: 2 }), cell('3'), cell('')),
      row(cell('1.1'), cell('Ban hành văn bản đúng quy định', { rowSpan: 1 }), cell('1'), cell('Có/Không')),
      row(
        cell('1.2'),
        cell('Rà soát văn bản'),
        cell('2'),
        cell('Hoàn thành 100%: 2 điểm;\nTừ 80% đến dưới 100%: 1 điểm;\ndưới 80%: 0', { rowSpan: 2 }),
      ),
      row(cell(''), cell(''), cell('')),
    ],
  });
  const second = new Table({
    rows: [
      header,
      row(cell('2. CẢI CÁCH TỔ CHỨC BỘ MÁY', { columnSpan: 2 }), cell('2'), cell('')),
      row(cell('2.1'), cell('Sắp xếp tổ chức bộ máy'), cell('2'), cell('Đúng quy định: 2; chưa đúng: 0')),
    ],
  });
  const doc = new Document({
    sections: [{ children: [new Paragraph('Kèm theo Quyết định số 4116/QĐ-UBND'), first, new Paragraph(''), second] }],
  });
  writeFileSync(f, await Packer.toBuffer(doc));
}

describe('a Word table split across pages, with merged cells', () => {
  it('joins the tables, drops the repeated header, reads every rule: exit 0', async () => {
    await wordDocx(file('word.docx'));
    const r = await cli(['catalogue', 'import', file('word.docx'), '-o', file('word.json')]);
    expect(r.out).toContain(importMsg.allUnderstood);
    expect(r.code).toBe(EXIT.ok);
    expect(r.out[0]).toBe(importMsg.summary(2, 3, 3, 0, 0));
    const spec = readSpec(file('word.json'));
    expect(spec.name).toContain('4116/QĐ-UBND');
    expect(criteria(spec).map((c) => [c.code, c.kind, c.rule])).toEqual([
      ['1.1', 'yesno', 'Có: 1; Không: 0'],
      ['1.2', 'ratio', '= 100%: 2; ≥ 80%: 1; còn lại: 0'],
      ['2.1', 'status', 'Đúng quy định: 2; Chưa đúng: 0'],
    ]);
  });
});

describe('an .xlsx with merged cells and numbers stored as numbers', () => {
  it('reads the sheet with the header, not the cover sheet', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Bìa').addRow(['Bộ chỉ số CCHC cấp xã năm 2026']);
    const ws = wb.addWorksheet('Phụ lục');
    ws.addRows([
      ['STT', 'Tiêu chí', 'Điểm', '', 'Cách chấm'],
      ['', '', 'Điểm tối đa', 'Điểm tự chấm', ''],
      ['I', 'CHỈ ĐẠO ĐIỀU HÀNH', 2.5, '', ''],
      ['1', 'Kế hoạch CCHC', 1.5, '', 'Ban hành kịp thời: 1,5 điểm; không kịp thời: 0,5 điểm'],
      ['2', 'Kiểm tra CCHC', 1, '', ''],
      ['', '+ Có kiểm tra', 1, '', ''],
      ['', '+ Không kiểm tra', 0, '', ''],
    ]);
    ws.mergeCells('C1:D1');
    ws.mergeCells('A1:A2');
    ws.mergeCells('B1:B2');
    await wb.xlsx.writeFile(file('t.xlsx'));
    const r = await cli(['catalogue', 'import', file('t.xlsx'), '-o', file('x.json')]);
    expect(r.code).toBe(EXIT.ok);
    expect(criteria(readSpec(file('x.json')))).toEqual([
      {
        code: '1.1',
        title: 'Kế hoạch CCHC',
        maxPoints: 1.5,
        kind: 'status',
        rule: 'Ban hành kịp thời: 1,5; Không kịp thời: 0,5',
      },
      { code: '1.2', title: 'Kiểm tra CCHC', maxPoints: 1, kind: 'status', rule: 'Có kiểm tra: 1; Không kiểm tra: 0' },
    ]);
  });

  it('a table with no header: exit 2, the message, nothing written', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Bảng').addRows([
      ['I', 'Chỉ đạo', 2],
      ['1', 'Kế hoạch', 2],
    ]);
    await wb.xlsx.writeFile(file('nohead.xlsx'));
    const r = await cli(['catalogue', 'import', file('nohead.xlsx'), '-o', file('nohead.json')]);
    expect(r.code).toBe(EXIT.failed);
    expect(r.out).toEqual([importMsg.failed(file('nohead.xlsx')), `  - ${importMsg.noHeader()}`]);
    expect(existsSync(file('nohead.json'))).toBe(false);
  });

  it('text points: exit 2 naming the row, an existing output left as it was', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Bảng').addRows([
      ['STT', 'Tiêu chí', 'Điểm tối đa'],
      ['I', 'Chỉ đạo', 2],
      ['1', 'Kế hoạch', 'hai'],
    ]);
    await wb.xlsx.writeFile(file('text.xlsx'));
    writeFileSync(file('old.json'), '{"giu": true}');
    const r = await cli(['catalogue', 'import', file('text.xlsx'), '-o', file('old.json'), '--force']);
    expect(r.code).toBe(EXIT.failed);
    expect(r.out).toContain(`  - ${importMsg.pointsNotNumber(3, 'hai')}`);
    expect(readFileSync(file('old.json'), 'utf8')).toBe('{"giu": true}');
  });
});

describe('unreadable files and usage', () => {
  it('a broken .docx, a .pdf, a missing file, a missing -o, an existing output: exit 2 with one Vietnamese line', async () => {
    writeFileSync(file('broken.docx'), 'không phải zip');
    writeFileSync(file('a.pdf'), '%PDF-1.4');
    writeFileSync(file('exists.json'), '{}');
    const cases: [string[], string][] = [
      [['catalogue', 'import', file('broken.docx'), '-o', file('b.json')], importMsg.notDocx(file('broken.docx'))],
      [['catalogue', 'import', file('a.pdf'), '-o', file('b.json')], importMsg.tableFileType(file('a.pdf'))],
      [['catalogue', 'import', file('none.docx'), '-o', file('b.json')], localMsg.fileNotFound(file('none.docx'))],
      [['catalogue', 'import', FIXTURE], importMsg.needOutput],
      [['catalogue', 'import', FIXTURE, '-o', file('exists.json')], localMsg.outputExists(file('exists.json'))],
    ];
    for (const [args, message] of cases) {
      const r = await cli(args);
      expect([r.code, r.err]).toEqual([EXIT.failed, [localMsg.errorPrefix + message]]);
    }
    expect(existsSync(file('b.json'))).toBe(false);
    expect(readFileSync(file('exists.json'), 'utf8')).toBe('{}');
  });
});
