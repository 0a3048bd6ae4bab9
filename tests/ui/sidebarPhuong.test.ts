/** The sidebar for the phường sample: the real scored workbook through buildDashboard, in Chromium. */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { buildDashboard } from '../../src/sheets/dashboard';
import { scoreFile } from '../../src/local/commands/score';
import { ok, openSidebar, screenshot, useSidebarPage } from './browser';

declare const document: any;

let page: Page;
useSidebarPage((opened) => ({ page } = opened));

test('phường Hòa Bình 2026: titled as a phường, index 81,57%, six areas with survey, bonus and penalty', async () => {
  const scored = await scoreFile(path.resolve(__dirname, '../../samples/phuong-hoa-binh-2026-mau.xlsx'));
  const view = buildDashboard(scored.result, {
    scoredAt: '2027-01-10T01:30:00.000Z',
    previousRun: null,
    reportEnabled: true,
  });
  expect([view.unitType, view.commune]).toEqual(['Phường', 'Hòa Bình']);
  await openSidebar(page, ok(view));
  await page.locator('.big').waitFor();
  const text = (await page.locator('#app').textContent()) ?? '';
  expect(text).toContain('Phường Hòa Bình');
  expect(text).not.toMatch(/huyện/i);
  await expect(page.locator('.big').textContent()).resolves.toBe('81,57%');
  await expect(page.locator('li.area').count()).resolves.toBe(6);
  // A role already in the title is not repeated; a regular area gets no suffix.
  expect(view.areas.map((a) => a.title)).toEqual([
    'Công tác chỉ đạo, điều hành CCHC',
    'Cải cách thủ tục hành chính và chuyển đổi số',
    'Cải cách chế độ công vụ',
    'Điều tra xã hội học',
    'Điểm thưởng',
    'Điểm trừ',
  ]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(
    true,
  );
  await screenshot(page, 'sidebar-phuong.png');
});
