/** Shared set-up of the yearly-cycle tests: the office's appraisal, year N+1's entries, .xlsx edits by code. */
import ExcelJS from 'exceljs';
import type { CellValue } from '../../src/core/cells';
import type { RowInput } from '../../src/core/entries';
import { colNumber, ColumnKey } from '../../src/core/layout';
import type { WorkbookResult } from '../../src/core/pipeline';
import { SAMPLE_ENTRIES } from '../../src/core/sample/caoAn2023';
import { readWorkbook, WorkbookGrids } from '../../src/core/workbook';
import { workbookGridsOf } from '../../src/local/xlsxWorkbook';

/** Points the district gave (decimal), entered by the office: three lower than the self score, one equal. */
export const APPRAISAL: Record<string, number> = { '3.5': 3, '7.2': 2, '1.2': 1.5, '1.5': 1 };

/** Year N+1: the sample's entries with some changed (areas 1 and 7 improve, area 3 falls, 2.2 gets its document). */
export const NEXT_YEAR_ENTRIES: Record<string, Partial<RowInput>> = {
  ...SAMPLE_ENTRIES,
  '1.7': { ...SAMPLE_ENTRIES['1.7'], a: 3, b: 3 },
  '7.6': { ...SAMPLE_ENTRIES['7.6'], a: 480, b: 512 },
  '3.5': { ...SAMPLE_ENTRIES['3.5'], a: 1100, b: 1242 },
  '2.2': { ...SAMPLE_ENTRIES['2.2'], evidence: 'Báo cáo số 15/BC-UBND' },
};

/** The sample's entries of the appraised criteria, with the district's points added. */
export const appraisalEntries = (): Record<string, Partial<RowInput>> =>
  Object.fromEntries(
    Object.entries(APPRAISAL).map(([code, points]) => [code, { ...SAMPLE_ENTRIES[code], appraisal: points }]),
  );

/** Codes where the district gave fewer points, from the result (not from APPRAISAL). */
export function lowerCodes(result: WorkbookResult): string[] {
  return result.criteria
    .filter((c) => c.kind !== 'group' && c.appraisal !== null && c.appraisal < c.points)
    .map((c) => c.code);
}

/** Every cell of every tab, by "tab!row,col" → value, for comparing two workbooks. */
export function cellMap(grids: WorkbookGrids): Map<string, CellValue> {
  const out = new Map<string, CellValue>();
  for (const t of grids.tabs)
    t.values.forEach((row, r) => row.forEach((v, c) => v !== '' && out.set(`${t.name}!${r + 1},${c + 1}`, v)));
  return out;
}

/** Writes entries (by criterion code and layout key) into an exceljs workbook. */
export function writeEntries(
  wb: ExcelJS.Workbook,
  entries: Record<string, Partial<Record<ColumnKey, CellValue>>>,
): void {
  const { rowOf } = readWorkbook(workbookGridsOf(wb));
  for (const [code, input] of Object.entries(entries)) {
    const place = rowOf.get(code);
    if (!place) throw new Error(`no row for ${code}`);
    const ws = wb.getWorksheet(place.sheet)!;
    for (const [key, v] of Object.entries(input) as [ColumnKey, CellValue][]) {
      if (v !== undefined) ws.getCell(place.row, colNumber(key)).value = v === '' ? null : (v as ExcelJS.CellValue);
    }
  }
}

export async function editXlsx(file: string, out: string, edit: (wb: ExcelJS.Workbook) => void): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  edit(wb);
  await wb.xlsx.writeFile(out);
}

export async function gridsOfFile(file: string): Promise<WorkbookGrids> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return workbookGridsOf(wb);
}
