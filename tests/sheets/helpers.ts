/** Shared set-up for the Sheets adapter tests: fakes installed as globals, filled workbooks, write checks. */
import { installFakeGlobals, type FakeGas, type FakeSheet, type WriteRecord } from '../fakes';
import type { CatalogueSpec } from '../../src/core/catalog/types';
import type { CellValue } from '../../src/core/cells';
import type { RowInput } from '../../src/core/entries';
import {
  AREA_COLUMNS,
  ASSIGNMENT_COLUMNS,
  ASSIGNMENT_ROWS,
  col,
  colNumber,
  INFO_FIELDS,
  TAB_NAMES,
} from '../../src/core/layout';
import type { InfoValues } from '../../src/core/template';
import { findHeaderRow } from '../../src/core/workbook';
import { runSetup, type SetupResult } from '../../src/sheets/setup/setup';
import { DEFAULT_CATALOGUE } from '../../src/core/catalog/defaultCatalogue';
import { SETUP_TEXT } from '../../src/core/text';
import type { ProtectionMode } from '../../src/sheets/protectionMode';

export const OFFICE = 'van.phong@caoan.example';

export function install(options: Parameters<typeof installFakeGlobals>[1] = {}): FakeGas {
  return installFakeGlobals(globalThis, options);
}

/**
 * Runs setup with a given catalogue (what setupWorkbook does after reading the stored one). With a
 * protection mode, as the office does it: setup (if Thông tin chung is not there yet), the mode
 * picked in Thông tin chung, setup again.
 */
export function setup(gas: FakeGas, spec: CatalogueSpec = DEFAULT_CATALOGUE, mode?: ProtectionMode): SetupResult {
  if (mode === undefined) return runSetup(gas.spreadsheet, spec, { me: OFFICE });
  if (!gas.spreadsheet.getSheetByName(TAB_NAMES.info)) runSetup(gas.spreadsheet, spec, { me: OFFICE });
  chooseProtectionMode(gas, SETUP_TEXT.protectionModes[mode]);
  return runSetup(gas.spreadsheet, spec, { me: OFFICE });
}

/** The office types (or picks) a protection mode in Thông tin chung. */
export function chooseProtectionMode(gas: FakeGas, text: string): void {
  const s = sheet(gas, TAB_NAMES.info);
  const label = INFO_FIELDS.find((f) => f.key === 'protectionMode')!.label;
  const r = s.fakeValues().findIndex((row) => row[0] === label) + 1;
  if (r === 0) throw new Error('Thông tin chung has no protection mode row');
  s.fakeSeed([[text]], r, 2);
}

export function sheet(gas: FakeGas, name: string): FakeSheet {
  return gas.spreadsheet.fakeSheet(name);
}

/** Area tabs (found by header row) with their header row. */
export function areaTabs(gas: FakeGas): { sheet: FakeSheet; name: string; headerRow: number }[] {
  return gas.spreadsheet.fakeSheets().flatMap((s) => {
    const headerRow = findHeaderRow(s.fakeValues() as CellValue[][]);
    return headerRow === null ? [] : [{ sheet: s, name: s.fakeName, headerRow }];
  });
}

/** Row (1-based) of a criterion code in an area tab, or 0. */
export function rowOf(s: FakeSheet, code: string): number {
  return s.fakeValues().findIndex((r) => String(r[col('code')]) === code) + 1;
}

/** Types officials' entries into the input cells (test set-up: not counted, not logged). */
export function fillEntries(gas: FakeGas, entries: Record<string, Partial<RowInput>>): void {
  for (const { sheet: s } of areaTabs(gas)) {
    const rows = new Map(s.fakeValues().map((row, i) => [String(row[col('code')]), i + 1]));
    for (const [code, input] of Object.entries(entries)) {
      const r = rows.get(code);
      if (!r) continue;
      for (const [key, v] of Object.entries(input) as [keyof RowInput, CellValue][]) {
        if (v !== undefined && v !== '') s.fakeSeed([[v]], r, colNumber(key));
      }
    }
  }
}

export function fillInfo(gas: FakeGas, info: InfoValues): void {
  const s = sheet(gas, TAB_NAMES.info);
  const values = s.fakeValues();
  for (const f of INFO_FIELDS) {
    const v = info[f.key];
    const r = values.findIndex((row) => row[0] === f.label) + 1;
    if (r > 0 && v !== undefined && v !== '') s.fakeSeed([[v as string | number]], r, 2);
  }
}

export function fillAssignments(gas: FakeGas, assignments: Record<string, { emails: string; names?: string }>): void {
  const s = sheet(gas, TAB_NAMES.assignments);
  const values = s.fakeValues();
  const emailsCol = ASSIGNMENT_COLUMNS.findIndex((c) => c.key === 'emails') + 1;
  values.forEach((row, i) => {
    const a = assignments[String(row[0])];
    if (i + 1 >= ASSIGNMENT_ROWS.firstData && a) s.fakeSeed([[a.emails]], i + 1, emailsCol);
  });
}

/** Every tab's values, by name. */
export function snapshot(gas: FakeGas): Record<string, unknown[][]> {
  return Object.fromEntries(gas.spreadsheet.fakeSheets().map((s) => [s.fakeName, s.fakeValues()]));
}

const OFFICIAL_ROLES = new Set(['input', 'appraisal']);

/** Content writes (values) into any input or appraisal cell of any area tab's data rows. */
export function writesToInputs(gas: FakeGas): WriteRecord[] {
  const out: WriteRecord[] = [];
  for (const { name, headerRow } of areaTabs(gas)) {
    AREA_COLUMNS.forEach((c, i) => {
      if (OFFICIAL_ROLES.has(c.role))
        out.push(...gas.writes.touching(name, { row: headerRow + 1, col: i + 1, numCols: 1 }));
    });
  }
  return out;
}

/** The input and appraisal cells of every criterion row, by "tab|code". */
export function inputCells(gas: FakeGas): Map<string, unknown[]> {
  const out = new Map<string, unknown[]>();
  for (const { sheet: s, name, headerRow } of areaTabs(gas)) {
    s.fakeValues().forEach((row, i) => {
      if (i + 1 <= headerRow || !row[0]) return;
      out.set(
        `${name}|${row[0]}`,
        AREA_COLUMNS.flatMap((c, j) => (OFFICIAL_ROLES.has(c.role) ? [row[j]] : [])),
      );
    });
  }
  return out;
}
