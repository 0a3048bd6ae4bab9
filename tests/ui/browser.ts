/**
 * Real headless Chromium (Debian package) with a stub google.script.run for the sidebar tests.
 * The stub records every call and holds it until the test answers, so busy states are observable
 * deterministically; `auto` answers an endpoint by itself after a delay.
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, Browser, Page } from 'playwright-core';
import { SIDEBAR_ENDPOINTS, EndpointName, ServerResult } from '../../src/ui/contract';

// Functions passed to page.evaluate run in the page; the root tsconfig has no DOM lib, so these
// module-scoped declarations type them loosely without leaking DOM globals into the Apps Script code.
declare const window: any;
declare const document: any;

export const SIDEBAR_HTML = path.resolve(__dirname, '../../dist/Sidebar.html');
export const OUTPUT_DIR = path.resolve(__dirname, '../../test-output');

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** What the stub does with a call: a success-handler value (normally a ServerResult) or a thrown error. */
export type Outcome = { value: ServerResult<unknown> | unknown } | { fail: string };

/** A successful server answer carrying `data`. */
export const ok = (data: unknown): Outcome => ({ value: { ok: true, data } });

export async function launch(): Promise<Browser> {
  if (!existsSync(SIDEBAR_HTML)) {
    throw new Error(`${SIDEBAR_HTML} is missing: run \`npm run build\` before the sidebar tests.`);
  }
  const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH.`,
    );
  }
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}

/** Installed before the sidebar's own script on every navigation. Plain JS: it runs in the page. */
const STUB = `(() => {
  const endpoints = ${JSON.stringify(SIDEBAR_ENDPOINTS)};
  const stub = { calls: [], pending: [], auto: {} };
  function settle(entry, outcome) {
    if ('fail' in outcome) {
      const error = new Error(outcome.fail);
      error.name = 'ScriptError';
      if (entry.failure) entry.failure(error);
    } else if (entry.success) {
      // Only JSON-like values cross google.script.run.
      entry.success(outcome.value === undefined ? undefined : JSON.parse(JSON.stringify(outcome.value)));
    }
  }
  stub.respond = (name, outcome) => {
    const i = stub.pending.findIndex((p) => p.name === name);
    if (i < 0) throw new Error('no pending call of ' + name);
    settle(stub.pending.splice(i, 1)[0], outcome);
  };
  function runner(success, failure) {
    const r = {
      withSuccessHandler: (f) => runner(f, failure),
      withFailureHandler: (f) => runner(success, f),
    };
    for (const name of endpoints) {
      r[name] = (...args) => {
        const entry = { name, args, success, failure };
        stub.calls.push({ name, args: JSON.parse(JSON.stringify(args)) });
        const auto = stub.auto[name];
        if (auto) setTimeout(() => settle(entry, auto.outcome), auto.delay || 0);
        else stub.pending.push(entry);
      };
    }
    return r;
  }
  window.google = { script: { run: runner(null, null) } };
  window.__stub = stub;
})();`;

/** URLs the page tried to fetch from outside (must stay empty). */
export const external: string[] = [];

export async function preparePage(browser: Browser): Promise<{ page: Page; dialogs: string[] }> {
  const context = await browser.newContext({
    viewport: { width: 300, height: 900 },
    deviceScaleFactor: 1,
    // Not Vietnam's zone: the sidebar must convert times to Asia/Ho_Chi_Minh itself.
    timezoneId: 'America/New_York',
    locale: 'vi-VN',
  });
  // Nothing outside the page may load (no CDN, no web fonts).
  await context.route(/^(?!file:|data:|about:)/, (route) => {
    external.push(route.request().url());
    return route.abort();
  });
  const page = await context.newPage();
  // A missing element fails fast instead of waiting for jest's timeout.
  page.setDefaultTimeout(5000);
  await page.addInitScript({ content: STUB });
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return { page, dialogs };
}

/**
 * One browser and one page for the whole test file, through jest's beforeAll/afterAll: `use` receives the
 * prepared page (and the dialogs it raises) once it is ready; after each test, no dialog and no outside
 * request; the browser is closed after the file.
 */
export function useSidebarPage(use: (opened: { page: Page; dialogs: string[] }) => void): void {
  let browser: Browser | undefined;
  let opened: { page: Page; dialogs: string[] } = { page: undefined as never, dialogs: [] };
  beforeAll(async () => {
    browser = await launch();
    opened = await preparePage(browser);
    use(opened);
    mkdirSync(OUTPUT_DIR, { recursive: true });
  });
  afterEach(() => {
    // No test may raise a browser dialog or load anything from outside. Emptied on each check so one
    // failure does not cascade into the next tests.
    expect(opened.dialogs.splice(0)).toEqual([]);
    expect(external.splice(0)).toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
  });
}

/** Writes test-output/`name`, the whole page unless told otherwise. */
export async function screenshot(page: Page, name: string, fullPage = true): Promise<void> {
  await page.screenshot({ path: path.join(OUTPUT_DIR, name), fullPage });
}

/**
 * The elements inside `scope` whose right edge passes the 300 px sidebar (half a pixel spared for
 * rounding), as "tag.class: right" so a failure names them.
 */
export async function overflowing(page: Page, scope = 'body'): Promise<string[]> {
  return page.evaluate(
    (s) =>
      [...document.querySelectorAll(`${s} *`)]
        .map((el: any) => ({ el, right: el.getBoundingClientRect().right }))
        .filter((x) => x.right > 300.5)
        .map((x) => `${x.el.tagName.toLowerCase()}.${x.el.className}: ${Math.round(x.right)}`),
    scope,
  );
}

export const sidebarUrl = (): string => pathToFileURL(SIDEBAR_HTML).href;

export async function waitForCalls(page: Page, name: EndpointName, count = 1): Promise<void> {
  await page.waitForFunction(
    ([n, c]) => window.__stub.calls.filter((x: { name: string }) => x.name === n).length >= c,
    [name, count] as const,
  );
}

export async function respond(page: Page, name: EndpointName, outcome: Outcome): Promise<void> {
  await waitForCalls(page, name, 1);
  await page.waitForFunction((n) => window.__stub.pending.some((p: { name: string }) => p.name === n), name);
  await page.evaluate(([n, o]) => window.__stub.respond(n, o), [name, outcome] as const);
}

export async function autoRespond(page: Page, name: EndpointName, outcome: Outcome, delay = 0): Promise<void> {
  await page.evaluate(([n, o, d]) => (window.__stub.auto[n as string] = { outcome: o, delay: d }), [
    name,
    outcome,
    delay,
  ] as const);
}

export async function callsOf(page: Page, name: EndpointName): Promise<unknown[][]> {
  return page.evaluate(
    (n) => window.__stub.calls.filter((c: { name: string }) => c.name === n).map((c: { args: unknown[] }) => c.args),
    name,
  );
}

/** Opens the sidebar afresh and answers its first sidebarGetDashboard with `outcome`. */
export async function openSidebar(page: Page, outcome: Outcome): Promise<void> {
  await page.goto(sidebarUrl());
  await respond(page, 'sidebarGetDashboard', outcome);
}
