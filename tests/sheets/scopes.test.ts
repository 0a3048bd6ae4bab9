/**
 * OAuth scopes as Apps Script applies them, on the fakes (tests/fakes/scopes.ts): a call outside the
 * manifest fails, AuthMode.LIMITED refuses what needs authorisation, and the code copes when Google
 * hides the user's e-mail (consumer accounts): the office is never refused its own actions, "Người
 * thực hiện" is filled whenever an e-mail is known, and protections keep the user who sets them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createFakeGas, METHOD_SCOPES, SCOPE, scopeOf, type FakeGas } from '../fakes';
import { TAB_NAMES, LOG_COLUMNS } from '../../src/core/layout';
import { SAMPLE_ENTRIES, SAMPLE_INFO } from '../../src/core/sample/caoAn2023';
import { CYCLE_MENU_TEXT, CYCLE_TEXT, reportText } from '../../src/core/text';
import { menuComputeScores, menuCreateReport, menuLockRound, onEdit } from '../../src/main';
import { currentUserEmail } from '../../src/sheets/session';
import { REQUIRED_SCOPES } from '../../src/sheets/scopes';
import { areaTabs, fillEntries, fillInfo, install, OFFICE, rowOf, setup, sheet } from './helpers';

const ROOT = path.resolve(__dirname, '..', '..');
const manifest = () =>
  JSON.parse(readFileSync(path.join(ROOT, 'appsscript.json'), 'utf8')) as { oauthScopes: string[] };
const TUPHAP = 'tuphap.caoan@example.gov.vn';

let gas: FakeGas;
afterEach(() => gas?.uninstall());
const lastAlert = () => gas.ui.alerts[gas.ui.alerts.length - 1];

describe('the manifest', () => {
  it('asks for userinfo.email and stays minimal: no full spreadsheets, of Drive only drive.file', () => {
    const scopes = manifest().oauthScopes;
    expect(scopes).toContain(SCOPE.userEmail);
    expect(scopes).not.toContain(SCOPE.sheets);
    expect(scopes.filter((s) => s.includes('/auth/drive'))).toEqual([SCOPE.driveFile]);
    expect([...REQUIRED_SCOPES].sort()).toEqual([...scopes].sort());
  });

  it('the scope table knows every service the fakes implement, and a listed method beats its class', () => {
    expect(scopeOf('Spreadsheet.Range.getValues')).toBe(SCOPE.sheetsCurrentOnly);
    expect(scopeOf('Spreadsheet.SpreadsheetApp.openById')).toBe(SCOPE.sheets);
    expect(scopeOf('Base.Ui.alert')).toBe(SCOPE.containerUi);
    expect(scopeOf('Base.Ui.createMenu')).toBeNull();
    expect(scopeOf('Document.Body.appendParagraph')).toBe(SCOPE.documents);
    expect(scopeOf('Base.Session.getActiveUser')).toBe(SCOPE.userEmail);
    expect(scopeOf('Gmail.GmailApp.sendEmail')).toBeUndefined();
    // DriveApp needs the full drive scope; the advanced service's Files works with drive.file.
    expect(scopeOf('Drive.DriveApp.createFile')).toBe(SCOPE.drive);
    expect(scopeOf('Drive_v3.Drive.V3.Collection.FilesCollection.create')).toBe(SCOPE.driveFile);
    expect(Object.keys(METHOD_SCOPES).length).toBeGreaterThan(10);
  });
});

describe('a call outside the manifest', () => {
  it('throws Apps Script’s permission error naming the call and the missing scope', () => {
    gas = install();
    expect(() => SpreadsheetApp.openById('abc')).toThrow(
      `Specified permissions are not sufficient to call SpreadsheetApp.openById. Required permissions: ${SCOPE.sheets}`,
    );
    // Scoped calls inside the manifest work.
    expect(SpreadsheetApp.getActiveSpreadsheet().getName()).toBeTruthy();
  });

  it('without userinfo.email every Session e-mail call throws, and the code falls back to ""', () => {
    gas = install({ oauthScopes: manifest().oauthScopes.filter((s) => s !== SCOPE.userEmail) });
    expect(() => Session.getActiveUser()).toThrow(`Required permissions: ${SCOPE.userEmail}`);
    expect(currentUserEmail()).toBe('');
  });

  it('a report without the documents scope ends in the Vietnamese permission message, never a stack trace', () => {
    gas = install({ oauthScopes: manifest().oauthScopes.filter((s) => s !== SCOPE.documents) });
    setup(gas);
    fillEntries(gas, SAMPLE_ENTRIES);
    fillInfo(gas, SAMPLE_INFO);
    menuCreateReport();
    expect(lastAlert().prompt).toContain(reportText.docsErrors.permission);
    expect(gas.documentApp.documents).toHaveLength(0);
  });

  it('a scope in the manifest the user has not granted yet: "You do not have permission to call …"', () => {
    gas = install({ grantedScopes: [SCOPE.sheetsCurrentOnly] });
    expect(() => DocumentApp.create('x')).toThrow(
      `You do not have permission to call DocumentApp.create. Required permissions: ${SCOPE.documents}`,
    );
  });
});

describe('AuthMode.LIMITED (simple triggers)', () => {
  it('refuses services that need authorisation; the bound spreadsheet and properties stay usable', () => {
    gas = install();
    gas.env.authMode = 'LIMITED';
    expect(() => DocumentApp.create('x')).toThrow(
      `You do not have permission to call DocumentApp.create. Required permissions: ${SCOPE.documents}`,
    );
    expect(() => Session.getActiveUser()).toThrow('You do not have permission to call Session.getActiveUser');
    expect(() => SpreadsheetApp.getUi().alert('x')).toThrow('You do not have permission to call Ui.alert');
    expect(SpreadsheetApp.getActiveSpreadsheet().getSheets().length).toBeGreaterThan(0);
    expect(PropertiesService.getDocumentProperties().getProperty('x')).toBeNull();
    expect(currentUserEmail()).toBe('');
  });

  it('onEdit still rescores the typed row in AuthMode.LIMITED', () => {
    gas = install();
    setup(gas);
    const tab = areaTabs(gas)[0];
    const row = rowOf(tab.sheet, '1.1');
    gas.inspect(() => tab.sheet.getRange(row, 5).setValue(1));
    const event = gas.editEvent(tab.sheet, row, 5);
    gas.env.authMode = 'LIMITED';
    gas.calls.reset();
    onEdit(event);
    expect(
      gas.calls.count('Range.setValues') +
        gas.calls.count('Range.getValues') +
        gas.calls.count('Spreadsheet.getSheetValues'),
    ).toBeGreaterThan(0);
    expect(gas.env.logs.filter((l) => l.includes('permission'))).toEqual([]);
  });
});

describe('an e-mail Google does not reveal (consumer accounts)', () => {
  function warningOnlyWorkbook(options: Parameters<typeof install>[0]): void {
    gas = install({ editorEmails: [TUPHAP], ...options });
    setup(gas, undefined, 'warning');
    fillEntries(gas, SAMPLE_ENTRIES);
    fillInfo(gas, SAMPLE_INFO);
  }

  it('"Chỉ cảnh báo": the owner, whose active e-mail is hidden, may still lock (known as the effective user)', () => {
    warningOnlyWorkbook({ activeUserEmail: '' });
    menuLockRound();
    expect(lastAlert().title).toBe(CYCLE_TEXT.lockDoneTitle);
  });

  it('"Chỉ cảnh báo": with no e-mail revealed at all the action is allowed rather than refusing the owner', () => {
    warningOnlyWorkbook({});
    // Both e-mails hidden from here on (setup ran as a known user: the fakes tell users apart by e-mail).
    gas.env.setActiveUser('');
    gas.env.options.effectiveUserEmail = '';
    expect(currentUserEmail()).toBe('');
    menuLockRound();
    expect(lastAlert().title).toBe(CYCLE_TEXT.lockDoneTitle);
  });

  it('"Chỉ cảnh báo": a known official who is not the owner is still refused', () => {
    warningOnlyWorkbook({});
    gas.runAs('tuphap', menuLockRound, { user: TUPHAP });
    expect(lastAlert().prompt).toContain(CYCLE_TEXT.notOffice(CYCLE_MENU_TEXT.lock, TUPHAP));
  });

  it('before setup the owner is not refused either', () => {
    gas = install({ activeUserEmail: '' });
    menuLockRound();
    expect(lastAlert().prompt).not.toContain(CYCLE_TEXT.notOffice(CYCLE_MENU_TEXT.lock, ''));
  });

  it('"Người thực hiện" in Nhật ký and Tổng hợp is the effective user when the active one is hidden, blank only when both are', () => {
    gas = install({ activeUserEmail: '', effectiveUserEmail: OFFICE });
    setup(gas);
    fillEntries(gas, SAMPLE_ENTRIES);
    fillInfo(gas, SAMPLE_INFO);
    menuComputeScores();
    const userCol = LOG_COLUMNS.indexOf('Người thực hiện');
    const log = sheet(gas, TAB_NAMES.log).fakeValues();
    expect(log[log.length - 1][userCol]).toBe(OFFICE);
    expect(
      sheet(gas, TAB_NAMES.summary)
        .fakeValues()
        .flat()
        .some((v) => String(v).includes(OFFICE)),
    ).toBe(true);
  });
});

describe('protections and the current user', () => {
  it('removeEditors never removes the owner or the current user (documented), and setup keeps the office as editor', () => {
    const g = createFakeGas({
      ownerEmail: 'chu.tich@caoan.example',
      activeUserEmail: OFFICE,
      effectiveUserEmail: OFFICE,
      editorEmails: [TUPHAP],
    });
    const p = g.spreadsheet.getSheets()[0].getRange('A1').protect();
    p.addEditor(TUPHAP);
    p.removeEditors(p.getEditors());
    expect(
      p
        .getEditors()
        .map((u) => u.getEmail())
        .sort(),
    ).toEqual(['chu.tich@caoan.example', OFFICE].sort());

    gas = install({ ownerEmail: 'chu.tich@caoan.example', activeUserEmail: OFFICE, effectiveUserEmail: OFFICE });
    setup(gas);
    const info = gas.spreadsheet.fakeSheet(TAB_NAMES.info).getProtections(SpreadsheetApp.ProtectionType.SHEET)[0];
    expect(info.getEditors().map((u) => u.getEmail())).toEqual(
      expect.arrayContaining([OFFICE, 'chu.tich@caoan.example']),
    );
  });
});
