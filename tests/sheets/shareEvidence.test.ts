/**
 * Sharing the evidence folder read-only (optional, office): on the fakes, with the folder the upload
 * made; off unless chosen, nothing shared without the Drive service or the drive.file permission.
 */
import { createFakeGas, fakePermissionsOf, SCOPE, type FakeGas } from '../fakes';
import { parseEmailList } from '../../src/core/evidence/sharing';
import { SAMPLE_INFO } from '../../src/core/sample/caoAn2023';
import { CYCLE_TEXT, EVIDENCE_SHARE_TEXT as T } from '../../src/core/text';
import { menuShareEvidenceFolder, sidebarGetDashboard, sidebarUploadEvidence } from '../../src/main';
import { MENU_ITEMS } from '../../src/sheets/menu';
import { fillInfo, install, setup } from './helpers';

const ROOT = 'Tài liệu kiểm chứng CCHC 2023 – Xã Cao An';
const COUNCIL = 'hoidong@noivu.example.gov.vn';
const MEMBER = 'thanhvien@noivu.example.gov.vn';
let gas: FakeGas;
afterEach(() => gas?.uninstall());

const lastAlert = () => gas.ui.alerts[gas.ui.alerts.length - 1];

function ready(options: Parameters<typeof install>[0] = {}): FakeGas {
  gas = install(options);
  setup(gas);
  fillInfo(gas, SAMPLE_INFO);
  return gas;
}

function uploadOne(): string {
  const r = sidebarUploadEvidence({
    code: '1.2',
    files: [{ name: 'bien-ban.pdf', base64: Buffer.from('biên bản').toString('base64') }],
  });
  if (!r.ok) throw new Error(r.message);
  const root = gas.driveWorld.folders().find((f) => f.name === ROOT);
  if (!root) throw new Error('no root folder');
  return root.id;
}

function share(answer: string, button: 'OK' | 'CANCEL' = 'OK'): void {
  gas.ui.queuePrompt(answer, button);
  gas.calls.reset();
  menuShareEvidenceFolder();
}

describe('parseEmailList', () => {
  it('reads commas, semicolons, lines and "Name <address>", once each, and names what is not an address', () => {
    expect(parseEmailList(`${COUNCIL}; Thành viên <${MEMBER.toUpperCase()}>\n${COUNCIL}`)).toEqual({
      emails: [COUNCIL, MEMBER],
      invalid: [],
    });
    expect(parseEmailList('a@b.vn, hoidong, x@y')).toEqual({ emails: ['a@b.vn'], invalid: ['hoidong', 'x@y'] });
    expect(parseEmailList('  ')).toEqual({ emails: [], invalid: [] });
  });
});

describe('sharing the evidence folder', () => {
  it('is an office menu item after the pack; cancelled or chosen by an official, nothing is shared', () => {
    const fns = MENU_ITEMS.map((m) => m?.fn);
    expect(fns.indexOf('menuShareEvidenceFolder')).toBe(fns.indexOf('menuEvidencePack') + 1);
    ready({ editorEmails: ['tuphap@caoan.example'] });
    const root = uploadOne();
    share(COUNCIL, 'CANCEL');
    expect(fakePermissionsOf(gas.driveWorld, root)).toEqual([]);
    expect(gas.calls.count('Drive.Permissions.*')).toBe(0);
    gas.runAs('tuphap', () => menuShareEvidenceFolder(), { user: 'tuphap@caoan.example' });
    expect(lastAlert().prompt).toContain(CYCLE_TEXT.notOffice(T.menu, 'tuphap@caoan.example'));
    expect(fakePermissionsOf(gas.driveWorld, root)).toEqual([]);
  });

  it('shares the root folder read-only with each listed address, without Drive’s notification e-mail', () => {
    ready();
    const root = uploadOne();
    share(`${COUNCIL}, ${MEMBER}; ${COUNCIL}`);
    expect(lastAlert().title).toBe(T.doneTitle);
    expect(lastAlert().prompt).toContain(`https://drive.google.com/drive/folders/${root}`);
    expect(fakePermissionsOf(gas.driveWorld, root).map((p) => [p.emailAddress, p.role, p.type, p.notified])).toEqual([
      [COUNCIL, 'reader', 'user', false],
      [MEMBER, 'reader', 'user', false],
    ]);
    expect(gas.calls.count('Drive.Permissions.create')).toBe(2);
    // Only the root: the area and criterion folders inherit it.
    for (const f of gas.driveWorld.folders().filter((x) => x.id !== root))
      expect(fakePermissionsOf(gas.driveWorld, f.id)).toEqual([]);
    // Again: the same permission, not a second one.
    share(COUNCIL);
    expect(fakePermissionsOf(gas.driveWorld, root)).toHaveLength(2);
  });

  it('refuses a list with a non-address before calling Drive, and an empty list', () => {
    ready();
    const root = uploadOne();
    share(`${COUNCIL}, hoidong`);
    expect(lastAlert().prompt).toContain(T.badEmails(['hoidong']));
    share('   ');
    expect(lastAlert().prompt).toContain(T.noEmails);
    expect(gas.calls.count('Drive.*')).toBe(0);
    expect(fakePermissionsOf(gas.driveWorld, root)).toEqual([]);
  });

  it('shares with the others when Drive refuses one address, and names it', () => {
    ready();
    const root = uploadOne();
    gas.drive!.Permissions.noGoogleAccount.add(MEMBER);
    share(`${COUNCIL}, ${MEMBER}`);
    expect(lastAlert().title).toBe(T.doneTitle);
    expect(lastAlert().prompt).toContain(T.partly([MEMBER]));
    expect(fakePermissionsOf(gas.driveWorld, root).map((p) => p.emailAddress)).toEqual([COUNCIL]);
  });

  it('granted but refused by Drive at the call: the permission message, and no one is left half-shared', () => {
    ready();
    const root = uploadOne();
    gas.drive!.Permissions.failNext.set(
      'create',
      'Insufficient Permission: Request had insufficient authentication scopes.',
    );
    share(`${COUNCIL}, ${MEMBER}`);
    expect(lastAlert().prompt).toContain(T.permission);
    expect(fakePermissionsOf(gas.driveWorld, root)).toEqual([]);
  });

  it('without a folder made by the add-on: says so, shares nothing', () => {
    ready();
    share(COUNCIL);
    expect(lastAlert().prompt).toContain(T.noFolder);
    expect(gas.calls.count('Drive.Permissions.*')).toBe(0);
  });

  it('drive.file declined: names the permission; the advanced service off: says so; the rest still works', () => {
    const granted = createFakeGas().env.options.oauthScopes.filter((s) => s !== SCOPE.driveFile);
    ready({ grantedScopes: granted });
    share(COUNCIL);
    expect(lastAlert().prompt).toContain(T.permission);
    expect(lastAlert().prompt).toContain('drive.file');
    expect(gas.driveWorld.files.size).toBe(0);
    expect(sidebarGetDashboard().ok).toBe(true);
    gas.uninstall();

    ready({ advancedServices: [] });
    share(COUNCIL);
    expect(lastAlert().prompt).toContain(T.serviceOff);
    expect(sidebarGetDashboard().ok).toBe(true);
  });

  it('a copy of the spreadsheet does not share the original’s folder (drive.file: another client, another root)', () => {
    ready();
    const root = uploadOne();
    const world = gas.driveWorld;
    gas.uninstall();
    gas = install({ driveWorld: world, driveClient: 'copy-script' });
    setup(gas);
    fillInfo(gas, SAMPLE_INFO);
    share(COUNCIL);
    expect(lastAlert().prompt).toContain(T.noFolder);
    expect(fakePermissionsOf(world, root)).toEqual([]);
  });
});
