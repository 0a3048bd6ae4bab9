/**
 * The appraisal rounds in the sidebar (real Chromium, dist/Sidebar.html), from a view the server's own
 * buildDashboard makes of a scored workbook with lần 1, one giải trình and no final round yet.
 */
import type { Page } from 'playwright-core';
import { letterOf, TAB_NAMES } from '../../src/core/layout';
import { scoreWorkbook } from '../../src/core/pipeline';
import { sampleGrids } from '../../src/core/sample/caoAn2023';
import { PROGRESS_TEXT, SIDEBAR_TEXT as T } from '../../src/core/text';
import { buildDashboard } from '../../src/sheets/dashboard';
import type { DashboardView } from '../../src/ui/contract';
import { setCell } from '../core/helpers';
import { sampleAssignments } from '../report/helpers';
import { todayInVietnam } from '../../src/ui/sidebar/time';
import {
  autoRespond,
  callsOf,
  ok,
  openSidebar,
  overflowing,
  screenshot,
  useSidebarPage,
  waitForCalls,
} from './browser';

let page: Page;
useSidebarPage((opened) => ({ page } = opened));

function roundsDashboard(step: DashboardView['step']): DashboardView {
  const grids = sampleGrids();
  setCell(grids, '3.5', 'appraisal1', 2);
  setCell(grids, '7.2', 'appraisal1', 1);
  setCell(grids, '3.5', 'response', 'Bổ sung sổ theo dõi hồ sơ quý IV');
  const view = buildDashboard(scoreWorkbook(grids), {
    scoredAt: '2024-01-12T03:00:00.000Z',
    previousRun: null,
    reportEnabled: true,
  });
  return { ...view, locked: true, step };
}

describe('deadlines and what is left, in the sidebar', () => {
  it('counts the days to Hạn tự đánh giá in Việt Nam and lists each official with what is left', async () => {
    const today = todayInVietnam();
    const due = new Date(Date.UTC(today.year, today.month - 1, today.day + 16));
    const dueText = `${String(due.getUTCDate()).padStart(2, '0')}/${String(due.getUTCMonth() + 1).padStart(2, '0')}/${due.getUTCFullYear()}`;
    const grids = sampleGrids();
    const info = grids.tabs.find((t) => t.name === TAB_NAMES.info)!;
    const setInfo = (label: string, v: string) => (info.values.find((r) => r[0] === label)![1] = v);
    setInfo('Hạn tự đánh giá', dueText);
    setInfo('Hạn giải trình', 'cuối tháng');
    for (const key of ['a', 'b'] as const) setCell(grids, '2.2', key, '');
    setCell(grids, '6.1', 'evidence', '');
    const view = buildDashboard(scoreWorkbook(grids), {
      scoredAt: '2024-01-05T03:00:00.000Z',
      previousRun: null,
      reportEnabled: true,
      assignments: sampleAssignments(),
    });
    await openSidebar(page, ok(view));
    const section = page.locator('#progress');
    await expect(section.locator('.deadline').textContent()).resolves.toBe(
      PROGRESS_TEXT.deadline('Hạn tự đánh giá', dueText, 16),
    );
    await expect(section.locator('.deadline-problem').textContent()).resolves.toBe(
      PROGRESS_TEXT.deadlineInvalid('Hạn giải trình', 'cuối tháng'),
    );
    const tp = section.locator('li.official', { hasText: sampleAssignments()['2'] }).first();
    await expect(tp.locator('.count-chip.notEntered').textContent()).resolves.toBe(
      `1 ${PROGRESS_TEXT.counts.notEntered}`,
    );
    const official6 = view.progress!.officials.find((o) => o.areas.includes('6'))!;
    expect(official6.noEvidence).toBeGreaterThanOrEqual(1);
    await expect(overflowing(page, '#progress')).resolves.toEqual([]);
    await screenshot(page, 'sidebar-progress.png');
  });
});

describe('appraisal rounds in the sidebar', () => {
  it('shows the step, self → lần 1 → final for the index and each moved criterion, and what still needs giải trình', async () => {
    const view = roundsDashboard('response');
    await openSidebar(page, ok(view));
    const section = page.locator('#rounds');
    await expect(section.locator('h2').textContent()).resolves.toBe(T.roundsTitle);
    await expect(section.locator('.round-step').textContent()).resolves.toBe(T.roundSteps.response);
    await expect(section.locator('.responses-due').textContent()).resolves.toBe(T.responsesDue(1));
    const items = section.locator('li.round');
    await expect(items.count()).resolves.toBe(2);
    const r35 = view.rounds!.criteria.find((c) => c.code === '3.5')!;
    await expect(section.locator('li[data-code="3.5"] .round-points').textContent()).resolves.toBe(
      T.roundPoints(r35.selfText, '2', '2'),
    );
    await expect(section.locator('li[data-code="3.5"] .badge').textContent()).resolves.toBe(T.responseDone);
    await expect(section.locator('li[data-code="7.2"] .badge').textContent()).resolves.toBe(T.responseMissing);
    await expect(page.locator('.rounds-index').textContent()).resolves.toBe(
      T.roundsIndex(view.index!.percentText, view.rounds!.first!.percentText, view.rounds!.final!.percentText),
    );

    // "Viết giải trình" selects the criterion's Giải trình sau thẩm định cell.
    await autoRespond(page, 'sidebarGoToCell', ok(null), 10);
    await section.locator('li[data-code="7.2"] button.goto').click();
    await waitForCalls(page, 'sidebarGoToCell');
    const row72 = view.rounds!.criteria.find((c) => c.code === '7.2')!;
    await expect(callsOf(page, 'sidebarGoToCell')).resolves.toEqual([
      ['7. Chính quyền số', `${letterOf('response')}${row72.cell!.slice(1)}`],
    ]);

    await expect(overflowing(page, '#rounds')).resolves.toEqual([]);
    await section.scrollIntoViewIfNeeded();
    await screenshot(page, 'sidebar-rounds.png');
  });

  it('outside the giải trình step there is no write button; before any appraisal and lock, no section', async () => {
    await openSidebar(page, ok(roundsDashboard('final')));
    await expect(page.locator('#rounds button.goto').count()).resolves.toBe(0);
    await expect(page.locator('#rounds .round-step').textContent()).resolves.toBe(T.roundSteps.final);
    const plain = buildDashboard(scoreWorkbook(sampleGrids()), {
      scoredAt: null,
      previousRun: null,
      reportEnabled: true,
    });
    await openSidebar(page, ok({ ...plain, step: 'entry' }));
    await expect(page.locator('#rounds').innerHTML()).resolves.toBe('');
  });
});
