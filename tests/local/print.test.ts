/**
 * The offline workbook as it prints: LibreOffice (headless) turns the .xlsx into a PDF and poppler
 * (pdfinfo, pdftotext) reads the pages. Area tabs must print on A4 landscape, one page wide (every
 * column header on every page), with the header row repeated on each page of a long tab. Before the
 * print setup, the scored sample printed as 58 portrait pages with its columns split.
 * Needs soffice, pdfinfo and pdftotext (.ci/run installs them); a missing tool fails the test.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { syntheticWorkbook } from '../../bench/synthetic';
import { catalogueToJson } from '../../src/core/catalog/schema';
import { AREA_ROWS } from '../../src/core/layout';
import { runCli } from '../../src/local/cli';
import { EXIT } from '../../src/local/errors';
import { openXlsx, recordingIo, ROOT, tempDir } from './helpers';

const dir = tempDir();
const SAMPLE = path.join(ROOT, 'samples', 'cao-an-2023-mau.xlsx');
/** A4 in PDF points (1/72 inch). */
const A4 = { long: 841.89, short: 595.28 };

function run(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 180_000 });
  if (r.error && (r.error as NodeJS.ErrnoException).code === 'ENOENT') {
    throw new Error(
      `${cmd} is not installed. Install LibreOffice Calc and poppler-utils ` +
        '(Debian: apt-get install libreoffice-calc-nogui poppler-utils; .ci/run does).',
    );
  }
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return r.stdout;
}

interface Page {
  width: number;
  height: number;
  /** The page's text with every run of white space made one space. */
  text: string;
}

/** Converts `xlsx` to PDF with LibreOffice and returns its pages, in order. */
function printPages(xlsx: string): Page[] {
  const out = path.join(dir(), path.basename(xlsx, '.xlsx'));
  // Its own LibreOffice profile: another soffice running on the machine must not lock this one out.
  run('soffice', [
    `-env:UserInstallation=file://${path.join(dir(), 'lo-profile')}`,
    '--headless',
    '--convert-to',
    'pdf',
    '--outdir',
    out,
    xlsx,
  ]);
  const pdf = path.join(out, `${path.basename(xlsx, '.xlsx')}.pdf`);
  const count = Number(/^Pages:\s+(\d+)/m.exec(run('pdfinfo', [pdf]))?.[1]);
  const sizes = [
    ...run('pdfinfo', ['-f', '1', '-l', String(count), pdf]).matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gm),
  ];
  const texts = run('pdftotext', ['-enc', 'UTF-8', pdf, '-']).split('\f');
  expect(sizes).toHaveLength(count);
  return sizes.map((m, i) => ({
    width: Number(m[1]),
    height: Number(m[2]),
    text: texts[i].replace(/\s+/g, ' ').trim(),
  }));
}

const oneLine = (v: unknown) =>
  String(v ?? '')
    .replace(/\s+/g, ' ')
    .trim();

/** The area tabs of a workbook (those with the area header row), with their title and column headers. */
async function areaTabs(xlsx: string): Promise<{ name: string; title: string; headers: string[] }[]> {
  const wb = await openXlsx(xlsx);
  return wb.worksheets
    .filter((ws) => ws.state === 'visible' && oneLine(ws.getCell(AREA_ROWS.header, 1).value) === 'Mã')
    .filter((ws) => oneLine(ws.getCell(AREA_ROWS.title, 1).value).startsWith('LĨNH VỰC'))
    .map((ws) => {
      const headers: string[] = [];
      for (let c = 1; c <= ws.columnCount; c++) {
        if (!ws.getColumn(c).hidden && ws.getCell(AREA_ROWS.header, c).value)
          headers.push(oneLine(ws.getCell(AREA_ROWS.header, c).value));
      }
      return { name: ws.name, title: oneLine(ws.getCell(AREA_ROWS.title, 1).value), headers };
    });
}

/** Pages of each area tab: a tab starts on the page holding its title and runs up to the next tab's title. */
function pagesByTab(pages: Page[], tabs: { name: string; title: string }[]): Map<string, Page[]> {
  const starts = tabs.map((t) => pages.findIndex((p) => p.text.includes(t.title)));
  expect(starts.every((s) => s >= 0)).toBe(true);
  expect([...starts].sort((a, b) => a - b)).toEqual(starts); // tabs print in their order
  return new Map(tabs.map((t, i) => [t.name, pages.slice(starts[i], i + 1 < tabs.length ? starts[i + 1] : undefined)]));
}

function expectLandscapeA4(page: Page) {
  expect([Math.round(page.width), Math.round(page.height)]).toEqual([Math.round(A4.long), Math.round(A4.short)]);
}

describe('printing the offline workbook (LibreOffice → PDF)', () => {
  it('the scored sample: each area tab on one A4 landscape page with all its columns; 10 pages in all, not 58', async () => {
    const scored = path.join(dir(), 'da-cham.xlsx');
    expect(await runCli(['score', SAMPLE, '-o', scored], recordingIo(), {})).not.toBe(EXIT.failed);
    const tabs = await areaTabs(scored);
    expect(tabs).toHaveLength(7);
    const pages = printPages(scored);
    const byTab = pagesByTab(pages, tabs);
    for (const tab of tabs) {
      const own = byTab.get(tab.name)!;
      expect({ tab: tab.name, pages: own.length }).toEqual({ tab: tab.name, pages: 1 });
      expectLandscapeA4(own[0]);
      for (const header of tab.headers)
        expect({ tab: tab.name, header, printed: own[0].text.includes(header) }).toEqual({
          tab: tab.name,
          header,
          printed: true,
        });
    }
    // Thông tin chung, Tổng hợp and Phân công take one page each, before the area tabs.
    expect(pages.length).toBe(10);
  }, 240_000);

  it('a long area tab: every page is A4 landscape, one page wide, with the header row repeated', async () => {
    const { spec } = syntheticWorkbook(1, 150, 11);
    const catalogue = path.join(dir(), 'bo-tieu-chi-dai.json');
    writeFileSync(catalogue, catalogueToJson(spec));
    const xlsx = path.join(dir(), 'bang-dai.xlsx');
    expect(await runCli(['template', '--catalogue', catalogue, '-o', xlsx], recordingIo(), {})).toBe(EXIT.ok);
    const [tab] = await areaTabs(xlsx);
    const own = pagesByTab(printPages(xlsx), [tab]).get(tab.name)!;
    expect(own.length).toBeGreaterThan(1);
    own.forEach((page, i) => {
      expectLandscapeA4(page);
      for (const header of tab.headers)
        expect({ page: i + 1, header, printed: page.text.includes(header) }).toEqual({
          page: i + 1,
          header,
          printed: true,
        });
      // The title is row 1, printed once; only the header row repeats.
      expect({ page: i + 1, title: page.text.includes(tab.title) }).toEqual({ page: i + 1, title: i === 0 });
    });
    // The last criterion is printed: the pages hold the whole tab.
    expect(own[own.length - 1].text).toContain(spec.areas[0].criteria[149].title);
  }, 240_000);
});
