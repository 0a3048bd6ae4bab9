/**
 * Uploading evidence from the sidebar, on the fakes: files land in the criterion's Drive folder, their
 * names and links are appended to the evidence cell, every file is logged in "Tài liệu đã tải lên", and
 * the failures (limits, Drive, the cell, the permission) each end in a Vietnamese message with nothing
 * left inconsistent.
 */
import { createFakeGas, FakeDriveWorld, SCOPE, type FakeGas } from '../fakes';
import { evidenceText } from '../../src/core/report/evidenceLink';
import { MAX_CALL_BYTES, MAX_FILE_BYTES, MAX_FILES_PER_CALL } from '../../src/core/evidence/upload';
import { UPLOAD_LOG_TAB, uploadRowsToRecords } from '../../src/core/evidence/uploadLog';
import { colNumber, letterOf, TAB_NAMES } from '../../src/core/layout';
import { SAMPLE_INFO } from '../../src/core/sample/caoAn2023';
import { UPLOAD_TEXT as T } from '../../src/core/text';
import type { CellValue } from '../../src/core/cells';
import type { ServerResult, UploadRequest, UploadResultView } from '../../src/ui/contract';
import { sidebarGetDashboard, sidebarUploadEvidence, sidebarUploadTarget } from '../../src/main';
import { SAMPLE_ENTRIES } from '../../src/core/sample/caoAn2023';
import { msg } from '../../src/core/text';
import { recomputeRows } from '../../src/sheets/onEdit';
import { areaTabs, fillEntries, fillInfo, install, rowOf, setup, writesToInputs } from './helpers';

const ROOT = 'Tài liệu kiểm chứng CCHC 2023 – Xã Cao An';
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
const file = (name: string, content = `nội dung ${name}`) => ({ name, base64: b64(content) });
/** A base64 string decoding to at least `bytes` bytes ('A' is a valid base64 digit). */
const bigFile = (name: string, bytes: number) => ({ name, base64: 'A'.repeat(4 * Math.ceil(bytes / 3)) });

let gas: FakeGas;
afterEach(() => gas?.uninstall());

function ready(options: Parameters<typeof install>[0] = {}): FakeGas {
  gas = install(options);
  setup(gas);
  fillInfo(gas, SAMPLE_INFO);
  return gas;
}

function criterionCell(code: string): { sheetName: string; row: number; value: () => CellValue } {
  for (const t of areaTabs(gas)) {
    const row = rowOf(t.sheet, code);
    if (row > 0)
      return { sheetName: t.name, row, value: () => t.sheet.fakeValues()[row - 1][colNumber('evidence') - 1] };
  }
  throw new Error(`no row for ${code}`);
}

function upload(request: UploadRequest): ServerResult<UploadResultView> {
  gas.calls.reset();
  gas.writes.reset();
  return sidebarUploadEvidence(request);
}

function ok(result: ServerResult<UploadResultView>): UploadResultView {
  if (!result.ok) throw new Error(`upload refused: ${result.message} / ${result.hint}`);
  return result.data;
}

function logRecords() {
  const s = gas.spreadsheet.getSheetByName(UPLOAD_LOG_TAB);
  return s ? gas.inspect(() => uploadRowsToRecords(s.getDataRange().getValues() as CellValue[][])) : [];
}

describe('uploading evidence', () => {
  it('puts the file in <root>/<area>/<code>, appends "<name> – <url>" on a new line and logs it', () => {
    ready();
    const cell = criterionCell('1.1');
    const tab = areaTabs(gas).find((t) => t.name === cell.sheetName)!;
    tab.sheet.fakeSeed([['QĐ 12/QĐ-UBND ngày 05/01/2023']], cell.row, colNumber('evidence'));

    const data = ok(upload({ code: '1.1', files: [file('Kế hoạch CCHC 2023.pdf')] }));

    const docs = gas.driveWorld.documents();
    expect(docs).toHaveLength(1);
    expect(gas.driveWorld.pathOf(docs[0].id)).toMatch(
      new RegExp(`^${ROOT}/1\\. [^/]+/1\\.1/Kế hoạch CCHC 2023\\.pdf$`),
    );
    expect(docs[0].mimeType).toBe('application/pdf');
    expect(Buffer.from(docs[0].bytes).toString('utf8')).toBe('nội dung Kế hoạch CCHC 2023.pdf');

    const url = `https://drive.google.com/file/d/${docs[0].id}/view?usp=drivesdk`;
    expect(cell.value()).toBe(`QĐ 12/QĐ-UBND ngày 05/01/2023\nKế hoạch CCHC 2023.pdf – ${url}`);
    // The report reads it back: the typed document and the uploaded one, the link for a hyperlink.
    expect(evidenceText(String(cell.value()))).toEqual({
      text: 'QĐ 12/QĐ-UBND ngày 05/01/2023; Kế hoạch CCHC 2023.pdf',
      url,
    });
    expect(data).toMatchObject({ code: '1.1', linked: true, logged: true, message: T.uploaded(1, data.cell) });
    expect(data.cell).toBe(`${cell.sheetName}!${letterOf('evidence')}${cell.row}`);
    expect(data.folderUrl).toBe(`https://drive.google.com/drive/folders/${docs[0].parents[0]}`);

    const log = logRecords();
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({
      by: gas.env.options.activeUserEmail,
      areaCode: '1',
      criterionCode: '1.1',
      fileName: 'Kế hoạch CCHC 2023.pdf',
      fileId: docs[0].id,
      url,
      linked: true,
      cell: data.cell,
    });
    expect(log[0].at).toBeInstanceOf(Date);
  });

  it('uploads several files in one call: one evidence-cell write, one log write, one line per file', () => {
    ready();
    const cell = criterionCell('2.1');
    const names = ['Báo cáo.docx', 'Ảnh hiện trường.jpg', 'Số liệu.xlsx'];
    const data = ok(upload({ code: '2.1', files: names.map((n) => file(n)) }));
    expect(data.files.map((f) => [f.name, f.ok])).toEqual(names.map((n) => [n, true]));
    const lines = String(cell.value()).split('\n');
    expect(lines.map((l) => l.split(' – ')[0])).toEqual(names);
    // One write into the evidence cell, none into any other input cell (the computed cells may follow).
    expect(gas.writes.touching(cell.sheetName, { col: colNumber('evidence'), numCols: 1 })).toHaveLength(1);
    expect(writesToInputs(gas).map((w) => w.a1)).toEqual([`${letterOf('evidence')}${cell.row}`]);
    expect(gas.writes.filter({ sheet: UPLOAD_LOG_TAB, kinds: ['content'], method: 'Range.setValues' })).toHaveLength(
      2, // the header when the tab is created, then the rows in one block
    );
    expect(logRecords().map((r) => r.fileName)).toEqual(names);
    expect(gas.calls.count('Drive.Files.create')).toBe(3 + 3); // three folders, three files
  });

  it('refreshes the row’s Kiểm tra cell as onEdit would (a script’s write fires no onEdit)', () => {
    ready();
    fillEntries(gas, { '1.2': { ...SAMPLE_ENTRIES['1.2'], evidence: '' } });
    const cell = criterionCell('1.2');
    const tab = areaTabs(gas).find((t) => t.name === cell.sheetName)!;
    const before = recomputeRows([tab.sheet.fakeValues()[cell.row - 1] as CellValue[]])!;
    expect(String(before[0][2])).toContain(msg.evidenceMissing());
    ok(upload({ code: '1.2', files: [file('Báo cáo quý.pdf')] }));
    const check = String(tab.sheet.fakeValues()[cell.row - 1][colNumber('check') - 1]);
    expect(check).not.toBe('');
    expect(check).not.toContain(msg.evidenceMissing());
  });

  it('keeps what was typed exactly, even text that starts like a formula, in the plain-text column', () => {
    ready();
    const cell = criterionCell('1.1');
    const tab = areaTabs(gas).find((t) => t.name === cell.sheetName)!;
    const typed = '  - QĐ 12/QĐ-UBND;\n=dòng ghi chú ';
    gas.inspect(() => tab.sheet.getRange(cell.row, colNumber('evidence')).setValue(typed));
    expect(cell.value()).toBe(typed);
    ok(upload({ code: '1.1', files: [file('a.pdf')] }));
    expect(String(cell.value()).startsWith(`${typed.trimEnd()}\na.pdf – https://`)).toBe(true);
    expect(gas.inspect(() => tab.sheet.getRange(cell.row, colNumber('evidence')).getFormula())).toBe('');
  });

  it('outside a plain-text cell, text that starts like a formula is written with an apostrophe', () => {
    ready();
    const cell = criterionCell('1.1');
    const tab = areaTabs(gas).find((t) => t.name === cell.sheetName)!;
    gas.inspect(() => {
      const r = tab.sheet.getRange(cell.row, colNumber('evidence'));
      r.setNumberFormat('General');
      r.setValue("'=QĐ ghi nhầm dấu bằng");
    });
    expect(cell.value()).toBe('=QĐ ghi nhầm dấu bằng');
    ok(upload({ code: '1.1', files: [file('a.pdf')] }));
    expect(String(cell.value()).startsWith('=QĐ ghi nhầm dấu bằng\na.pdf – https://')).toBe(true);
    expect(gas.inspect(() => tab.sheet.getRange(cell.row, colNumber('evidence')).getFormula())).toBe('');
  });

  it('reuses the folders on the next run: one get, no search, no new folder', () => {
    ready();
    ok(upload({ code: '1.1', files: [file('a.pdf')] }));
    const folders = gas.driveWorld.folders().length;
    expect(folders).toBe(3);
    ok(upload({ code: '1.1', files: [file('b.pdf')] }));
    expect(gas.driveWorld.folders()).toHaveLength(folders);
    expect(gas.calls.count('Drive.Files.get')).toBe(1);
    expect(gas.calls.count('Drive.Files.list')).toBe(0);
    expect(gas.calls.count('Drive.Files.create')).toBe(1);
    // Another criterion of the same area adds only its own folder.
    ok(upload({ code: '1.2', files: [file('c.pdf')] }));
    expect(gas.driveWorld.folders()).toHaveLength(folders + 1);
    const paths = gas.driveWorld.documents().map((d) => gas.driveWorld.pathOf(d.id).split('/').slice(0, 2).join('/'));
    expect(new Set(paths).size).toBe(1);
  });

  it('finds its folders again when the document properties are lost', () => {
    ready();
    ok(upload({ code: '1.1', files: [file('a.pdf')] }));
    gas.propertiesService.documentStore.clear();
    ok(upload({ code: '1.1', files: [file('b.pdf')] }));
    expect(gas.driveWorld.folders()).toHaveLength(3);
    expect(new Set(gas.driveWorld.documents().map((d) => d.parents[0])).size).toBe(1);
  });

  it('a trashed criterion folder is replaced inside the same area; a trashed root gets a new tree', () => {
    ready();
    ok(upload({ code: '1.1', files: [file('a.pdf')] }));
    const first = gas.driveWorld.documents()[0];
    const leaf = first.parents[0];
    const area = gas.driveWorld.files.get(leaf)!.parents[0];
    gas.driveWorld.trash(leaf);
    ok(upload({ code: '1.1', files: [file('b.pdf')] }));
    const second = gas.driveWorld.documents().find((d) => d.name === 'b.pdf')!;
    expect(second.parents[0]).not.toBe(leaf);
    expect(gas.driveWorld.files.get(second.parents[0])!.parents[0]).toBe(area);

    const root = gas.driveWorld.files.get(area)!.parents[0];
    gas.driveWorld.trash(root);
    ok(upload({ code: '1.1', files: [file('c.pdf')] }));
    const third = gas.driveWorld.documents().find((d) => d.name === 'c.pdf')!;
    expect(gas.driveWorld.isTrashed(third.id)).toBe(false);
    expect(gas.driveWorld.pathOf(third.id).startsWith(`${ROOT}/`)).toBe(true);
    expect(gas.driveWorld.folders().filter((f) => f.name === ROOT)).toHaveLength(2);
  });

  it('a deleted folder (stored id now unknown to Drive) is recreated', () => {
    ready();
    ok(upload({ code: '1.1', files: [file('a.pdf')] }));
    for (const f of gas.driveWorld.folders()) gas.driveWorld.deleteForever(f.id);
    ok(upload({ code: '1.1', files: [file('b.pdf')] }));
    const b = gas.driveWorld.documents().find((d) => d.name === 'b.pdf')!;
    expect(gas.driveWorld.pathOf(b.id)).toMatch(new RegExp(`^${ROOT}/1\\. [^/]+/1\\.1/b\\.pdf$`));
  });
});

describe('a copy of the spreadsheet (File → Make a copy)', () => {
  /** The original uploads once, then the copy (same user's Drive, other id, empty properties) uploads. */
  function original(world: FakeDriveWorld): void {
    ready({ driveWorld: world, spreadsheetId: 'original-id', driveClient: 'original-script' });
    ok(upload({ code: '1.1', files: [file('gốc.pdf')] }));
    gas.uninstall();
  }

  it('a bound script’s copy (another OAuth client: drive.file hides the original’s folders) builds its own', () => {
    const world = new FakeDriveWorld();
    original(world);
    ready({ driveWorld: world, spreadsheetId: 'copy-id', driveClient: 'copy-script' });
    expect([...gas.propertiesService.documentStore.keys()].filter((k) => k.startsWith('evidenceFolder:'))).toEqual([]);
    ok(upload({ code: '1.1', files: [file('bản sao.pdf')] }));
    const copy = world.documents().find((d) => d.name === 'bản sao.pdf')!;
    const orig = world.documents().find((d) => d.name === 'gốc.pdf')!;
    expect(world.pathOf(copy.id).split('/')[0]).toBe(ROOT);
    expect(copy.parents[0]).not.toBe(orig.parents[0]);
    expect(world.folders()).toHaveLength(6);
  });

  it('an add-on’s copy (same client sees the original’s folders, properties came along) still builds its own', () => {
    const world = new FakeDriveWorld();
    original(world);
    const props = new Map(
      world.folders().map((f) => [`evidenceFolder:${world.pathOf(f.id)}`, f.id] as [string, string]),
    );
    ready({ driveWorld: world, spreadsheetId: 'copy-id', driveClient: 'original-script' });
    for (const [k, v] of props) gas.propertiesService.documentStore.set(k, v);
    ok(upload({ code: '1.1', files: [file('bản sao.pdf')] }));
    const copy = world.documents().find((d) => d.name === 'bản sao.pdf')!;
    const orig = world.documents().find((d) => d.name === 'gốc.pdf')!;
    expect(copy.parents[0]).not.toBe(orig.parents[0]);
    const rootOf = (id: string) => world.pathOf(id) && world.files.get(world.files.get(id)!.parents[0])!.parents[0];
    expect(rootOf(copy.parents[0])).not.toBe(rootOf(orig.parents[0]));
  });
});

describe('limits, checked before anything is sent to Drive', () => {
  const refused = (request: UploadRequest) => {
    const r = upload(request);
    expect(r.ok).toBe(false);
    expect(gas.driveWorld.files.size).toBe(0);
    expect(gas.writes.length).toBe(0);
    return r as { ok: false; message: string; hint?: string };
  };

  it('a file over the per-file limit', () => {
    ready();
    const r = refused({ code: '1.1', files: [bigFile('Quét.pdf', MAX_FILE_BYTES + 1)] });
    expect(r.message).toBe(T.fileTooLarge('Quét.pdf', '10 MB', '10 MB'));
    expect(r.hint).toBe(T.fileTooLargeHint);
  });

  it('files together over the per-call limit, too many files, a file that is not evidence', () => {
    ready();
    const half = Math.floor(MAX_FILE_BYTES * 0.9);
    const n = Math.ceil(MAX_CALL_BYTES / half) + 1;
    expect(refused({ code: '1.1', files: Array.from({ length: n }, (_, i) => bigFile(`${i}.pdf`, half)) }).hint).toBe(
      T.callTooLargeHint,
    );
    expect(
      refused({ code: '1.1', files: Array.from({ length: MAX_FILES_PER_CALL + 1 }, (_, i) => file(`${i}.pdf`)) })
        .message,
    ).toBe(T.tooManyFiles(MAX_FILES_PER_CALL + 1, MAX_FILES_PER_CALL));
    expect(refused({ code: '1.1', files: [file('cài đặt.exe')] }).message).toBe(T.badType('cài đặt.exe'));
    expect(refused({ code: '1.1', files: [] }).message).toBe(T.noFiles);
    expect(refused({ code: '', files: [file('a.pdf')] }).message).toBe(T.noCriterion);
    expect(refused({ code: '9.9.9', files: [file('a.pdf')] }).message).toBe(T.unknownCriterion('9.9.9'));
    expect(refused({ files: 'x' } as unknown as UploadRequest).message).toBe(T.badRequest);
  });
});

describe('failures leave nothing inconsistent', () => {
  it('Drive refusing the file: nothing written, the message says to try again', () => {
    ready();
    const cell = criterionCell('1.1');
    gas.drive!.Files.failNext.set('create', 'Internal Error');
    // The first create is the root folder: folder failure, no file sent.
    const r = upload({ code: '1.1', files: [file('a.pdf')] });
    expect(r).toEqual({ ok: false, message: T.folderFailed, hint: T.folderFailedHint });
    expect(cell.value()).toBe('');
    expect(gas.spreadsheet.getSheetByName(UPLOAD_LOG_TAB)).toBeNull();
  });

  it('one of two files failing on Drive: the other is linked and logged, the failed one is named', () => {
    ready();
    ok(upload({ code: '1.1', files: [file('đầu.pdf')] })); // folders exist now
    const cell = criterionCell('1.1');
    const before = String(cell.value());
    gas.drive!.Files.failNext.set('create', 'Rate Limit Exceeded');
    const data = ok(upload({ code: '1.1', files: [file('a.pdf'), file('b.pdf')] }));
    expect(data.files).toEqual([
      { name: 'a.pdf', url: '', ok: false, message: T.driveFailed },
      expect.objectContaining({ name: 'b.pdf', ok: true }),
    ]);
    expect(data.message).toBe(T.partlyUploaded(1, 1, data.cell));
    expect(String(cell.value()).split('\n')).toHaveLength(2);
    expect(String(cell.value()).startsWith(`${before}\nb.pdf – `)).toBe(true);
    expect(logRecords().map((r) => r.fileName)).toEqual(['đầu.pdf', 'b.pdf']);
  });

  it('every file failing: a clear refusal, no cell or log write', () => {
    ready();
    ok(upload({ code: '1.1', files: [file('đầu.pdf')] }));
    gas.drive!.Files.failNext.set('create', 'Backend Error');
    const r = upload({ code: '1.1', files: [file('a.pdf')] });
    expect(r).toEqual({ ok: false, message: T.allFailed, hint: T.driveFailed });
    expect(gas.writes.length).toBe(0);
  });

  it('the cell cannot take the link (a formula there): the file is on Drive and logged as not linked', () => {
    ready();
    const cell = criterionCell('1.1');
    const tab = areaTabs(gas).find((t) => t.name === cell.sheetName)!;
    gas.inspect(() => tab.sheet.getRange(cell.row, colNumber('evidence')).setFormula('=HYPERLINK("x","y")'));
    const data = ok(upload({ code: '1.1', files: [file('a.pdf')] }));
    expect(data.linked).toBe(false);
    expect(data.logged).toBe(true);
    expect(data.message).toBe(T.notLinked(1, data.cell));
    expect(data.hint).toBe(T.notLinkedHint);
    expect(gas.inspect(() => tab.sheet.getRange(cell.row, colNumber('evidence')).getFormula())).toBe(
      '=HYPERLINK("x","y")',
    );
    expect(gas.driveWorld.documents()).toHaveLength(1);
    expect(logRecords()).toEqual([expect.objectContaining({ fileName: 'a.pdf', linked: false, cell: data.cell })]);
  });

  it('a protected evidence cell (an official not allowed there): logged as not linked for the office', () => {
    ready({ editorEmails: ['ai.do@caoan.example'] });
    const cell = criterionCell('1.1');
    const tab = areaTabs(gas).find((t) => t.name === cell.sheetName)!;
    gas.inspect(() => {
      const p = tab.sheet.getRange(cell.row, colNumber('evidence')).protect();
      p.removeEditors(p.getEditors());
    });
    gas.env.setActiveUser('ai.do@caoan.example');
    const data = ok(upload({ code: '1.1', files: [file('a.pdf')] }));
    expect(data.linked).toBe(false);
    expect(cell.value()).toBe('');
    expect(logRecords()).toEqual([expect.objectContaining({ by: 'ai.do@caoan.example', linked: false })]);
  });

  it('someone else holding the document lock: the files are on Drive and their links are returned to paste', () => {
    ready();
    const cell = criterionCell('1.1');
    gas.runAs('other', () => LockService.getDocumentLock().tryLock(0));
    const waits: number[] = [];
    gas.locks.onContention = (info) => waits.push(info.timeoutMs);
    const data = ok(upload({ code: '1.1', files: [file('a.pdf')] }));
    // The files are already on Drive: it waits longer than an action that has done nothing yet.
    expect(waits).toEqual([30000]);
    expect(data).toMatchObject({ linked: false, logged: false, hint: T.notLogged });
    expect(data.files[0].url).toBe(
      `https://drive.google.com/file/d/${gas.driveWorld.documents()[0].id}/view?usp=drivesdk`,
    );
    expect(cell.value()).toBe('');
    gas.endExecution('other');
  });

  it('a "Tài liệu đã tải lên" tab holding something else is left alone; the cell still gets the link', () => {
    ready();
    gas.spreadsheet.fakeAddSheet(UPLOAD_LOG_TAB).fakeSeed([['Danh sách của văn phòng']]);
    const data = ok(upload({ code: '1.1', files: [file('a.pdf')] }));
    expect(data).toMatchObject({ linked: true, logged: false, hint: T.notLogged });
    expect(gas.spreadsheet.fakeSheet(UPLOAD_LOG_TAB).fakeValues()).toEqual([['Danh sách của văn phòng']]);
  });

  it('so is one with an empty A1 above the office’s own list: no header is written over it', () => {
    ready();
    const own = [
      ['', ''],
      ['', 'Danh sách của văn phòng'],
    ];
    gas.spreadsheet.fakeAddSheet(UPLOAD_LOG_TAB).fakeSeed(own);
    const data = ok(upload({ code: '1.1', files: [file('a.pdf')] }));
    expect(data).toMatchObject({ linked: true, logged: false, hint: T.notLogged });
    expect(gas.spreadsheet.fakeSheet(UPLOAD_LOG_TAB).fakeValues()).toEqual(own);
  });

  it('an empty "Tài liệu đã tải lên" tab (made by the office ahead) gets the header and the record', () => {
    ready();
    gas.spreadsheet.fakeAddSheet(UPLOAD_LOG_TAB);
    expect(ok(upload({ code: '1.1', files: [file('a.pdf')] }))).toMatchObject({ linked: true, logged: true });
    expect(logRecords()).toHaveLength(1);
  });
});

describe('the Drive permission', () => {
  it('declined on the consent screen: the upload names the permission and how to grant it; the rest works', () => {
    ready({
      grantedScopes: createFakeGas().env.options.oauthScopes.filter((s) => s !== SCOPE.driveFile),
    });
    const r = upload({ code: '1.1', files: [file('a.pdf')] });
    // With Google's page to grant it (AuthorizationInfo.getAuthorizationUrl).
    expect(r).toEqual({
      ok: false,
      message: T.permission,
      hint: T.permissionHint,
      link: {
        url: gas.inspect(() => ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL).getAuthorizationUrl()),
        label: T.permissionLink,
      },
    });
    expect(T.permissionHint).toContain('drive.file');
    expect(gas.calls.count('Drive.Files.*')).toBe(0);
    expect(gas.driveWorld.files.size).toBe(0);
    // The rest of the add-on does not need Drive.
    expect(sidebarGetDashboard().ok).toBe(true);
    expect(sidebarUploadTarget().ok).toBe(true);
  });

  it('without drive.file in the manifest, Drive.Files calls throw Apps Script’s permission error', () => {
    const oauthScopes = createFakeGas().env.options.oauthScopes.filter((s) => s !== SCOPE.driveFile);
    ready({ oauthScopes });
    expect(() => gas.drive!.Files.list({ q: 'trashed = false' })).toThrow(
      `Specified permissions are not sufficient to call Drive.Files.list. Required permissions: ${SCOPE.driveFile}`,
    );
    const r = upload({ code: '1.1', files: [file('a.pdf')] });
    expect(r).toEqual({ ok: false, message: T.permission, hint: T.permissionHint });
  });

  it('granted but refused by Drive at the call: the same message, no half-done state', () => {
    ready();
    gas.drive!.Files.failNext.set('create', 'Insufficient Permission: Request had insufficient authentication scopes.');
    const r = upload({ code: '1.1', files: [file('a.pdf')] });
    expect(r).toEqual({ ok: false, message: T.permission, hint: T.permissionHint });
    expect(gas.writes.length).toBe(0);
  });

  it('the advanced Drive service not enabled: a message for whoever installs the add-on', () => {
    ready({ advancedServices: [] });
    expect('Drive' in globalThis && (globalThis as { Drive?: unknown }).Drive).toBeFalsy();
    expect(upload({ code: '1.1', files: [file('a.pdf')] })).toEqual({
      ok: false,
      message: T.serviceOff,
      hint: T.serviceOffHint,
    });
  });
});

describe('the criterion to upload for', () => {
  it('is the active cell’s row on an area tab, else none with a note; every criterion in use is offered', () => {
    ready();
    const cell = criterionCell('2.1');
    const tab = areaTabs(gas).find((t) => t.name === cell.sheetName)!;
    gas.inspect(() => tab.sheet.getRange(cell.row, 3).activate());
    const target = sidebarUploadTarget();
    if (!target.ok) throw new Error(target.message);
    expect(target.data.active).toBe('2.1');
    expect(target.data.criteria.some((c) => c.code === '1.1' && c.areaCode === '1' && c.title)).toBe(true);

    gas.inspect(() => tab.sheet.getRange(1, 1).activate());
    const onTitle = sidebarUploadTarget();
    if (!onTitle.ok) throw new Error(onTitle.message);
    expect(onTitle.data.active).toBeNull();
    expect(onTitle.data.activeNote).toBe(T.notCriterionRow(cell.sheetName, 1));

    gas.inspect(() => gas.spreadsheet.getSheetByName(TAB_NAMES.info)!.getRange(3, 2).activate());
    const elsewhere = sidebarUploadTarget();
    expect(elsewhere.ok && elsewhere.data).toMatchObject({ active: null, activeNote: '' });
  });
});
