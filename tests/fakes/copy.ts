/**
 * File → Make a copy, on the fakes: the copy has the same tabs with their values, formulas and number
 * formats — and, with `cellSettings`, their data validation, notes and conditional format rules — but a
 * new bound script (new script id), a new owner (whoever copied it), empty Document and Script
 * properties, no protection and no chart. Sheets' reference does not list what a copy keeps; the tests
 * run setup on both kinds of copy.
 */
import { installFakeGlobals, type FakeGas } from './index';
import type { FakeEnvOptions } from './core';

type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;
type ColourRule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

export interface CopiedTab {
  name: string;
  values: unknown[][];
  formulas: string[][];
  formats: string[][];
  validations: (DataValidation | null)[][];
  notes: string[][];
  colourRules: ColourRule[];
}

/** What a copy of `gas`'s spreadsheet would carry, read without counting calls. */
export function captureSpreadsheet(gas: FakeGas): CopiedTab[] {
  return gas.spreadsheet.fakeSheets().map((s) =>
    gas.inspect(() => {
      const range = s.getDataRange();
      return {
        name: s.fakeName,
        values: s.fakeValues() as unknown[][],
        formulas: range.getFormulas(),
        formats: range.getNumberFormats(),
        validations: range.getDataValidations(),
        notes: range.getNotes(),
        colourRules: s.getConditionalFormatRules(),
      };
    }),
  );
}

/** Installs the copy as the active spreadsheet (globals replaced, as installFakeGlobals does). */
export function installCopy(
  tabs: CopiedTab[],
  options: FakeEnvOptions & { ownerEmail: string },
  cellSettings: boolean,
): FakeGas {
  const g = installFakeGlobals(globalThis, { sheetNames: tabs.map((t) => t.name), ...options });
  g.scriptApp.scriptId = `${g.scriptApp.scriptId}-ban-sao`;
  g.inspect(() => {
    for (const t of tabs) {
      if (t.values.length === 0) continue;
      const sheet = g.spreadsheet.fakeSheet(t.name);
      const range = sheet.getRange(1, 1, t.values.length, t.values[0].length);
      range.setNumberFormats(t.formats);
      range.setValues(t.values as (string | number)[][]);
      t.formulas.forEach((row, i) => row.forEach((f, j) => f && range.getCell(i + 1, j + 1).setFormula(f)));
      if (!cellSettings) continue;
      range.setDataValidations(t.validations.map((row) => row.map((v) => v?.copy().build() ?? null)));
      range.setNotes(t.notes);
      sheet.setConditionalFormatRules(
        t.colourRules.map((r) =>
          r
            .copy()
            .setRanges(r.getRanges().map((x) => sheet.getRange(x.getA1Notation())))
            .build(),
        ),
      );
    }
  });
  return g;
}
