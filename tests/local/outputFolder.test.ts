/**
 * One rule for -o across the CLI: an existing folder (or a path ending in a separator, created on
 * write) receives the command's default file name; the no-overwrite rule applies to that file.
 * Every command that writes a file is run, and what it wrote is read back.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseCatalogueJson } from '../../src/core/catalog/schema';
import { TAB_NAMES } from '../../src/core/layout';
import { CYCLE_CLI_TEXT, EVIDENCE_INDEX_TEXT, localMsg, ROLLUP_OFFLINE_TEXT } from '../../src/core/text';
import { runCli } from '../../src/local/cli';
import { scoreFile } from '../../src/local/commands/score';
import { writeSampleWorkbook } from '../../src/local/commands/template';
import { EXIT } from '../../src/local/errors';
import { docxText, openXlsx, recordingIo, runCliChild, tempDir } from './helpers';

const dir = tempDir();
const file = (...parts: string[]) => path.join(dir(), ...parts);
const CATALOGUE_TABLE = path.join(__dirname, 'fixtures', 'bo-tieu-chi-tinh.docx');

async function cli(...argv: string[]) {
  const io = recordingIo();
  const code = await runCli(argv, io, {});
  return { code, io };
}

const tabsOf = async (f: string) => (await openXlsx(f)).worksheets.map((w) => w.name);
const yearOf = async (f: string) => (await scoreFile(f)).result.info.year;

interface Case {
  /** Also the name of the case's own folder under the temp folder. */
  name: string;
  argv: (sample: string, out: string) => string[];
  /** What lands in the folder; a second run is refused on the first. */
  written: string[];
  /** Asserts the file is the command's real output, read back. */
  read: (f: string, name: string) => Promise<void>;
}

const docxOfSample = async (f: string) => expect(await docxText(f)).toContain('Cao An');

const CASES: Case[] = [
  {
    name: 'template',
    argv: (_s, out) => ['template', '-o', out],
    written: ['bang-theo-doi-cchc.xlsx'],
    read: async (f) => expect(await tabsOf(f)).toEqual(expect.arrayContaining([TAB_NAMES.info, TAB_NAMES.summary])),
  },
  {
    name: 'template-sample',
    argv: (_s, out) => ['template', '--sample', '-o', out],
    written: ['cao-an-2023-mau.xlsx'],
    read: async (f) => expect(await yearOf(f)).toBe(2023),
  },
  {
    name: 'score',
    argv: (s, out) => ['score', s, '-o', out],
    written: ['cao-an-2023-da-cham.xlsx'],
    read: async (f) =>
      expect((await scoreFile(f)).result.index).toEqual((await scoreFile(file('cao-an-2023.xlsx'))).result.index),
  },
  {
    name: 'report',
    argv: (s, out) => ['report', s, '-o', out],
    written: ['cao-an-2023-bao-cao-tong-ket.docx'],
    read: docxOfSample,
  },
  {
    name: 'report-h1',
    argv: (s, out) => ['report', s, '--period', 'h1', '-o', out],
    written: ['cao-an-2023-bao-cao-6-thang.docx'],
    read: docxOfSample,
  },
  {
    name: 'inspection-report',
    argv: (s, out) => ['inspection-report', s, '-o', out],
    written: ['cao-an-2023-bao-cao-tu-kiem-tra.docx'],
    read: docxOfSample,
  },
  {
    name: 'new-year',
    argv: (s, out) => ['new-year', s, '-o', out],
    written: ['cao-an-2024.xlsx'],
    read: async (f) => expect(await yearOf(f)).toBe(2024),
  },
  {
    name: 'export-table',
    argv: (s, out) => ['export-table', s, '-o', out],
    written: ['cao-an-2023-bang-tu-danh-gia.xlsx'],
    read: async (f) => expect(await tabsOf(f)).toEqual([CYCLE_CLI_TEXT.tableSheetName]),
  },
  {
    name: 'evidence-index',
    argv: (s, out) => ['evidence-index', s, '-o', out],
    written: ['cao-an-2023-ho-so-minh-chung.xlsx'],
    read: async (f) => expect(await tabsOf(f)).toEqual([EVIDENCE_INDEX_TEXT.sheetName]),
  },
  {
    name: 'catalogue-export',
    argv: (_s, out) => ['catalogue', 'export', '-o', out],
    written: ['bo-tieu-chi.json'],
    read: async (f) => expect(parseCatalogueJson(readFileSync(f, 'utf8')).spec?.areas.length).toBeGreaterThan(0),
  },
  {
    name: 'catalogue-import',
    argv: (_s, out) => ['catalogue', 'import', CATALOGUE_TABLE, '-o', out],
    written: ['bo-tieu-chi-tinh-bo-tieu-chi.json'],
    read: async (f) => expect(parseCatalogueJson(readFileSync(f, 'utf8')).spec?.name).toContain('1234/QĐ-UBND'),
  },
  {
    name: 'rollup',
    argv: (s, out) => ['rollup', path.dirname(s), '-o', out, '--report', out],
    written: ['xep-hang.xlsx', 'cong-bo.docx'],
    read: async (f, name) =>
      name.endsWith('.docx') ? docxOfSample(f) : expect(await tabsOf(f)).toContain(ROLLUP_OFFLINE_TEXT.sheetRanking),
  },
];

/** The sample workbook alone in its folder (rollup reads the whole folder). */
let sample = '';

beforeAll(async () => {
  mkdirSync(file('dau-vao'));
  sample = file('dau-vao', 'cao-an-2023.xlsx');
  await writeSampleWorkbook(sample);
  copyFileSync(sample, file('cao-an-2023.xlsx'));
});

describe.each(CASES)('$name -o <folder>', ({ name, argv, written, read }) => {
  it('an existing folder gets the default file name inside, readable; printed as written', async () => {
    const folder = file(name, 'co-san');
    mkdirSync(folder, { recursive: true });
    const r = await cli(...argv(sample, folder));
    expect(r.code).not.toBe(EXIT.failed);
    for (const n of written) {
      const f = path.join(folder, n);
      expect(existsSync(f)).toBe(true);
      await read(f, n);
      expect(r.io.lines.join('\n')).toContain(f);
    }
  });

  it('refuses to replace that file without --force, leaving it as it was; --force replaces it', async () => {
    const folder = file(name, 'co-san');
    const first = path.join(folder, written[0]);
    const before = readFileSync(first);
    const refused = await cli(...argv(sample, folder));
    expect(refused.code).toBe(EXIT.failed);
    expect(refused.io.errors).toEqual([localMsg.errorPrefix + localMsg.outputExists(first)]);
    expect(readFileSync(first).equals(before)).toBe(true);
    const forced = await cli(...argv(sample, folder), '--force');
    expect(forced.code).not.toBe(EXIT.failed);
    await read(first, written[0]);
  });

  it('a folder that does not exist, written with a trailing separator, is created', async () => {
    const folder = file(name, 'moi', 'con');
    expect(existsSync(path.dirname(folder))).toBe(false);
    const r = await cli(...argv(sample, folder + path.sep));
    expect(r.code).not.toBe(EXIT.failed);
    for (const n of written) await read(path.join(folder, n), n);
  });
});

describe('around the rule', () => {
  it('a failed run creates no folder', async () => {
    const fake = file('khong-phai.xlsx');
    writeFileSync(fake, 'đây không phải tệp Excel');
    const folder = file('that-bai', 'moi');
    const r = await cli('report', fake, '-o', folder + path.sep);
    expect(r.io.errors).toEqual([localMsg.errorPrefix + localMsg.notXlsx(fake)]);
    expect(existsSync(path.dirname(folder))).toBe(false);
  });

  it('a folder where the default file would go is refused, with and without --force', async () => {
    const folder = file('chan');
    const blocked = path.join(folder, 'cao-an-2023-bao-cao-tong-ket.docx');
    mkdirSync(blocked, { recursive: true });
    for (const force of [[], ['--force']]) {
      const r = await cli('report', sample, '-o', folder, ...force);
      expect(r.code).toBe(EXIT.failed);
      expect(r.io.errors).toEqual([localMsg.errorPrefix + localMsg.outputIsFolder(blocked)]);
    }
  });

  it('a file named with a trailing separator cannot hold the output: Vietnamese message, file untouched', async () => {
    const plain = file('la-tep');
    writeFileSync(plain, 'x');
    const r = await cli('export-table', sample, '-o', plain + path.sep);
    expect(r.code).toBe(EXIT.failed);
    expect(r.io.errors).toEqual([
      localMsg.errorPrefix + localMsg.outputParentIsFile(path.join(plain, 'cao-an-2023-bang-tu-danh-gia.xlsx')),
    ]);
    expect(readFileSync(plain, 'utf8')).toBe('x');
  });

  it('holds in the built CLI (dist-node/cli.js) too', async () => {
    const folder = file('dist');
    mkdirSync(folder);
    const run = runCliChild(['score', sample, '-o', folder], dir());
    expect(run.status).not.toBe(EXIT.failed);
    expect(run.stdout).toContain(path.join(folder, 'cao-an-2023-da-cham.xlsx'));
    expect(await yearOf(path.join(folder, 'cao-an-2023-da-cham.xlsx'))).toBe(2023);
  });
});
