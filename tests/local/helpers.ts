/** Shared helpers of the offline-shell tests: temp folders, a recording Io, the built CLI as a child process. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import type { CellValue } from '../../src/core/cells';
import { colNumber, ColumnKey } from '../../src/core/layout';
import type { Io } from '../../src/local/errors';

export const ROOT = path.resolve(__dirname, '..', '..');
export const CLI = path.join(ROOT, 'dist-node', 'cli.js');

/** A temp folder removed after the test file. */
export function tempDir(): () => string {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'cchc-local-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return () => dir;
}

export function recordingIo(): Io & { out: (l: string) => void; lines: string[]; errors: string[]; text(): string } {
  const lines: string[] = [];
  const errors: string[] = [];
  return {
    lines,
    errors,
    out: (l) => lines.push(l),
    err: (l) => errors.push(l),
    text: () => [...lines, ...errors].join('\n'),
  };
}

/** Runs dist-node/cli.js; the bundle must exist (npm test builds it first). */
export function runCliChild(
  args: string[],
  cwd: string,
  env: Record<string, string> = {},
): { status: number | null; stdout: string; stderr: string } {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "npm run build" (npm test does it before jest)`);
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, CCHC_DEBUG: '', ...env },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export async function openXlsx(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** A .docx file's text, read back with mammoth (what Word would show, without formatting). */
export async function docxText(file: string): Promise<string> {
  return (await mammoth.extractRawText({ path: file })).value;
}

/** Edits cells of an area tab, addressed by layout key, and saves to `out`. */
export async function editCells(
  file: string,
  out: string,
  edits: { sheet: string; row: number; key: ColumnKey; value: CellValue }[],
): Promise<void> {
  const wb = await openXlsx(file);
  for (const e of edits) {
    const ws = wb.getWorksheet(e.sheet);
    if (!ws) throw new Error(`no sheet ${e.sheet}`);
    ws.getCell(e.row, colNumber(e.key)).value = e.value as ExcelJS.CellValue;
  }
  await wb.xlsx.writeFile(out);
}
