/**
 * A commune gets the add-on with File → Make a copy of the template (and makes a copy again each year).
 * The copy has the tabs and what was typed in them, but a new bound script (new script id, nobody has
 * authorised it yet), a new owner (whoever copied it) and empty Document and Script properties: no
 * stored dashboard, catalogue, chart id or lock state. Simulated strictly: only cell values, formulas
 * and number formats are carried over (no validations, protections or charts) — to show that setup,
 * Tính điểm and the report still work in the copy and that nothing typed is lost — and, where setup's
 * cost is concerned, with the cell settings too (validations, notes, colour rules), as Sheets' own
 * duplicate of a file keeps them; protections are never carried over.
 */
import { type FakeGas } from '../fakes';
import { captureSpreadsheet, installCopy, type CopiedTab } from '../fakes/copy';
import type { CatalogueSpec } from '../../src/core/catalog/types';
import { DEFAULT_CATALOGUE } from '../../src/core/catalog/defaultCatalogue';
import { AREA_WIDTH, TAB_NAMES } from '../../src/core/layout';
import { scoreWorkbook } from '../../src/core/pipeline';
import { SAMPLE_ENTRIES, SAMPLE_INFO } from '../../src/core/sample/caoAn2023';
import { MENU_TEXT, SERVER_TEXT, SETUP_TEXT } from '../../src/core/text';
import type { WorkbookGrids } from '../../src/core/workbook';
import {
  menuComputeScores,
  menuCreateReport,
  menuSetupWorkbook,
  onOpen,
  sidebarComputeScores,
  sidebarGetDashboard,
} from '../../src/main';
import { fillEntries, fillInfo, inputCells, install, rowOf, setup, sheet, writesToInputs } from './helpers';

const COPIER = 'vanphong.xamoi@example.gov.vn';
const lastAlert = (g: FakeGas) => g.ui.alerts[g.ui.alerts.length - 1];

let gas: FakeGas | undefined;
afterEach(() => gas?.uninstall());

/** The catalogue with one criterion renamed, as a province's import would change it. */
function provinceCatalogue(): CatalogueSpec {
  const spec = structuredClone(DEFAULT_CATALOGUE) as CatalogueSpec;
  spec.areas[0].criteria[0].title = 'Tiêu chí do tỉnh sửa tên';
  return spec;
}

/** The template (or last year's file) as the maintainer leaves it: set up, filled, scored. */
function original(): { grids: CopiedTab[]; index: number } {
  const g = install();
  setup(g, provinceCatalogue());
  fillEntries(g, SAMPLE_ENTRIES);
  fillInfo(g, SAMPLE_INFO);
  menuComputeScores();
  const grids = captureSpreadsheet(g);
  const index = scoreWorkbook({ tabs: grids } as WorkbookGrids).index.points;
  g.uninstall();
  return { grids, index };
}

/** File → Make a copy (tests/fakes/copy.ts), by the office of a new commune. */
function makeCopy(grids: CopiedTab[], options: Parameters<typeof install>[0] = {}, cellSettings = false): FakeGas {
  const g = installCopy(grids, { ownerEmail: COPIER, spreadsheetId: 'ban-sao', ...options }, cellSettings);
  g.scriptApp.scriptId = 'script-cua-ban-sao';
  return g;
}

describe('a copy of the spreadsheet', () => {
  it('opens with the CCHC menu before anyone has authorised its new script', () => {
    const { grids } = original();
    gas = makeCopy(grids, { grantedScopes: [] });
    gas.env.authMode = 'LIMITED';
    onOpen({ authMode: gas.scriptApp.AuthMode.LIMITED } as GoogleAppsScript.Events.SheetsOnOpen);
    expect(gas.ui.menus.map((m) => m.caption)).toEqual([MENU_TEXT.menuTitle]);
    expect(gas.scriptApp.getScriptId()).toBe('script-cua-ban-sao');
    expect(PropertiesService.getDocumentProperties().getKeys()).toEqual([]);
  });

  it('Tính điểm with empty properties gives the original’s index, keeps every entry and appends to Nhật ký', () => {
    const { grids, index } = original();
    gas = makeCopy(grids);
    const before = inputCells(gas);
    const logRows = sheet(gas, TAB_NAMES.log).fakeValues().length;
    const stored = sidebarGetDashboard();
    expect(stored.ok && stored.data.index).toBeNull(); // nothing stored yet: "not scored", no failure
    const answer = sidebarComputeScores();
    expect(answer.ok).toBe(true);
    expect(answer.ok && answer.data.index!.points).toBe(index / 1000);
    expect(inputCells(gas)).toEqual(before);
    expect(writesToInputs(gas)).toEqual([]);
    expect(sheet(gas, TAB_NAMES.log).fakeValues().length).toBe(logRows + 1);
    expect(sheet(gas, TAB_NAMES.log).fakeValues()[logRows][1]).toBe(COPIER);
  });

  it('setup in the copy keeps the sheet’s own catalogue (no stored one) and every entry, and protects again', () => {
    const { grids } = original();
    gas = makeCopy(grids);
    const before = inputCells(gas);
    menuSetupWorkbook();
    expect(lastAlert(gas).title).toBe(SETUP_TEXT.doneTitle);
    expect(inputCells(gas)).toEqual(before);
    expect(writesToInputs(gas)).toEqual([]);
    const area1 = gas.spreadsheet.fakeSheets().find((s) => s.fakeName === DEFAULT_CATALOGUE.areas[0].tabName)!;
    const code = DEFAULT_CATALOGUE.areas[0].criteria[0].code;
    expect(area1.fakeValues()[rowOf(area1, code) - 1]).toContain('Tiêu chí do tỉnh sửa tên');
    // The copier is the new owner and office: Thông tin chung is protected for them.
    const info = gas.spreadsheet.getSheetByName(TAB_NAMES.info)!.getProtections(SpreadsheetApp.ProtectionType.SHEET);
    expect(info.some((p) => p.canEdit() && !p.isWarningOnly())).toBe(true);
  });

  it('setup’s first run in a copy that kept its cell settings protects every tab for the new office and redoes nothing else', () => {
    const { grids } = original();
    gas = makeCopy(grids, {}, true);
    const before = inputCells(gas);
    gas.calls.reset();
    menuSetupWorkbook();
    expect(lastAlert(gas).title).toBe(SETUP_TEXT.doneTitle);
    expect(inputCells(gas)).toEqual(before);
    // The record of cell settings came with the file, and a drop-down of setup's shows they did too.
    expect(gas.calls.count('Range.setDataValidations') + gas.calls.count('Range.setDataValidation')).toBe(0);
    expect(gas.calls.count('Sheet.setConditionalFormatRules')).toBe(0);
    // Every tab protected again, for the copier.
    const ours = gas.spreadsheet
      .fakeSheets()
      .filter((s) => s.getProtections(SpreadsheetApp.ProtectionType.SHEET).length > 0);
    expect(ours.length).toBe(gas.spreadsheet.fakeSheets().length - 1); // the starting tab is not ours
    expect(gas.calls.total()).toBeLessThanOrEqual(170);
    // The validations are those of the original.
    const area1 = sheet(gas, DEFAULT_CATALOGUE.areas[0].tabName);
    const r = rowOf(area1, '1.1.1');
    expect(area1.getRange(r, 1, 1, AREA_WIDTH).getDataValidations()[0].filter(Boolean).length).toBeGreaterThan(0);
  });

  it('in a copy that lost its cell settings, setup’s first run applies them again', () => {
    const { grids } = original();
    gas = makeCopy(grids);
    menuSetupWorkbook();
    const area1 = sheet(gas, DEFAULT_CATALOGUE.areas[0].tabName);
    const r = rowOf(area1, '1.1.1');
    const copied = grids.find((t) => t.name === area1.fakeName)!;
    const expected = copied.validations[r - 1].map((v) => (v ? String(v.getCriteriaType()) : null));
    const got = area1
      .getRange(r, 1, 1, expected.length)
      .getDataValidations()[0]
      .map((v) => (v ? String(v.getCriteriaType()) : null));
    expect(got).toEqual(expected);
    expect(expected.filter(Boolean).length).toBeGreaterThan(0);
  });

  it('the report is created in the copy (the copier’s Drive), from the copy’s own data', () => {
    const { grids } = original();
    gas = makeCopy(grids);
    menuComputeScores();
    menuCreateReport();
    expect(lastAlert(gas).title).toBe(SERVER_TEXT.reportCreatedTitle);
    expect(gas.documentApp.documents).toHaveLength(1);
  });
});
