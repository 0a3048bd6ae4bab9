/**
 * `score` as users run it (dist-node/cli.js in a child process): a workbook with a text in a number
 * cell, an a > b and a status not in the list gets exactly those errors at their addresses, the rest
 * is scored, the input file is untouched, and the exit code says what happened.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cellAddress, colNumber } from '../../src/core/layout';
import { scoreWorkbook } from '../../src/core/pipeline';
import { sampleGrids } from '../../src/core/sample/caoAn2023';
import type { ScoreJson } from '../../src/local/scoreReport';
import { EXIT } from '../../src/local/errors';
import { writeSampleWorkbook } from '../../src/local/commands/template';
import { readWorkbookFile } from '../../src/local/xlsxWorkbook';
import { editCells, openXlsx, runCliChild, tempDir } from './helpers';

const dir = tempDir();
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

const TTHC = '3. Cải cách TTHC';
const BMAY = '4. Tổ chức bộ máy';
const CDIEU = '1. Chỉ đạo điều hành';

/** Row of a code in the sample, from the core's own sample grids (never a literal row number). */
function rowOf(sheet: string, code: string): number {
  const tab = sampleGrids().tabs.find((t) => t.name === sheet)!;
  const i = tab.values.findIndex((r) => r[0] === code);
  if (i < 0) throw new Error(`${code} not in ${sheet}`);
  return i + 1;
}

describe('score on a workbook with three bad entries', () => {
  const bad = () => path.join(dir(), 'co-loi.xlsx');
  const edits = () => [
    { sheet: TTHC, row: rowOf(TTHC, '3.5'), key: 'b' as const, value: 'nhiều' }, // text in a number cell
    { sheet: CDIEU, row: rowOf(CDIEU, '1.2'), key: 'a' as const, value: 5 }, // a = 5 > b = 4
    { sheet: BMAY, row: rowOf(BMAY, '4.2'), key: 'value' as const, value: 'Xong' }, // not a status of 4.2
  ];
  let run: ReturnType<typeof runCliChild>;
  let json: ScoreJson;
  let before = '';

  beforeAll(async () => {
    const clean = path.join(dir(), 'sach.xlsx');
    await writeSampleWorkbook(clean);
    await editCells(clean, bad(), edits());
    before = sha(bad());
    run = runCliChild(['score', bad(), '--json', '-o', path.join(dir(), 'co-loi-da-cham.xlsx')], dir());
    json = JSON.parse(run.stdout);
  });

  it('exits 1: scored, but the workbook has errors', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(EXIT.hasErrors);
  });

  it('reports exactly those three errors, at their cell addresses', () => {
    const errors = json.problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => [p.cell, p.code]).sort()).toEqual(
      [
        [cellAddress(TTHC, rowOf(TTHC, '3.5'), 'b'), '3.5'],
        [cellAddress(CDIEU, rowOf(CDIEU, '1.2'), 'a'), '1.2'],
        [cellAddress(BMAY, rowOf(BMAY, '4.2'), 'value'), '4.2'],
      ].sort(),
    );
    expect(json.errors).toBe(3);
    expect(errors.find((p) => p.code === '3.5')!.message).toContain('nhiều');
    expect(errors.find((p) => p.code === '4.2')!.message).toContain('Xong');
  });

  it('scores the three rows 0 and every other criterion as the clean sample', () => {
    const clean = scoreWorkbook(sampleGrids());
    const broken = new Set(['3.5', '1.2', '4.2']);
    for (const c of json.criteria) {
      const ref = clean.criteria.find((x) => x.code === c.code)!;
      if (broken.has(c.code)) expect(c.points).toBe(0);
      else if (c.kind !== 'group') expect(c.points).toBe(ref.points / 1000);
    }
    const lost = ['3.5', '1.2', '4.2'].reduce((s, code) => s + clean.criteria.find((x) => x.code === code)!.points, 0);
    expect(Math.round(json.index.points * 1000)).toBe(clean.index.points - lost);
  });

  it('gives points as decimals and as Vietnamese text', () => {
    const fractional = json.criteria.filter((x) => !Number.isInteger(x.points));
    expect(fractional.length).toBeGreaterThan(0);
    for (const c of fractional) expect(c.pointsText).toBe(String(c.points).replace('.', ','));
    expect(json.index.percentText).toMatch(/^\d+,\d\d%$/);
    expect(json.index.percent).toBeCloseTo(Number(json.index.percentText.replace('%', '').replace(',', '.')), 2);
  });

  it('leaves the input file untouched and writes the errors into Kiểm tra of the copy', async () => {
    expect(sha(bad())).toBe(before);
    const out = await openXlsx(path.join(dir(), 'co-loi-da-cham.xlsx'));
    const check = String(out.getWorksheet(TTHC)!.getCell(rowOf(TTHC, '3.5'), colNumber('check')).value);
    expect(check.startsWith('Lỗi')).toBe(true);
    // The bad inputs are still there, as typed.
    const back = (await readWorkbookFile(path.join(dir(), 'co-loi-da-cham.xlsx'))).grids;
    for (const e of edits())
      expect(back.tabs.find((t) => t.name === e.sheet)!.values[e.row - 1][colNumber(e.key) - 1]).toBe(e.value);
  });

  it('prints the problems with their addresses in the text output', () => {
    const text = runCliChild(['score', bad()], dir());
    expect(text.status).toBe(EXIT.hasErrors);
    expect(text.stdout).toContain(`${cellAddress(TTHC, rowOf(TTHC, '3.5'), 'b')} [3.5]`);
    expect(text.stdout).toContain('Lỗi (3)');
    expect(text.stdout).toContain('Xếp loại:');
  });
});

describe('score exit codes', () => {
  it('0 for a workbook without errors (warnings allowed)', async () => {
    const file = path.join(dir(), 'mau.xlsx');
    await writeSampleWorkbook(file);
    const r = runCliChild(['score', file], dir());
    expect(r.status).toBe(EXIT.ok);
    expect(r.stdout).toContain('Cảnh báo (1)');
  });

  it('2 for a file that cannot be read, with one Vietnamese line and no stack trace', () => {
    const r = runCliChild(['score', 'khong-co.xlsx'], dir());
    expect(r.status).toBe(EXIT.failed);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toEqual([
      'Lỗi: Không tìm thấy tệp “khong-co.xlsx”. Kiểm tra lại đường dẫn và tên tệp.',
    ]);
  });

  it('2 for bad usage', () => {
    const r = runCliChild(['score', 'a.xlsx', '--khong-co'], dir());
    expect(r.status).toBe(EXIT.failed);
    expect(r.stderr.trim()).toBe('Lỗi: Tùy chọn “--khong-co” không dùng được ở lệnh này. Gõ “help” để xem cách dùng.');
  });

  it('shows the stack with CCHC_DEBUG=1', () => {
    const r = runCliChild(['score', 'khong-co.xlsx'], dir(), { CCHC_DEBUG: '1' });
    expect(r.status).toBe(EXIT.failed);
    expect(r.stderr).toMatch(/\n\s+at /);
  });

  it('refuses to write the scored copy over the input', () => {
    const file = path.join(dir(), 'mau.xlsx');
    const before = sha(file);
    const r = runCliChild(['score', file, '-o', file, '--force'], dir());
    expect(r.status).toBe(EXIT.failed);
    expect(r.stderr).toContain('Không ghi kết quả đè lên chính tệp đầu vào');
    expect(sha(file)).toBe(before);
  });
});
