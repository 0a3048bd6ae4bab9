/** `rollup`: folders and files in, the ranking workbook (with a real chart), the announcement and JSON out. */
import { existsSync, mkdirSync, promises as fs } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { runCli } from '../../src/local/cli';
import { formatDecreeDate } from '../../src/core/format';
import { vietnamDateOf } from '../../src/core/report';
import { ROLLUP_OFFLINE_TEXT, ROLLUP_TEXT as SHARED } from '../../src/core/text';

const ROLLUP_TEXT = { ...SHARED, ...ROLLUP_OFFLINE_TEXT };
import { distribution, rankUnits, type RollupJson } from '../../src/core/rollup';
import { collectUnits } from '../../src/local/commands/rollup';
import { writeUnitWorkbook, variantOf } from '../../bench/unitWorkbooks';
import { openXlsx, recordingIo, runCliChild, tempDir } from '../local/helpers';

const dir = tempDir();

/** Five units (two tied), a unit entered twice, a broken file and a workbook that is not a tracking workbook. */
async function unitsFolder(name: string): Promise<string> {
  const folder = path.join(dir(), name);
  mkdirSync(folder, { recursive: true });
  for (let i = 0; i < 4; i++) await writeUnitWorkbook(path.join(folder, `don-vi-${i + 1}.xlsx`), variantOf(i));
  await writeUnitWorkbook(path.join(folder, 'don-vi-5.xlsx'), { ...variantOf(1), commune: 'Đơn vị thử 005' });
  await writeUnitWorkbook(path.join(folder, 'don-vi-1-ban-sao.xlsx'), variantOf(0));
  return folder;
}

async function addBadFiles(folder: string): Promise<void> {
  await fs.writeFile(path.join(folder, 'hong.xlsx'), 'không phải tệp Excel');
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Bảng lương').getCell('A1').value = 'Họ tên';
  await wb.xlsx.writeFile(path.join(folder, 'bang-luong.xlsx'));
}

async function rollup(args: string[]) {
  const io = recordingIo();
  const code = await runCli(['rollup', ...args], io);
  return { code, io };
}

describe('rollup', () => {
  let folder = '';
  beforeAll(async () => {
    folder = await unitsFolder('cac-don-vi');
    await addBadFiles(folder);
  }, 60_000);

  it('skips the unusable files with a Vietnamese reason, ranks the rest and exits 1', async () => {
    const out = path.join(dir(), 'xep-hang.xlsx');
    const { code, io } = await rollup([folder, '-o', out, '--json']);
    expect(code).toBe(1);
    const json = JSON.parse(io.lines.join('\n')) as RollupJson;
    expect(json.units).toHaveLength(6);
    expect(json.skipped.map((s) => path.basename(s.file)).sort()).toEqual(['bang-luong.xlsx', 'hong.xlsx']);
    const reason = (f: string) => json.skipped.find((s) => s.file.endsWith(f))!.message;
    expect(reason('hong.xlsx')).toMatch(/không phải tệp Excel \.xlsx hợp lệ/);
    expect(reason('bang-luong.xlsx')).toMatch(/không có bảng lĩnh vực nào/);
    expect(io.errors.filter((l) => l.startsWith('Bỏ qua'))).toHaveLength(2);

    // The shape the issue asks for; index is a percent number.
    const u = json.units[0];
    expect(Object.keys(u)).toEqual(
      expect.arrayContaining(['file', 'name', 'points', 'maxPoints', 'index', 'rank', 'group', 'rating', 'areas']),
    );
    expect(u.index).toBeCloseTo((u.points / u.maxPoints) * 100, 1);
    expect(u.areas.map((a) => Object.keys(a))).toEqual(u.areas.map(() => ['code', 'points', 'maxPoints']));
    expect(u.areas.reduce((s, a) => s + a.points, 0)).toBeCloseTo(u.points, 3);

    // Ties: unit 2 and unit 5 have the same entries, so the same rank; the next rank skips one.
    const byName = new Map(json.units.map((x) => [x.name, x]));
    expect(byName.get('Đơn vị thử 002')!.rank).toBe(byName.get('Đơn vị thử 005')!.rank);
    const ranks = json.units.map((x) => x.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const tied = byName.get('Đơn vị thử 002')!.rank;
    const after = json.units.find((x) => x.rank > tied)!;
    if (after) expect(after.rank).toBe(tied + 2);

    // The same unit twice: both rows kept and flagged.
    const copies = json.units.filter((x) => x.name === 'Đơn vị thử 001');
    expect(copies).toHaveLength(2);
    expect(copies.every((x) => x.duplicateOf.length === 1)).toBe(true);
  }, 60_000);

  it('a ranking written into the units’ own folder is not read back as a unit on the next run', async () => {
    const own = await unitsFolder('cung-thu-muc');
    const first = await rollup([own, '-o', own + path.sep, '--json']);
    expect(first.code).toBe(0);
    const units = (JSON.parse(first.io.lines.join('\n')) as RollupJson).units.length;
    expect(existsSync(path.join(own, 'xep-hang.xlsx'))).toBe(true);
    // Not overwritten without --force; with it, the same units and no skipped file.
    expect((await rollup([own, '-o', own])).code).toBe(2);
    const again = await rollup([own, '-o', own, '--force', '--json']);
    expect(again.code).toBe(0);
    const json = JSON.parse(again.io.lines.join('\n')) as RollupJson;
    expect(json.units).toHaveLength(units);
    expect(json.skipped).toEqual([]);
    // A ranking named as an input file is still refused.
    const named = await rollup([path.join(own, 'xep-hang.xlsx'), '-o', own, '--force']);
    expect(named.code).toBe(2);
    expect(named.io.errors.join('\n')).toContain(ROLLUP_TEXT.outputIsInput(path.join(own, 'xep-hang.xlsx')));
  }, 60_000);

  it('writes one row per unit with the listed columns, and a column chart of the distribution', async () => {
    const out = path.join(dir(), 'xep-hang-2.xlsx');
    const { code } = await rollup([folder, '-o', out]);
    expect(code).toBe(1);
    const wb = await openXlsx(out);
    const ws = wb.getWorksheet(ROLLUP_TEXT.sheetRanking)!;
    const h = ROLLUP_TEXT.headers;
    const header = (ws.getRow(3).values as unknown[]).slice(1);
    expect(header.slice(0, 9)).toEqual([
      h.stt,
      h.unit,
      h.selfPoints,
      h.appraisedPoints,
      h.maxPoints,
      h.index,
      h.rank,
      h.group,
      h.rating,
    ]);
    expect(header.slice(9, 16)).toEqual(['1', '2', '3', '4', '5', '6', '7'].map(h.area));
    const rows = [4, 5, 6, 7, 8, 9].map((r) => ws.getRow(r));
    expect(rows.map((r) => r.getCell(1).value)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(ws.getRow(10).getCell(2).value).toBeNull();
    for (const r of rows) {
      expect(String(r.getCell(7).value)).toMatch(/^\d\/6$/);
      expect(r.getCell(6).numFmt).toBe('0.00%');
      expect(Number(r.getCell(6).value)).toBeCloseTo(Number(r.getCell(3).value) / Number(r.getCell(5).value), 4);
    }

    // The chart: its parts are linked and its cached values are the distribution the Thống kê tab lists.
    const zip = await JSZip.loadAsync(await fs.readFile(out));
    const chart = await zip.file('xl/charts/chart1.xml')!.async('string');
    const types = await zip.file('[Content_Types].xml')!.async('string');
    expect(types).toContain('/xl/charts/chart1.xml');
    expect(types).toContain('/xl/drawings/drawing1.xml');
    expect(await zip.file('xl/drawings/_rels/drawing1.xml.rels')!.async('string')).toContain('../charts/chart1.xml');
    const counts = wb.getWorksheet(ROLLUP_TEXT.sheetCounts)!;
    const sheetRels = Object.keys(zip.files).filter((f) => /xl\/worksheets\/_rels\/sheet\d+\.xml\.rels$/.test(f));
    const withDrawing = [];
    for (const f of sheetRels)
      if ((await zip.file(f)!.async('string')).includes('../drawings/drawing1.xml')) withDrawing.push(f);
    expect(withDrawing).toEqual([`xl/worksheets/_rels/sheet${counts.id}.xml.rels`]);
    expect(await zip.file(`xl/worksheets/sheet${counts.id}.xml`)!.async('string')).toMatch(
      /<drawing r:id="rIdChart1"\/><\/worksheet>|<drawing r:id="rIdChart1"\/>/,
    );
    const cached = [...chart.matchAll(/<c:numCache>.*?<\/c:numCache>/gs)][0][0];
    const values = [...cached.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => Number(m[1]));
    const listed: number[] = [];
    for (let r = 2; counts.getCell(r, 2).value !== null && typeof counts.getCell(r, 2).value === 'number'; r++)
      listed.push(Number(counts.getCell(r, 2).value));
    expect(values).toEqual(listed);
    expect(values.reduce((s, v) => s + v, 0)).toBe(6);
    const { units } = await collectUnits(
      (await fs.readdir(folder)).filter((f) => f.startsWith('don-vi')).map((f) => path.join(folder, f)),
    );
    expect(values).toEqual(distribution(rankUnits(units)).map((b) => b.count));
  }, 60_000);

  it('writes the announcement with the ranking table, counts, highest and lowest units', async () => {
    const out = path.join(dir(), 'xep-hang-3.xlsx');
    const report = path.join(dir(), 'cong-bo.docx');
    const { code, io } = await rollup([folder, '-o', out, '--report', report]);
    expect(code).toBe(1);
    expect(io.lines).toContain(ROLLUP_TEXT.written(report));
    const text = (await mammoth.extractRawText({ path: report })).value;
    expect(text).toContain('THÔNG BÁO');
    expect(text).toContain('SỞ NỘI VỤ');
    expect(text).toContain(ROLLUP_TEXT.subject('2023'));
    for (let i = 1; i <= 5; i++) expect(text).toContain(`Đơn vị thử 00${i}`);
    expect(text).toMatch(/Đơn vị có Chỉ số cao nhất: .+ \(\d+,\d\d%\)/);
    expect(text).toMatch(/Đơn vị có Chỉ số thấp nhất: .+ \(\d+,\d\d%\)/);
    expect(text).toContain(ROLLUP_TEXT.sectionCounts);
    expect(text).toMatch(/Trùng đơn vị “Đơn vị thử 001”/);
    const d = vietnamDateOf(new Date());
    expect(text).toContain(formatDecreeDate(d.year, d.month, d.day));
    expect(text).toContain('UBND TỈNH HẢI DƯƠNG');
  }, 60_000);

  it('exits 0 when every file is read, and 2 when nothing is usable (writing nothing)', async () => {
    const good = await unitsFolder('tot');
    const ok = await rollup([
      path.join(good, 'don-vi-1.xlsx'),
      path.join(good, 'don-vi-2.xlsx'),
      '-o',
      path.join(dir(), 'ok.xlsx'),
    ]);
    expect(ok.code).toBe(0);
    expect(ok.io.lines[0]).toBe(ROLLUP_TEXT.summaryLine(2, 0));

    const bad = path.join(dir(), 'hong');
    mkdirSync(bad);
    await addBadFiles(bad);
    const none = await rollup([bad, '-o', path.join(dir(), 'none.xlsx')]);
    expect(none.code).toBe(2);
    expect(none.io.errors.at(-1)).toBe('Lỗi: ' + ROLLUP_TEXT.nothingUsable);
    expect(existsSync(path.join(dir(), 'none.xlsx'))).toBe(false);
  }, 60_000);

  it('bad usage exits 2 with a Vietnamese message: no -o, an existing output, an empty folder (built CLI)', async () => {
    const empty = path.join(dir(), 'rong');
    mkdirSync(empty);
    const noOutput = runCliChild(['rollup', folder], dir());
    expect(noOutput.status).toBe(2);
    expect(noOutput.stderr).toContain(ROLLUP_TEXT.outputRequired);
    await fs.writeFile(path.join(dir(), 'co-san.xlsx'), 'x');
    const exists = await rollup([folder, '-o', path.join(dir(), 'co-san.xlsx')]);
    expect(exists.code).toBe(2);
    expect(exists.io.errors[0]).toMatch(/đã có.*--force/);
    const noFiles = await rollup([empty, '-o', path.join(dir(), 'x.xlsx')]);
    expect(noFiles.code).toBe(2);
    expect(noFiles.io.errors[0]).toContain(ROLLUP_TEXT.noInputFiles(empty));
  }, 60_000);
});
