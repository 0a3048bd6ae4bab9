/**
 * Uploading evidence from the sidebar (real Chromium, dist/Sidebar.html, 300 px): the form asks for the
 * criteria only when opened, checks the limits before reading or sending anything, sends the files as
 * base64 and shows the links; the limit and the permission messages are shown in Vietnamese.
 */
import type { Page } from 'playwright-core';
import { DEFAULT_CATALOGUE } from '../../src/core/catalog/defaultCatalogue';
import { MAX_FILE_BYTES } from '../../src/core/evidence/upload';
import { scoreWorkbook } from '../../src/core/pipeline';
import { sampleGrids } from '../../src/core/sample/caoAn2023';
import { UPLOAD_TEXT as T, UPLOAD_UI_TEXT as U } from '../../src/core/text';
import { buildDashboard } from '../../src/sheets/dashboard';
import type { UploadRequest, UploadResultView, UploadTargetView } from '../../src/ui/contract';
import {
  callsOf,
  ok,
  openSidebar,
  Outcome,
  overflowing,
  respond,
  screenshot,
  useSidebarPage,
  waitForCalls,
} from './browser';

declare const document: any;

const GRANT_URL = 'https://script.google.com/macros/d/example/authorize';

let page: Page;
useSidebarPage((opened) => ({ page } = opened));

const dashboard = () =>
  buildDashboard(scoreWorkbook(sampleGrids()), { scoredAt: null, previousRun: null, reportEnabled: true });

const target: UploadTargetView = {
  criteria: DEFAULT_CATALOGUE.areas
    .filter((a) => !a.role)
    .flatMap((a) => a.criteria.map((c) => ({ code: c.code, title: c.title, areaCode: a.code }))),
  active: '1.2',
  activeNote: '',
};

async function openUpload(): Promise<void> {
  await openSidebar(page, ok(dashboard()));
  await page.locator('#upload summary').click();
  await respond(page, 'sidebarUploadTarget', ok(target));
  await page.waitForFunction(() => !document.querySelector('#upload-send').disabled);
}

/** Chooses `files` in the open upload form and presses send. */
async function sendFiles(files: { name: string; mimeType: string; buffer: Buffer }[]): Promise<void> {
  await page.locator('#upload-files').setInputFiles(files);
  await page.locator('#upload-send').click();
}

/** The server's answer when Drive access was declined, with `link` to grant it. */
const permissionRefused = (link: { url: string; label: string }): Outcome => ({
  value: { ok: false, message: T.permission, hint: T.permissionHint, link },
});

/** The upload box fits in the 300 px sidebar; then test-output/`name` shows it. */
async function expectFitsAndShoot(name: string): Promise<void> {
  await expect(overflowing(page, '#upload')).resolves.toEqual([]);
  await page.locator('#upload').scrollIntoViewIfNeeded();
  await screenshot(page, name);
}

describe('uploading evidence from the sidebar', () => {
  it('does not ask the server for criteria until the form is opened; then selects the active row', async () => {
    await openSidebar(page, ok(dashboard()));
    await expect(callsOf(page, 'sidebarUploadTarget')).resolves.toEqual([]);
    await page.locator('#upload summary').click();
    await respond(page, 'sidebarUploadTarget', ok(target));
    await page.waitForFunction(() => document.querySelector('#upload-criterion').value === '1.2');
    await expect(page.locator('#upload-criterion option').count()).resolves.toBe(target.criteria.length + 1);
  });

  it('sends the chosen files as base64 with the criterion and shows each file with its link', async () => {
    await openUpload();
    await sendFiles([
      { name: 'Kế hoạch CCHC 2023.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 kế hoạch') },
      { name: 'Ảnh hiện trường.jpg', mimeType: 'image/jpeg', buffer: Buffer.from([0xff, 0xd8, 0xff, 0x00, 0x10]) },
    ]);
    await waitForCalls(page, 'sidebarUploadEvidence');
    const [[request]] = (await callsOf(page, 'sidebarUploadEvidence')) as [[UploadRequest]];
    expect(request.code).toBe('1.2');
    expect(request.files.map((f) => [f.name, Buffer.from(f.base64, 'base64')])).toEqual([
      ['Kế hoạch CCHC 2023.pdf', Buffer.from('%PDF-1.4 kế hoạch')],
      ['Ảnh hiện trường.jpg', Buffer.from([0xff, 0xd8, 0xff, 0x00, 0x10])],
    ]);
    await expect(page.locator('#upload-send').isDisabled()).resolves.toBe(true);

    const cell = '1. Công tác chỉ đạo, điều hành CCHC!L6';
    const answer: UploadResultView = {
      code: '1.2',
      cell,
      folderUrl: 'https://drive.google.com/drive/folders/f3',
      files: [
        { name: 'Kế hoạch CCHC 2023.pdf', url: 'https://drive.google.com/file/d/a1/view', ok: true, message: '' },
        { name: 'Ảnh hiện trường.jpg', url: 'https://drive.google.com/file/d/a2/view', ok: true, message: '' },
      ],
      linked: true,
      logged: true,
      message: T.uploaded(2, cell),
      hint: '',
    };
    await respond(page, 'sidebarUploadEvidence', ok(answer));
    await expect(page.locator('.upload-box.done .upload-title').textContent()).resolves.toBe(T.uploaded(2, cell));
    await expect(page.locator('.upload-files a').evaluateAll((as: any[]) => as.map((a) => a.href))).resolves.toEqual([
      'https://drive.google.com/file/d/a1/view',
      'https://drive.google.com/file/d/a2/view',
    ]);
    await expect(page.locator('.upload-folder a').textContent()).resolves.toBe(U.openFolder);
    await expectFitsAndShoot('sidebar-upload.png');
  });

  it('refuses a file over the limit before reading or sending it, with the Vietnamese message', async () => {
    await openUpload();
    // Made in the page (handing 11 MB over the DevTools protocol is slow); the input sees a real File.
    await page.evaluate(
      (size: number) => {
        const transfer = new (globalThis as any).DataTransfer();
        transfer.items.add(new (globalThis as any).File([new Uint8Array(size)], 'Bản quét hồ sơ.pdf'));
        document.querySelector('#upload-files').files = transfer.files;
      },
      MAX_FILE_BYTES + 1024 * 1024,
    );
    await page.locator('#upload-send').click();
    await expect(page.locator('.upload-box.error .upload-title').textContent()).resolves.toBe(
      T.fileTooLarge('Bản quét hồ sơ.pdf', '11 MB', '10 MB'),
    );
    await expect(page.locator('.upload-box.error .hint').textContent()).resolves.toBe(T.fileTooLargeHint);
    await expect(callsOf(page, 'sidebarUploadEvidence')).resolves.toEqual([]);
    await expectFitsAndShoot('sidebar-upload-limit.png');
  });

  it('without a criterion or a file, says what is missing; a file of another kind is refused', async () => {
    await openUpload();
    await page.selectOption('#upload-criterion', '');
    await page.locator('#upload-send').click();
    await expect(page.locator('.upload-box.error .upload-title').textContent()).resolves.toBe(T.noCriterion);
    await page.selectOption('#upload-criterion', '2.1');
    await page.locator('#upload-send').click();
    await expect(page.locator('.upload-box.error .upload-title').textContent()).resolves.toBe(T.noFiles);
    await sendFiles([{ name: 'setup.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ') }]);
    await expect(page.locator('.upload-box.error .upload-title').textContent()).resolves.toBe(T.badType('setup.exe'));
    await expect(callsOf(page, 'sidebarUploadEvidence')).resolves.toEqual([]);
  });

  it('a link that is not http(s) is never shown', async () => {
    await openUpload();
    await sendFiles([{ name: 'a.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF') }]);
    await respond(page, 'sidebarUploadEvidence', permissionRefused({ url: 'javascript:alert(1)', label: 'x' }));
    await expect(page.locator('.upload-box.error .upload-title').textContent()).resolves.toBe(T.permission);
    await expect(page.locator('.upload-box.error .upload-grant').count()).resolves.toBe(0);
  });

  it('shows which permission to grant and how when Drive was declined', async () => {
    await openUpload();
    await sendFiles([
      { name: 'Quyết định.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK docx') },
    ]);
    await respond(page, 'sidebarUploadEvidence', permissionRefused({ url: GRANT_URL, label: T.permissionLink }));
    await expect(page.locator('.upload-box.error .upload-title').textContent()).resolves.toBe(T.permission);
    await expect(page.locator('.upload-box.error .hint').textContent()).resolves.toBe(T.permissionHint);
    // Google's page to grant the declined permission, opened in a new tab.
    const grant = page.locator('.upload-box.error .upload-grant a');
    await expect(grant.textContent()).resolves.toBe(T.permissionLink);
    await expect(grant.getAttribute('href')).resolves.toBe(GRANT_URL);
    await expect(grant.getAttribute('target')).resolves.toBe('_blank');
    // The rest of the sidebar is untouched: no global error banner.
    await expect(page.locator('.banner-slot').innerHTML()).resolves.toBe('');
    await expectFitsAndShoot('sidebar-upload-permission.png');
  });

  it('a file on Drive whose link could not reach the cell is shown as a warning, with its link to paste', async () => {
    await openUpload();
    await sendFiles([{ name: 'Báo cáo.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF') }]);
    const cell = '1. Công tác chỉ đạo, điều hành CCHC!L6';
    await respond(
      page,
      'sidebarUploadEvidence',
      ok({
        code: '1.2',
        cell,
        folderUrl: 'https://drive.google.com/drive/folders/f3',
        files: [{ name: 'Báo cáo.pdf', url: 'https://drive.google.com/file/d/a9/view', ok: true, message: '' }],
        linked: false,
        logged: true,
        message: T.notLinked(1, cell),
        hint: T.notLinkedHint,
      } satisfies UploadResultView),
    );
    await expect(page.locator('.upload-box.warning .upload-title').textContent()).resolves.toBe(T.notLinked(1, cell));
    await expect(page.locator('.upload-files a').getAttribute('href')).resolves.toBe(
      'https://drive.google.com/file/d/a9/view',
    );
  });
});
