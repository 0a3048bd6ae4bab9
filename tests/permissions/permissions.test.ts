/**
 * Who may edit what after setup, asked the way Sheets decides it: Range.canEdit() as each user, on
 * the fakes whose protections refuse a write by a non-editor. The office (who runs setup) is not the
 * owner here, so the owner's own rights cannot hide a missing editor. Plus the manifest: the exact
 * OAuth scopes, @OnlyCurrentDoc in the source and in the built Code.js, and no service call in the
 * bundle that these scopes would not cover.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { GLOBAL_SERVICES, scopeOf, type FakeGas } from '../fakes';
import {
  ASSIGNMENT_COLUMNS,
  ASSIGNMENT_ROWS,
  AREA_ROWS,
  AREA_WIDTH,
  roleSpan,
  type ColumnRole,
  TAB_NAMES,
} from '../../src/core/layout';
import { DEFAULT_CATALOGUE } from '../../src/core/catalog/defaultCatalogue';
import { SAMPLE_ASSIGNMENTS } from '../../src/core/sample/caoAn2023';
import { SERVER_TEXT, SETUP_TEXT } from '../../src/core/text';
import { menuComputeScores, onEdit, sidebarComputeScores } from '../../src/main';
import { areaTabs, chooseProtectionMode, OFFICE, setup } from '../sheets/helpers';
import { sampleWorkbook } from '../robustness/sampleWorkbook';

const ROOT = path.resolve(__dirname, '..', '..');
const OWNER = 'chu.tich@caoan.example';
const STRANGER = 'nguoi.ngoai@example.com';

/** Officials per area, as Phân công lists them ("a@x, b@x"). */
type Assignments = Record<string, string[]>;
const fromSample = (): Assignments =>
  Object.fromEntries(
    Object.entries(SAMPLE_ASSIGNMENTS).map(([code, a]) => [
      code,
      a.emails.split(',').map((e) => e.trim().toLowerCase()),
    ]),
  );
const everyone = (a: Assignments) => [...new Set(Object.values(a).flat())];

let gas: FakeGas;
let started: FakeGas | undefined;
afterEach(() => {
  // Only a fake this test started: the manifest tests start none (and may run alone under -t).
  if (gas !== started) gas.uninstall();
  started = gas;
});

function canEdit(
  user: string,
  sheetName: string,
  row: number,
  column: number,
  numRows: number,
  numColumns: number,
): boolean {
  const sheet = gas.spreadsheet.fakeSheet(sheetName);
  return gas.runAs(
    `probe ${user}`,
    () => gas.inspect(() => sheet.getRange(row, column, numRows, numColumns).canEdit()),
    { user },
  );
}

/** Every user who may edit a block. */
function editors(
  users: string[],
  sheetName: string,
  row: number,
  column: number,
  numRows: number,
  numColumns: number,
): string[] {
  return users.filter((u) => canEdit(u, sheetName, row, column, numRows, numColumns)).sort();
}

/** The rows of an area tab below its header, and a role's columns. */
function block(tab: { name: string; headerRow: number }, role: ColumnRole): [string, number, number, number, number] {
  const span = roleSpan(role);
  const rows = gas.spreadsheet.fakeSheet(tab.name).getMaxRows() - tab.headerRow;
  return [tab.name, tab.headerRow + 1, span.first, rows, span.count];
}

function areaCodeOf(tabName: string): string {
  return DEFAULT_CATALOGUE.areas.find((a) => a.tabName === tabName)!.code;
}

/**
 * Who may write the computed cells, Tổng hợp and Nhật ký: every listed official by default, none in
 * "Chỉ văn phòng".
 */
function expectProtections(assigned: Assignments, resultWriters: 'officials' | 'office' = 'officials'): void {
  const all = resultWriters === 'officials' ? everyone(assigned) : [];
  const users = [OWNER, OFFICE, STRANGER, ...everyone(assigned)];
  const office = [OFFICE, OWNER].sort();
  const officeAnd = (list: string[]) => [...new Set([...office, ...list])].sort();
  const tabs = areaTabs(gas);
  expect(tabs).toHaveLength(DEFAULT_CATALOGUE.areas.length);
  for (const tab of tabs) {
    const area = areaCodeOf(tab.name);
    // Each area's inputs: its officials from Phân công, and the office.
    expect([tab.name, editors(users, ...block(tab, 'input'))]).toEqual([tab.name, officeAnd(assigned[area])]);
    // Computed cells: the office and every listed official (Tính điểm runs as whoever presses it).
    expect([tab.name, editors(users, ...block(tab, 'computed'))]).toEqual([tab.name, officeAnd(all)]);
    // Catalogue, appraisal and the title/header rows: the office only.
    expect([tab.name, editors(users, ...block(tab, 'catalogue'))]).toEqual([tab.name, office]);
    expect([tab.name, editors(users, ...block(tab, 'appraisal'))]).toEqual([tab.name, office]);
    expect([tab.name, editors(users, tab.name, 1, 1, AREA_ROWS.header, AREA_WIDTH)]).toEqual([tab.name, office]);
  }
  for (const name of [TAB_NAMES.info, TAB_NAMES.assignments])
    expect([name, editors(users, name, 1, 1, 5, 3)]).toEqual([name, office]);
  for (const name of [TAB_NAMES.summary, TAB_NAMES.log])
    expect([name, editors(users, name, 1, 1, 5, 3)]).toEqual([name, officeAnd(all)]);
}

function setAssignments(assigned: Assignments): void {
  const s = gas.spreadsheet.fakeSheet(TAB_NAMES.assignments);
  const emails = ASSIGNMENT_COLUMNS.findIndex((c) => c.key === 'emails') + 1;
  s.fakeValues().forEach((row, i) => {
    if (i + 1 >= ASSIGNMENT_ROWS.firstData) s.fakeSeed([[assigned[String(row[0])].join(', ')]], i + 1, emails);
  });
}

describe('after setup with Phân công filled', () => {
  beforeEach(() => {
    gas = sampleWorkbook({ ownerEmail: OWNER }, true);
  });

  it('each area’s inputs are editable only by its officials and the office; computed and catalogue cells are protected', () => {
    expectProtections(fromSample());
  });

  it('an official typing into another area’s inputs is refused by Sheets', () => {
    const tab = areaTabs(gas).find((t) => areaCodeOf(t.name) === '6')!;
    const official = fromSample()['2'][0];
    expect(fromSample()['6']).not.toContain(official);
    const sheet = gas.spreadsheet.fakeSheet(tab.name);
    const input = roleSpan('input');
    expect(() =>
      gas.runAs('typing', () => sheet.getRange(tab.headerRow + 2, input.first).setValue(5), { user: official }),
    ).toThrow(/protected cell/);
  });

  it('Tính điểm by an editor missing from Phân công: the protected-cell message, nothing written', () => {
    gas.writes.reset();
    // The service's English error goes to the execution log only.
    const log = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const answer = gas.runAs('stranger', () => sidebarComputeScores(), { user: STRANGER });
    expect(log).toHaveBeenCalledTimes(1);
    log.mockRestore();
    expect(answer).toEqual({ ok: false, message: SERVER_TEXT.protectedCell, hint: SERVER_TEXT.protectedCellHint });
    expect(gas.writes.all()).toEqual([]);
    // The same by a listed official works.
    expect(gas.runAs('official', () => sidebarComputeScores(), { user: fromSample()['7'][0] }).ok).toBe(true);
  });
});

describe('a change in Phân công followed by setup', () => {
  it('updates the protections: a removed official loses edit rights, a new one gains them', () => {
    gas = sampleWorkbook({ ownerEmail: OWNER }, true);
    const before = fromSample();
    const removed = before['6'][0]; // taichinh: listed for area 6 only
    const moved = before['2'][0]; // tuphap: leaves area 2, stays in area 3
    const added = 'moi.congchuc@caoan.example';
    const after: Assignments = { ...before, '2': [added], '6': [before['7'][0]] };
    expect(everyone(after)).not.toContain(removed);
    expect(after['3']).toContain(moved);

    setAssignments(after);
    setup(gas);
    expectProtections(after);

    const tab2 = areaTabs(gas).find((t) => areaCodeOf(t.name) === '2')!;
    expect(canEdit(moved, ...block(tab2, 'input'))).toBe(false);
    expect(canEdit(added, ...block(tab2, 'input'))).toBe(true);
    const tab6 = areaTabs(gas).find((t) => areaCodeOf(t.name) === '6')!;
    expect(canEdit(removed, ...block(tab6, 'input'))).toBe(false);
    expect(canEdit(removed, ...block(tab6, 'computed'))).toBe(false);
  });
});

describe('the protection mode the office picks in Thông tin chung', () => {
  beforeEach(() => {
    gas = sampleWorkbook({ ownerEmail: OWNER }, true);
  });
  const official = () => fromSample()['3'][0];
  const tab3 = () => areaTabs(gas).find((t) => areaCodeOf(t.name) === '3')!;

  it('"Chỉ văn phòng": computed cells, Tổng hợp and Nhật ký become the office’s alone; inputs stay with their officials', () => {
    const result = setup(gas, DEFAULT_CATALOGUE, 'office');
    expect(result.notes).toContain(SETUP_TEXT.officeOnly);
    expectProtections(fromSample(), 'office');
  });

  it('"Chỉ văn phòng": an official’s Tính điểm shows the results with a notice and writes no cell; the office’s run writes', () => {
    setup(gas, DEFAULT_CATALOGUE, 'office');
    const logRows = () => gas.spreadsheet.fakeSheet(TAB_NAMES.log).fakeValues().length;
    const rowsBefore = logRows();
    gas.writes.reset();
    const seen = gas.runAs('official', () => sidebarComputeScores(), { user: official() });
    if (!seen.ok) throw new Error(seen.message);
    expect(seen.data.notice).toBe(SERVER_TEXT.resultsNotWritten);
    gas.runAs('official menu', () => menuComputeScores(), { user: official() });
    expect(gas.ui.alerts[gas.ui.alerts.length - 1].prompt).toContain(SERVER_TEXT.resultsNotWritten);
    expect(gas.writes.all()).toEqual([]);
    expect(logRows()).toBe(rowsBefore);

    const written = sidebarComputeScores(); // the owner: the office
    if (!written.ok) throw new Error(written.message);
    expect(written.data.notice).toBe('');
    expect(written.data.index).toEqual(seen.data.index);
    expect(gas.writes.all().length).toBeGreaterThan(0);
    expect(logRows()).toBe(rowsBefore + 1);
  });

  it('"Chỉ văn phòng": an official’s typing is kept; the live check cannot write and never throws', () => {
    setup(gas, DEFAULT_CATALOGUE, 'office');
    const { sheet: s, headerRow } = tab3();
    const r = s.fakeValues().findIndex((row, i) => i >= headerRow && row[0] === '3.5') + 1;
    const a = roleSpan('input').first;
    const log = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    gas.runAs('typing', () => s.getRange(r, a).setValue(1300), { user: official() });
    const event = gas.editEvent(s, r, a);
    gas.writes.reset();
    expect(() => gas.runAs('onEdit', () => onEdit(event), { user: official() })).not.toThrow();
    expect(log).toHaveBeenCalledTimes(1);
    log.mockRestore();
    expect(gas.writes.all()).toEqual([]);
    expect(s.fakeValues()[r - 1][a - 1]).toBe(1300);
  });

  it('"Chỉ cảnh báo": every protection only warns, so anyone may edit (after a warning)', () => {
    const result = setup(gas, DEFAULT_CATALOGUE, 'warning');
    expect(result.notes).toContain(SETUP_TEXT.warningOnly);
    const all = gas.spreadsheet
      .fakeSheets()
      .flatMap((x) => [
        ...x.getProtections(SpreadsheetApp.ProtectionType.RANGE),
        ...x.getProtections(SpreadsheetApp.ProtectionType.SHEET),
      ]);
    expect(all.length).toBeGreaterThan(10);
    expect(all.every((p) => p.isWarningOnly())).toBe(true);
    for (const role of ['input', 'computed', 'catalogue'] as const)
      expect(canEdit(STRANGER, ...block(tab3(), role))).toBe(true);
  });

  it('back to blank is the default again; a text outside the list is reported and the default applies', () => {
    setup(gas, DEFAULT_CATALOGUE, 'office');
    chooseProtectionMode(gas, '');
    expect(setup(gas).notes).not.toContain(SETUP_TEXT.officeOnly);
    expectProtections(fromSample());
    chooseProtectionMode(gas, 'chặt chẽ');
    const notes = setup(gas).notes;
    expect(notes).toContain(SETUP_TEXT.protectionModeUnknown('chặt chẽ', SETUP_TEXT.protectionModes.shared));
    expectProtections(fromSample());
    // The office's text is kept as typed.
    const info = gas.spreadsheet.fakeSheet(TAB_NAMES.info).fakeValues();
    expect(info.some((row) => row[1] === 'chặt chẽ')).toBe(true);
  });
});

describe('the manifest and the bundle', () => {
  const SCOPES = [
    'https://www.googleapis.com/auth/spreadsheets.currentonly',
    'https://www.googleapis.com/auth/script.container.ui',
    'https://www.googleapis.com/auth/documents',
    'https://www.googleapis.com/auth/userinfo.email',
    // Evidence uploads: only the files and folders the add-on creates, never the whole Drive.
    'https://www.googleapis.com/auth/drive.file',
  ];

  it('appsscript.json asks for exactly the minimal scopes, and dist/ carries the same manifest', () => {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'appsscript.json'), 'utf8'));
    expect(manifest.oauthScopes).toEqual(SCOPES);
    expect(manifest.timeZone).toBe('Asia/Ho_Chi_Minh');
    expect(manifest.runtimeVersion).toBe('V8');
    // Web deployments would widen what the project may reach; the advanced services are Drive v3,
    // used with drive.file only, and Docs v1 (the documents scope, already asked for DocumentApp).
    expect(manifest.dependencies).toEqual({
      enabledAdvancedServices: [
        { userSymbol: 'Drive', serviceId: 'drive', version: 'v3' },
        { userSymbol: 'Docs', serviceId: 'docs', version: 'v1' },
      ],
    });
    expect(manifest.oauthScopes).not.toContain('https://www.googleapis.com/auth/drive');
    expect(manifest.webapp).toBeUndefined();
    expect(manifest.executionApi).toBeUndefined();
    const dist = path.join(ROOT, 'dist', 'appsscript.json');
    if (!existsSync(dist)) throw new Error('dist/appsscript.json is missing: run "npm run build" (npm test does)');
    expect(JSON.parse(readFileSync(dist, 'utf8'))).toEqual(manifest);
  });

  it('@OnlyCurrentDoc is at the top of src/main.ts and of the built dist/Code.js', () => {
    expect(readFileSync(path.join(ROOT, 'src', 'main.ts'), 'utf8').split('\n')[0]).toBe('/** @OnlyCurrentDoc */');
    const code = path.join(ROOT, 'dist', 'Code.js');
    if (!existsSync(code)) throw new Error('dist/Code.js is missing: run "npm run build" (npm test does)');
    expect(readFileSync(code, 'utf8').split('\n')[0]).toBe('/** @OnlyCurrentDoc */');
  });

  it('the bundle calls no service these scopes do not cover (read against the fakes’ scope table)', () => {
    const code = readFileSync(path.join(ROOT, 'dist', 'Code.js'), 'utf8');
    const services = Object.keys(GLOBAL_SERVICES).join('|');
    const calls = new Set(code.match(new RegExp(`\\b(?:${services})\\.[a-z][A-Za-z]*`, 'g')) ?? []);
    expect(calls.size).toBeGreaterThan(5);
    const uncovered = [...calls].filter((c) => {
      const [service, method] = c.split('.');
      const scope = scopeOf(`${GLOBAL_SERVICES[service]}.${method}`);
      return scope === undefined || (scope !== null && !SCOPES.includes(scope));
    });
    expect(uncovered).toEqual([]);
  });

  it('the bundle reaches Drive only through the advanced service’s Files, covered by drive.file; never DriveApp', () => {
    const code = readFileSync(path.join(ROOT, 'dist', 'Code.js'), 'utf8');
    expect(code).not.toMatch(/\bDriveApp\b/);
    // The service is passed around as a value (`drive.Files.create(…)`): any `.Files.<method>(` call.
    const calls = new Set([...code.matchAll(/\.Files\.([a-z][A-Za-z]*)\(/g)].map((m) => m[1]));
    expect([...calls].sort()).toEqual(['create', 'get', 'list']);
    const uncovered = [...calls].filter((method) => {
      const scope = scopeOf(`Drive_v3.Drive.V3.Collection.FilesCollection.${method}`);
      return scope === undefined || scope === null || !SCOPES.includes(scope);
    });
    expect(uncovered).toEqual([]);
  });

  it('the bundle reaches the Docs API only through Documents.get and batchUpdate, covered by documents', () => {
    const code = readFileSync(path.join(ROOT, 'dist', 'Code.js'), 'utf8');
    const calls = new Set([...code.matchAll(/\.Documents\.([a-z][A-Za-z]*)\(/g)].map((m) => m[1]));
    expect([...calls].sort()).toEqual(['batchUpdate', 'get']);
    for (const method of calls)
      expect(scopeOf(`Docs.Collection.DocumentsCollection.${method}`)).toBe(
        'https://www.googleapis.com/auth/documents',
      );
  });
});
