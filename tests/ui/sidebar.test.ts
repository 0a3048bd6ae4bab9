/**
 * dist/Sidebar.html in real headless Chromium with a stub google.script.run.
 * One browser and one page for the file; each test navigates afresh.
 */
import type { Page } from 'playwright-core';
import type { DashboardView, ProblemView } from '../../src/ui/contract';
import { qualityText, SERVER_TEXT, SIDEBAR_TEXT as T } from '../../src/core/text';

const REPORT_WARNING = qualityText.errors(3);
import {
  autoRespond,
  callsOf,
  ok,
  openSidebar,
  overflowing,
  respond,
  screenshot,
  sidebarUrl,
  useSidebarPage,
  waitForCalls,
} from './browser';
import {
  areaView,
  CAO_AN_AREAS,
  CAO_AN_PROBLEMS,
  evidenceView,
  indexView,
  problem,
  scoredDashboard,
  unscoredDashboard,
} from './fixtures';
import { hostileSheetView } from '../robustness/hostileView';

// Functions passed to page.evaluate run in the page; the root tsconfig has no DOM lib, so these
// module-scoped declarations type them loosely without leaking DOM globals into the Apps Script code.
declare const window: any;
declare const document: any;

let page: Page;
let dialogs: string[];
useSidebarPage((opened) => ({ page, dialogs } = opened));

const appText = () =>
  page
    .locator('#app')
    .textContent()
    .then((t) => t ?? '');
const compute = () => page.locator('#compute');

async function openAllGroups(): Promise<void> {
  await page.evaluate(() => document.querySelectorAll('details').forEach((d: { open: boolean }) => (d.open = true)));
}

describe('dashboard', () => {
  test('renders the dashboard from sidebarGetDashboard', async () => {
    await page.goto(sidebarUrl());
    // Before the answer: a loading state, and nothing can be started.
    await expect(page.locator('.loading').textContent()).resolves.toContain(T.loading);
    await expect(compute().isDisabled()).resolves.toBe(true);
    await respond(page, 'sidebarGetDashboard', ok(scoredDashboard()));

    await expect(page.locator('h1').textContent()).resolves.toBe('Xã Cao An · Năm 2023');
    await expect(page.locator('.notice').textContent()).resolves.toContain('QĐ 3395/QĐ-UBND');
    await expect(page.locator('.big').textContent()).resolves.toBe('87,86%');
    await expect(page.locator('.points').textContent()).resolves.toBe('86,098 / 98 điểm');
    await expect(page.locator('.chip').textContent()).resolves.toBe('Hoàn thành tốt');
    await expect(page.locator('.group').textContent()).resolves.toBe('Nhóm: Từ 80% đến dưới 90%');
    // 07:30 UTC is 14:30 in Hà Nội, while the browser itself runs on New York time.
    await expect(page.locator('.scored-at').textContent()).resolves.toBe('Tính lần cuối: 05/01/2024 14:30');

    const areas = page.locator('li.area');
    await expect(areas.count()).resolves.toBe(7);
    const first = areas.nth(0);
    await expect(first.locator('.area-title').textContent()).resolves.toBe('1. Công tác chỉ đạo, điều hành CCHC');
    await expect(first.locator('.area-pts').textContent()).resolves.toBe('13/14');
    await expect(first.locator('.area-pct').textContent()).resolves.toBe('92,86%');
    await expect(first.locator('.delta').textContent()).resolves.toBe('▲ +0,5');
    await expect(first.locator('.area-meta').textContent()).resolves.toContain('Năm trước: 12');
    await expect(areas.nth(1).locator('.delta').textContent()).resolves.toBe('▼ \u22121');
    await expect(areas.nth(2).locator('.delta').getAttribute('title')).resolves.toBe(T.unchanged);
    await expect(areas.nth(2).locator('.area-pts').textContent()).resolves.toBe('19,348/21');
    // No previous run known: no change shown.
    await expect(areas.nth(3).locator('.delta').count()).resolves.toBe(0);
    const width = await first.locator('.bar-fill').evaluate((el) => el.style.width);
    expect(width).toBe('92.86%');
    // Evidence per area, under the bar: 11 of 12 criteria with a document or an explanation.
    await expect(areas.nth(2).locator('.area-evidence').textContent()).resolves.toBe(
      'Kiểm chứng: 91,67% · 1 chỉ giải trình · 1 chưa có',
    );
    await expect(areas.nth(2).locator('.area-evidence').getAttribute('title')).resolves.toBe(
      '10 có tài liệu · 1 chỉ giải trình · 1 chưa có (trên 12 tiêu chí)',
    );
    await expect(first.locator('.area-evidence').textContent()).resolves.toBe('Kiểm chứng: 100%');

    // Problems: workbook order is area 1, 3, 7; errors before warnings inside an area.
    const groups = page.locator('details.problem-group');
    await expect(groups.evaluateAll((gs) => gs.map((g) => g.getAttribute('data-area')))).resolves.toEqual([
      '1',
      '3',
      '7',
    ]);
    await expect(page.locator('#problems h2').textContent()).resolves.toBe('Vấn đề cần xử lý (2 lỗi, 2 cảnh báo)');
    const area3 = groups.nth(1);
    await expect(area3.locator('summary').textContent()).resolves.toBe('3. Cải cách thủ tục hành chính1 lỗi1 cảnh báo');
    await expect(area3.locator('.sev').allTextContents()).resolves.toEqual(['Lỗi', 'Cảnh báo']);
    await expect(area3.locator('.addr').allTextContents()).resolves.toEqual([
      '3. Cải cách TTHC!H12',
      '3. Cải cách TTHC!K14',
    ]);
    // Groups with an error start open; a warnings-only group starts closed.
    await expect(groups.evaluateAll((gs) => gs.map((g) => g.open))).resolves.toEqual([false, true, true]);

    await expect(page.locator('.evidence-line').textContent()).resolves.toBe(
      '95,6% tiêu chí có tài liệu hoặc giải trình',
    );
    await expect(page.locator('#evidence .muted').textContent()).resolves.toBe(
      '41 có tài liệu · 2 chỉ giải trình · 2 chưa có (trên 45 tiêu chí)',
    );
    await expect(page.locator('#report').isEnabled()).resolves.toBe(true);
    await expect(compute().isEnabled()).resolves.toBe(true);
    await expect(page.locator('.locked').count()).resolves.toBe(0);

    await screenshot(page, 'sidebar.png');
  });

  test('no per-area evidence line when the area has no criteria, no counts, or a view stored before the field existed', async () => {
    const { evidence: _dropped, ...stored } = CAO_AN_AREAS[1];
    const areas = [
      areaView('1', 'A', 'A', 1, 2, { evidence: evidenceView(0, 0, 0) }),
      areaView('2', 'B', 'B', 1, 2),
      stored as (typeof CAO_AN_AREAS)[1],
      CAO_AN_AREAS[2],
    ];
    await openSidebar(page, ok(scoredDashboard({ areas })));
    await expect(page.locator('li.area').count()).resolves.toBe(4);
    await expect(
      page
        .locator('li.area .area-evidence')
        .evaluateAll((els) => els.map((e) => e.closest('li').getAttribute('data-area'))),
    ).resolves.toEqual(['3']);
  });

  test('a workbook never scored says so; the report button is disabled', async () => {
    await openSidebar(page, ok(unscoredDashboard()));
    await expect(page.locator('.big').textContent()).resolves.toBe(T.notScored);
    await expect(page.locator('.scored-at').count()).resolves.toBe(0);
    await expect(page.locator('li.area').count()).resolves.toBe(0);
    await expect(compute().isEnabled()).resolves.toBe(true);
    await expect(page.locator('#report').isDisabled()).resolves.toBe(true);
    await expect(page.locator('.report-note').textContent()).resolves.toBe(T.reportDisabled);
  });

  test('a locked round shows "Đã chốt số liệu"', async () => {
    await openSidebar(page, ok(scoredDashboard({ locked: true })));
    await expect(page.locator('.locked').textContent()).resolves.toContain('Đã chốt số liệu');
  });

  test('a run whose results were not written (“Chỉ văn phòng”) says so under the index', async () => {
    await openSidebar(page, ok(scoredDashboard({ notice: SERVER_TEXT.resultsNotWritten })));
    await expect(page.locator('.run-notice').textContent()).resolves.toBe(SERVER_TEXT.resultsNotWritten);
    await openSidebar(page, ok(scoredDashboard()));
    await expect(page.locator('.run-notice').count()).resolves.toBe(0);
  });

  test('a long list of problems is paged with "Hiện thêm"', async () => {
    const many: ProblemView[] = Array.from({ length: 120 }, (_, i) =>
      problem('warning', '5', '5. Chế độ công vụ', `H${i + 10}`, '5.1', `Cảnh báo số ${i + 1}`),
    );
    await openSidebar(page, ok(scoredDashboard({ problems: many })));
    const group = page.locator('details.problem-group');
    await group.locator('summary').click();
    await expect(group.locator('li.problem').count()).resolves.toBe(50);
    await group.locator('li.more button').click();
    await expect(group.locator('li.problem').count()).resolves.toBe(100);
    await expect(group.locator('li.more button').textContent()).resolves.toBe('Hiện thêm 20 vấn đề');
    await group.locator('li.more button').click();
    await expect(group.locator('li.problem').count()).resolves.toBe(120);
    await expect(group.locator('li.more').count()).resolves.toBe(0);
  });
});

describe('title and area bars', () => {
  test('the title names the unit type from Thông tin chung, Xã when the workbook has none', async () => {
    await openSidebar(page, ok(scoredDashboard({ unitType: 'Phường' })));
    await expect(page.locator('h1').textContent()).resolves.toBe('Phường Cao An · Năm 2023');
    await openSidebar(page, ok(scoredDashboard({ unitType: 'Đặc khu' })));
    await expect(page.locator('h1').textContent()).resolves.toBe('Đặc khu Cao An · Năm 2023');
    await openSidebar(page, ok(scoredDashboard()));
    await expect(page.locator('h1').textContent()).resolves.toBe('Xã Cao An · Năm 2023');
  });

  test('every area bar has the same track width whatever its points text, so 75% is shorter than 79,64%', async () => {
    const areas = [
      areaView('1', 'Công tác chỉ đạo, điều hành CCHC', '1. Bảng', 11.15, 14),
      areaView('2', 'Cải cách thể chế', '2. Bảng', 6, 8),
      areaView('5', 'Cải cách chế độ công vụ', '5. Bảng', 13.714, 14),
      areaView('6', 'Cải cách tài chính công', '6. Bảng', 10, 10),
    ];
    await openSidebar(page, ok(scoredDashboard({ areas })));
    const tracks = await page
      .locator('li.area .bar')
      .evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().width)));
    expect(tracks).toHaveLength(4);
    expect(new Set(tracks).size).toBe(1);
    const fills = await page
      .locator('li.area .bar-fill')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width));
    expect(fills[1]).toBeLessThan(fills[0]); // 75% < 79,64%
  });
});

describe('actions', () => {
  test('"Đã tính điểm" is green only when clean: red with errors, amber with warnings only', async () => {
    const colour = () => page.locator('.status').evaluate((el) => window.getComputedStyle(el).color);
    const cases: [Partial<DashboardView>, string, string][] = [
      [{}, 'has-errors', 'rgb(217, 48, 37)'],
      [{ problems: CAO_AN_PROBLEMS.filter((p) => p.severity === 'warning') }, 'has-warnings', 'rgb(176, 96, 0)'],
      [{ problems: [] }, 'clean', 'rgb(24, 128, 56)'],
    ];
    for (const [overrides, className, rgb] of cases) {
      await openSidebar(page, ok(unscoredDashboard()));
      await compute().click();
      await respond(page, 'sidebarComputeScores', ok(scoredDashboard(overrides)));
      await expect(page.locator('.status').getAttribute('class')).resolves.toBe(`status ${className}`);
      await expect(colour()).resolves.toBe(rgb);
    }
  });

  test('"Tính điểm" shows the busy state, then the new results', async () => {
    await openSidebar(page, ok(unscoredDashboard()));
    await compute().click();
    await waitForCalls(page, 'sidebarComputeScores');

    // Busy while the server works.
    await expect(compute().isDisabled()).resolves.toBe(true);
    await expect(compute().getAttribute('aria-busy')).resolves.toBe('true');
    await expect(compute().textContent()).resolves.toBe(T.computing);
    await expect(page.locator('#compute .spinner').count()).resolves.toBe(1);
    await expect(page.locator('#report').isDisabled()).resolves.toBe(true);
    // A second press while busy does not start a second run.
    await compute().click({ force: true });
    await expect(callsOf(page, 'sidebarComputeScores')).resolves.toHaveLength(1);

    await respond(page, 'sidebarComputeScores', ok(scoredDashboard()));
    await expect(page.locator('.big').textContent()).resolves.toBe('87,86%');
    await expect(page.locator('li.area').count()).resolves.toBe(7);
    await expect(page.locator('li.problem').count()).resolves.toBe(4);
    await expect(page.locator('.status').textContent()).resolves.toBe('Đã tính điểm: 2 lỗi, 2 cảnh báo.');
    await expect(compute().isEnabled()).resolves.toBe(true);
    await expect(compute().getAttribute('aria-busy')).resolves.toBe('false');
    await expect(compute().textContent()).resolves.toBe(T.compute);
    await screenshot(page, 'sidebar-scored.png');

    // The official's open/closed choice survives the next run.
    await page.locator('details[data-area="1"] summary').click();
    await page.locator('details[data-area="3"] summary').click();
    await compute().click();
    await respond(
      page,
      'sidebarComputeScores',
      ok(scoredDashboard({ index: indexView(87, 98, 'Hoàn thành tốt', 'Từ 80% đến dưới 90%') })),
    );
    await expect(page.locator('.big').textContent()).resolves.toBe('88,78%');
    const open = await page.locator('details.problem-group').evaluateAll((gs) => gs.map((g) => g.open));
    expect(open).toEqual([true, false, true]);
  });

  test('"Đi tới ô" calls sidebarGoToCell with the sheet and cell of that problem', async () => {
    await openSidebar(page, ok(scoredDashboard()));
    await autoRespond(page, 'sidebarGoToCell', ok(null), 20);
    const item = page.locator('li.problem', { hasText: '“kip thoi”' });
    await item.locator('button.goto').click();
    await waitForCalls(page, 'sidebarGoToCell');
    await expect(callsOf(page, 'sidebarGoToCell')).resolves.toEqual([['7. Chính quyền số', 'G20']]);
    await page.locator('details[data-area="3"] li.problem').nth(1).locator('button.goto').click();
    await waitForCalls(page, 'sidebarGoToCell', 2);
    await expect(callsOf(page, 'sidebarGoToCell')).resolves.toEqual([
      ['7. Chính quyền số', 'G20'],
      ['3. Cải cách TTHC', 'K14'],
    ]);
    // A workbook-wide problem has no cell, so no button.
    await openSidebar(
      page,
      ok(scoredDashboard({ problems: [problem('error', null, null, null, null, 'Thiếu trang “Thông tin chung”.')] })),
    );
    await expect(page.locator('details[data-area=""] summary').textContent()).resolves.toContain(T.generalArea);
    await expect(page.locator('button.goto').count()).resolves.toBe(0);
  });

  test('"Tạo báo cáo tổng kết" is busy, then shows the link', async () => {
    await openSidebar(page, ok(scoredDashboard()));
    await page.locator('#report').click();
    await waitForCalls(page, 'sidebarCreateReport');
    await expect(page.locator('#report').isDisabled()).resolves.toBe(true);
    await expect(page.locator('#report').getAttribute('aria-busy')).resolves.toBe('true');
    await expect(page.locator('#report').textContent()).resolves.toBe(T.creatingReport);
    await expect(compute().isDisabled()).resolves.toBe(true);
    const url = 'https://docs.google.com/document/d/1AbC/edit';
    await respond(page, 'sidebarCreateReport', ok({ name: 'Báo cáo tổng kết CCHC năm 2023 - Xã Cao An', url }));
    const link = page.locator('.report-result a');
    await expect(link.textContent()).resolves.toBe('Báo cáo tổng kết CCHC năm 2023 - Xã Cao An');
    await expect(link.getAttribute('href')).resolves.toBe(url);
    await expect(link.getAttribute('target')).resolves.toBe('_blank');
    await expect(link.getAttribute('rel')).resolves.toContain('noopener');
    await expect(page.locator('#report').isEnabled()).resolves.toBe(true);
  });

  test('"Tạo báo cáo định kỳ" sends the chosen period; "Tạo báo cáo tự kiểm tra" too; a warning is shown', async () => {
    await openSidebar(page, ok(scoredDashboard()));
    await expect(page.locator('#period option').allTextContents()).resolves.toEqual([
      'Quý I',
      '6 tháng đầu năm',
      '9 tháng đầu năm',
    ]);
    await page.locator('#period').selectOption('h1');
    await page.locator('#periodic-report').click();
    await waitForCalls(page, 'sidebarCreatePeriodicReport');
    await expect(callsOf(page, 'sidebarCreatePeriodicReport')).resolves.toEqual([['h1']]);
    await expect(page.locator('#periodic-report').getAttribute('aria-busy')).resolves.toBe('true');
    await expect(page.locator('#inspection-report').isDisabled()).resolves.toBe(true);
    await expect(page.locator('#period').isDisabled()).resolves.toBe(true);
    const warning = REPORT_WARNING;
    await respond(
      page,
      'sidebarCreatePeriodicReport',
      ok({
        name: 'Báo cáo CCHC 6 tháng đầu năm 2023 – Xã Cao An',
        url: 'https://docs.google.com/document/d/1h1/edit',
        warning,
      }),
    );
    await expect(page.locator('.report-result a').textContent()).resolves.toBe(
      'Báo cáo CCHC 6 tháng đầu năm 2023 – Xã Cao An',
    );
    await expect(page.locator('.report-result .report-warning').textContent()).resolves.toBe(warning);
    await page.locator('#inspection-report').click();
    await waitForCalls(page, 'sidebarCreateInspectionReport');
    await respond(
      page,
      'sidebarCreateInspectionReport',
      ok({
        name: 'Báo cáo tự kiểm tra CCHC 2023 – Xã Cao An',
        url: 'https://docs.google.com/document/d/1in/edit',
        warning: '',
      }),
    );
    await expect(page.locator('.report-result a').textContent()).resolves.toBe(
      'Báo cáo tự kiểm tra CCHC 2023 – Xã Cao An',
    );
    await expect(page.locator('.report-result .report-warning').count()).resolves.toBe(0);
    await expect(page.locator('#periodic-report').isEnabled()).resolves.toBe(true);
  });

  test('the periodic and self-inspection buttons are disabled with the year-end one', async () => {
    await openSidebar(page, ok(unscoredDashboard()));
    for (const id of ['#report', '#periodic-report', '#inspection-report', '#period'])
      await expect(page.locator(id).isDisabled()).resolves.toBe(true);
  });
});

describe('server errors', () => {
  test('the multi-account failure shows the Vietnamese message and the sign-out hint', async () => {
    await openSidebar(page, {
      fail: "We're sorry, a server error occurred while reading from storage. Error code PERMISSION_DENIED.",
    });
    const banner = page.locator('.banner');
    await expect(banner.locator('.banner-title').textContent()).resolves.toBe(T.multiAccount);
    await expect(banner.locator('.hint').textContent()).resolves.toBe(T.multiAccountHint);
    expect(T.multiAccountHint).toMatch(/đăng xuất/);
    expect(T.multiAccountHint).toMatch(/ẩn danh/);
    // The raw English text is not the message; it stays folded under the technical details.
    await expect(banner.locator('details.detail').evaluate((d) => d.open)).resolves.toBe(false);
    await screenshot(page, 'sidebar-error.png', false);
    // "Thử lại" loads again.
    await banner.locator('button', { hasText: T.retry }).click();
    await respond(page, 'sidebarGetDashboard', ok(scoredDashboard()));
    await expect(page.locator('.big').textContent()).resolves.toBe('87,86%');
    await expect(page.locator('.banner').count()).resolves.toBe(0);
  });

  test('"Authorization is required" maps to the same hint', async () => {
    await openSidebar(page, ok(scoredDashboard()));
    await compute().click();
    await respond(page, 'sidebarComputeScores', { fail: 'Authorization is required to perform that action.' });
    await expect(page.locator('.banner .hint').textContent()).resolves.toBe(T.multiAccountHint);
    // The previous results stay on screen and the button is usable again.
    await expect(page.locator('.big').textContent()).resolves.toBe('87,86%');
    await expect(compute().isEnabled()).resolves.toBe(true);
  });

  test('{ok:false} shows the server message and hint; other failures a Vietnamese message', async () => {
    await openSidebar(page, ok(scoredDashboard()));
    await compute().click();
    const busy = { ok: false, message: 'Đang có người tính điểm. Vui lòng đợi.', hint: 'Thử lại sau ít phút.' };
    await respond(page, 'sidebarComputeScores', { value: busy });
    await expect(page.locator('.banner-title').textContent()).resolves.toBe(busy.message);
    await expect(page.locator('.banner .hint').textContent()).resolves.toBe(busy.hint);

    await compute().click();
    await respond(page, 'sidebarComputeScores', { fail: 'NetworkError: Connection failure due to HTTP 0' });
    await expect(page.locator('.banner-title').textContent()).resolves.toBe(T.serverFailure);
    await expect(page.locator('.banner .hint').textContent()).resolves.toBe(T.serverFailureHint);

    await compute().click();
    await respond(page, 'sidebarComputeScores', { value: { unexpected: true } });
    await expect(page.locator('.banner-title').textContent()).resolves.toBe(T.badResponse);

    await compute().click();
    await respond(page, 'sidebarComputeScores', ok({ commune: 'x' }));
    await expect(page.locator('.banner-title').textContent()).resolves.toBe(T.badResponse);
    await expect(page.locator('.big').textContent()).resolves.toBe('87,86%');

    await page.locator('.banner button', { hasText: T.close }).click();
    await expect(page.locator('.banner').count()).resolves.toBe(0);
  });
});

describe('security: sheet text stays inert', () => {
  const PAYLOADS = [
    '<img src=x onerror=alert(1)>',
    '<script>window.__xss=1</script>',
    '"><svg onload=alert(1)>',
    "'><iframe src=javascript:alert(1)>",
    '{{7*7}}',
    '=IMPORTXML("http://evil.example/x","//a")',
    '<a href="javascript:alert(1)">bấm</a>',
  ];
  const p = (i: number) => PAYLOADS[i % PAYLOADS.length];

  function hostileDashboard(): DashboardView {
    const areas = PAYLOADS.map((payload, i) => ({
      ...areaView(String(i + 1), `Lĩnh vực ${payload}`, `${payload}!tab`, 5, 10, { previousRunPoints: 4 }),
      pointsText: p(i + 1),
      percentText: p(i + 2),
      evidence: { ...evidenceView(3, 1, 1), completeText: `KC ${p(i + 5)}` },
    }));
    const problems = PAYLOADS.map((payload, i) => ({
      severity: (i % 2 ? 'warning' : 'error') as ProblemView['severity'],
      areaCode: String(i + 1),
      sheet: `${payload} sheet`,
      cell: `H${i + 10}${payload}`,
      address: `Địa chỉ ${p(i + 3)}`,
      code: payload,
      message: `Thông báo ${p(i + 4)}`,
    }));
    return {
      ...scoredDashboard(),
      commune: `Xã ${p(0)}`,
      year: p(4),
      catalogueNotice: `Lưu ý ${p(1)}`,
      scoredAt: p(2),
      index: { ...indexView(50, 100, `Xếp loại ${p(2)}`, `Nhóm ${p(3)}`), percentText: p(5), pointsText: p(6) },
      appraisalIndex: { ...indexView(50, 100, p(0), p(1)), percentText: p(3) },
      areas,
      problems,
      evidence: { total: 10, withEvidence: 5, explanationOnly: 1, none: 4, completeText: p(6) },
      locked: true,
    };
  }

  async function expectInert(): Promise<void> {
    const state = await page.evaluate(() => ({
      xss: window.__xss,
      dangerous: document.querySelectorAll('img, svg, iframe, object, embed, a[href^="javascript" i]').length,
      scripts: document.scripts.length,
      handlers: [...document.querySelectorAll('#app *')].filter((el) =>
        [...el.attributes].some((a) => a.name.startsWith('on')),
      ).length,
      hrefs: [...document.querySelectorAll('a')].map((a) => a.getAttribute('href')),
    }));
    expect(state.xss).toBeUndefined();
    expect(state.dangerous).toBe(0);
    expect(state.scripts).toBe(1); // the sidebar's own inlined bundle
    expect(state.handlers).toBe(0);
    for (const href of state.hrefs) expect(href).toMatch(/^https?:\/\//);
    expect(dialogs).toEqual([]);
  }

  test('payloads in every shown field are text, not markup', async () => {
    const d = hostileDashboard();
    await openSidebar(page, ok(d));
    await openAllGroups();
    await page.waitForTimeout(50); // would let onerror/onload handlers fire if any element had been created
    await expectInert();

    const text = await appText();
    const shown = [
      d.commune,
      d.catalogueNotice,
      d.index!.percentText,
      d.index!.pointsText,
      d.index!.rating,
      d.index!.group,
      d.appraisalIndex!.percentText,
      d.evidence!.completeText,
      ...d.areas.flatMap((a) => [a.title, a.pointsText, a.percentText, T.areaEvidence(a.evidence!.completeText, 1, 1)]),
      ...d.problems.flatMap((pr) => [pr.address!, pr.message]),
    ];
    for (const s of shown) expect(text).toContain(s);
    expect(text).toContain(`Năm ${d.year}`);
    expect(text).not.toContain('49');
    // An unreadable time is left out rather than shown as "NaN".
    expect(text).not.toContain('NaN');

    // "Đi tới ô" sends the sheet name and cell exactly as received.
    await autoRespond(page, 'sidebarGoToCell', ok(null));
    await page.locator('button.goto').first().click();
    await waitForCalls(page, 'sidebarGoToCell');
    await expect(callsOf(page, 'sidebarGoToCell')).resolves.toEqual([[d.problems[0].sheet, d.problems[0].cell]]);
    await expectInert();
  });

  test('text typed into the sheet reaches the sidebar as text: titles, explanations, evidence, officials’ names, typed values, tab names, labels', async () => {
    // Tính điểm on the fakes over a workbook with markup in every text cell; the view as it crosses google.script.run.
    const { view, carried } = hostileSheetView();
    expect(carried.length).toBeGreaterThanOrEqual(8);
    await openSidebar(page, ok(view));
    await openAllGroups();
    await page.waitForTimeout(50);
    await expectInert();
    const text = await appText();
    for (const payload of carried) expect(text).toContain(payload);
  });

  test('a javascript: report URL does not become a link; the name stays text', async () => {
    await openSidebar(page, ok(scoredDashboard()));
    for (const [name, url] of [
      [PAYLOADS[0], 'javascript:alert(1)'],
      [PAYLOADS[2], ' JaVaScRiPt:alert(document.domain)'],
      [PAYLOADS[1], 'data:text/html,<script>alert(1)</script>'],
      [PAYLOADS[6], '//evil.example/x'],
    ]) {
      await page.locator('#report').click();
      await respond(page, 'sidebarCreateReport', ok({ name, url }));
      await expect(page.locator('.report-result .report-name').textContent()).resolves.toBe(name);
      await expect(page.locator('.report-result a').count()).resolves.toBe(0);
      await expect(page.locator('.report-result').textContent()).resolves.toContain(T.reportNoLink);
      await expectInert();
    }
  });

  test('a payload in a server error message is shown as text', async () => {
    await openSidebar(page, { value: { ok: false, message: PAYLOADS[0], hint: PAYLOADS[1] } });
    await expect(page.locator('.banner-title').textContent()).resolves.toBe(PAYLOADS[0]);
    await expect(page.locator('.banner .hint').textContent()).resolves.toBe(PAYLOADS[1]);
    await page.waitForTimeout(50);
    await expectInert();
  });
});

describe('layout at 300 px', () => {
  const LONG_WORD = 'Nghịquyết' + 'ủybannhândânxãCaoAnhuyệnCẩmGiàngtỉnhHảiDương'.repeat(6);
  const LONG_SHEET = '3. Cải cách thủ tục hành chính và hiện đại hoá nền hành chính công cấp xã năm 2023';

  async function expectNoOverflow(): Promise<void> {
    await openAllGroups();
    await expect(overflowing(page)).resolves.toEqual([]);
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(300);
  }

  test('long unbroken Vietnamese text and long addresses wrap inside 300 px', async () => {
    const problems: ProblemView[] = [
      problem('error', '3', LONG_SHEET, 'AB1234', '3.2.1', `Giá trị “${LONG_WORD}” không hợp lệ.`),
      problem('warning', '3', LONG_SHEET, 'H12', '3.4', LONG_WORD),
      problem('warning', null, null, null, null, LONG_WORD),
    ];
    await openSidebar(
      page,
      ok(
        scoredDashboard({
          commune: `Xã ${LONG_WORD}`,
          catalogueNotice: LONG_WORD,
          areas: [
            ...CAO_AN_AREAS,
            areaView('8', LONG_WORD, LONG_SHEET, 1234.567, 2000, {
              previousRunPoints: 1000.5,
              lastYearPoints: 999.999,
              appraisalPoints: 1200,
              evidence: evidenceView(98765, 12345, 67890),
            }),
          ],
          index: indexView(1234.567, 2000, `Xếp loại ${LONG_WORD}`, LONG_WORD),
          appraisalIndex: indexView(1200, 2000, LONG_WORD, LONG_WORD),
          problems,
          evidence: { total: 12345, withEvidence: 12000, explanationOnly: 300, none: 45, completeText: '99,6%' },
          locked: true,
          notice: LONG_WORD,
        }),
      ),
    );
    await expect(page.locator('li.area[data-area="8"] .area-evidence').textContent()).resolves.toBe(
      'Kiểm chứng: 62,07% · 12.345 chỉ giải trình · 67.890 chưa có',
    );
    await expectNoOverflow();
    await screenshot(page, 'sidebar-long-text.png');
    await page.locator('#report').click();
    await respond(
      page,
      'sidebarCreateReport',
      ok({ name: LONG_WORD, url: `https://docs.google.com/document/d/${'x'.repeat(300)}/edit` }),
    );
    await expectNoOverflow();
  });

  test('an error banner with long text fits', async () => {
    await openSidebar(page, { fail: `PERMISSION_DENIED ${'x'.repeat(400)}` });
    await page.locator('.banner details.detail summary').click();
    await expectNoOverflow();
  });
});
