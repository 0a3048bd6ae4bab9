/**
 * The sidebar: loads the dashboard, runs "Tính điểm" and the reports (tổng kết, định kỳ for a chosen
 * period, tự kiểm tra), selects a problem's cell, uploads evidence (upload.ts). The shell (buttons,
 * live regions) is built once so focus and busy states survive re-renders; only the dashboard sections
 * are rebuilt from each DashboardView.
 */
import type { DashboardView, PeriodChoice, ReportLink } from '../contract';
import { REPORT_KINDS_UI_TEXT as K } from '../../core/text/periodic';
import { SIDEBAR_TEXT as T } from '../../core/text/ui';
import { append, Child, externalLink, h, replaceChildren, safeHttpUrl } from './dom';
import { SidebarError, badResponseError } from './errors';
import { asSidebarError, call } from './server';
import { uploadSection } from './upload';
import {
  areasView,
  evidenceView,
  headerView,
  ProblemGroup,
  problemsView,
  progressView,
  roundsView,
  summaryView,
} from './views';

type Busy = 'load' | 'compute' | 'report' | 'periodic' | 'inspection' | null;

const state = {
  dashboard: null as DashboardView | null,
  busy: null as Busy,
  /** Open/closed choices the official made per problem group, kept across re-renders. */
  openGroups: new Map<string, boolean>(),
};

function spinnerLabel(text: string): Child[] {
  return [h('span', { className: 'spinner', attrs: { 'aria-hidden': 'true' } }), text];
}

// ---- shell --------------------------------------------------------------------------------

const head = h('header', { className: 'head' });
const banner = h('div', { className: 'banner-slot', attrs: { role: 'alert' } });
const status = h('div', { className: 'status', attrs: { role: 'status', 'aria-live': 'polite' } });
const summaryBody = h('div', { className: 'summary-body' });
const computeButton = h(
  'button',
  { className: 'action', id: 'compute', attrs: { type: 'button' }, onClick: () => void compute() },
  T.compute,
);
const areasSection = h('section', { className: 'section', id: 'areas' });
const problemsSection = h('section', { className: 'section', id: 'problems' });
const evidenceSection = h('section', { className: 'section', id: 'evidence' });
const roundsSection = h('section', { className: 'section', id: 'rounds' });
const progressSection = h('section', { className: 'section', id: 'progress' });
const reportButton = h(
  'button',
  { className: 'secondary', id: 'report', attrs: { type: 'button' }, onClick: () => void createReport() },
  T.createReport,
);
const periodSelect = h(
  'select',
  { id: 'period', attrs: { 'aria-label': K.periodLabel } },
  ...(Object.entries(K.periodOptions) as [PeriodChoice, string][]).map(([value, label]) =>
    h('option', { attrs: { value } }, label),
  ),
);
const periodicButton = h(
  'button',
  {
    className: 'secondary',
    id: 'periodic-report',
    attrs: { type: 'button' },
    onClick: () => void createPeriodicReport(),
  },
  K.createPeriodic,
);
const inspectionButton = h(
  'button',
  {
    className: 'secondary',
    id: 'inspection-report',
    attrs: { type: 'button' },
    onClick: () => void createInspectionReport(),
  },
  K.createInspection,
);
const uploadPanel = uploadSection();
const reportNote = h('p', { className: 'muted report-note' });
const reportResult = h('div', { className: 'report-result' });

function mountShell(root: HTMLElement): void {
  replaceChildren(
    root,
    head,
    banner,
    h('section', { className: 'card summary', id: 'summary' }, summaryBody, computeButton),
    status,
    progressSection,
    areasSection,
    roundsSection,
    problemsSection,
    evidenceSection,
    uploadPanel,
    h(
      'section',
      { className: 'section report', id: 'report-section' },
      h('h2', null, T.reportTitle),
      reportButton,
      h('div', { className: 'period-row' }, h('label', { attrs: { for: 'period' } }, K.periodLabel), periodSelect),
      periodicButton,
      inspectionButton,
      reportNote,
      reportResult,
    ),
  );
}

// ---- rendering ----------------------------------------------------------------------------

function render(): void {
  const d = state.dashboard;
  if (!d) {
    replaceChildren(head, h('h1', { className: 'title' }, T.pageTitle));
    replaceChildren(
      summaryBody,
      ...(state.busy === 'load' ? [h('p', { className: 'muted loading' }, ...spinnerLabel(T.loading))] : []),
    );
  } else {
    replaceChildren(head, ...headerView(d));
    replaceChildren(summaryBody, ...summaryView(d));
    replaceChildren(areasSection, ...areasView(d.areas));
    replaceChildren(
      problemsSection,
      ...problemsView(d, {
        goToCell: (sheet, cell, button) => void goToCell(sheet, cell, button),
        isOpen: (g: ProblemGroup) => state.openGroups.get(g.key) ?? g.errors > 0,
        onToggle: (key, open) => state.openGroups.set(key, open),
      }),
    );
    replaceChildren(evidenceSection, ...evidenceView(d.evidence));
    replaceChildren(progressSection, ...progressView(d));
    replaceChildren(roundsSection, ...roundsView(d, (sheet, cell, button) => void goToCell(sheet, cell, button)));
  }
  renderBusy();
}

/** Button labels and disabled states follow the one operation in flight. */
function renderBusy(): void {
  const busy = state.busy;
  setButton(computeButton, busy === 'compute', busy !== null, T.compute, T.computing);
  const reportEnabled = !!state.dashboard && state.dashboard.reportEnabled === true;
  setButton(reportButton, busy === 'report', busy !== null || !reportEnabled, T.createReport, T.creatingReport);
  setButton(periodicButton, busy === 'periodic', busy !== null || !reportEnabled, K.createPeriodic, T.creatingReport);
  setButton(
    inspectionButton,
    busy === 'inspection',
    busy !== null || !reportEnabled,
    K.createInspection,
    T.creatingReport,
  );
  periodSelect.disabled = busy !== null || !reportEnabled;
  reportNote.textContent = state.dashboard && !reportEnabled ? T.reportDisabled : '';
  reportNote.hidden = !reportNote.textContent;
  document.body.setAttribute('aria-busy', String(busy !== null));
}

function setButton(
  button: HTMLButtonElement,
  working: boolean,
  disabled: boolean,
  label: string,
  workingLabel: string,
): void {
  button.disabled = disabled;
  button.setAttribute('aria-busy', String(working));
  replaceChildren(button, ...(working ? spinnerLabel(workingLabel) : [label]));
}

function showError(error: SidebarError, retry?: () => void): void {
  status.textContent = '';
  const box = h(
    'div',
    { className: 'banner error' },
    h(
      'div',
      { className: 'banner-text' },
      h('strong', { className: 'banner-title' }, error.message),
      error.hint ? h('p', { className: 'hint' }, error.hint) : null,
    ),
  );
  if (error.detail)
    append(
      box,
      h('details', { className: 'detail' }, h('summary', null, T.technicalDetails), h('code', null, error.detail)),
    );
  const actions = h('div', { className: 'banner-actions' });
  if (retry)
    append(actions, h('button', { className: 'link-btn', attrs: { type: 'button' }, onClick: () => retry() }, T.retry));
  append(
    actions,
    h('button', { className: 'link-btn', attrs: { type: 'button' }, onClick: () => clearMessages() }, T.close),
  );
  append(box, actions);
  replaceChildren(banner, box);
}

function clearMessages(): void {
  replaceChildren(banner);
  status.textContent = '';
}

// ---- actions ------------------------------------------------------------------------------

/** Minimal shape check: a broken answer must give a clear message, not a TypeError half-way through rendering. */
function requireDashboard(value: unknown): DashboardView {
  const d = value as DashboardView;
  if (!d || typeof d !== 'object' || !Array.isArray(d.areas) || !Array.isArray(d.problems)) throw badResponseError();
  return d;
}

async function run<T>(busy: Exclude<Busy, null>, work: () => Promise<T>, retry?: () => void): Promise<T | undefined> {
  if (state.busy) return undefined;
  state.busy = busy;
  clearMessages();
  render();
  try {
    return await work();
  } catch (reason) {
    showError(asSidebarError(reason), retry);
    return undefined;
  } finally {
    state.busy = null;
    render();
  }
}

async function load(): Promise<void> {
  await run(
    'load',
    async () => {
      state.dashboard = requireDashboard(await call('sidebarGetDashboard'));
    },
    () => void load(),
  );
}

async function compute(): Promise<void> {
  const d = await run('compute', async () => {
    const result = requireDashboard(await call('sidebarComputeScores'));
    state.dashboard = result;
    return result;
  });
  if (d) {
    status.textContent = T.computed(d.errors, d.warnings);
    // Green only when clean: a run with errors is done but not good news.
    status.className = `status ${d.errors > 0 ? 'has-errors' : d.warnings > 0 ? 'has-warnings' : 'clean'}`;
  }
  computeButton.focus();
}

async function createReport(): Promise<void> {
  const link = await run('report', () => call('sidebarCreateReport'));
  if (link) showReport(link);
}

async function createPeriodicReport(): Promise<void> {
  const period = periodSelect.value as PeriodChoice;
  const link = await run('periodic', () => call('sidebarCreatePeriodicReport', period));
  if (link) showReport(link);
}

async function createInspectionReport(): Promise<void> {
  const link = await run('inspection', () => call('sidebarCreateInspectionReport'));
  if (link) showReport(link);
}

function showReport(link: ReportLink): void {
  const name = link && link.name ? String(link.name) : T.reportTitle;
  const url = safeHttpUrl(link && link.url);
  const warning =
    link && typeof link.warning === 'string' && link.warning
      ? h('p', { className: 'report-warning' }, link.warning)
      : null;
  replaceChildren(
    reportResult,
    url
      ? h('p', null, T.reportCreated, ' ', externalLink(url, name))
      : h(
          'p',
          null,
          T.reportCreated,
          ' ',
          h('span', { className: 'report-name' }, name),
          h('br', null),
          h('span', { className: 'muted' }, T.reportNoLink),
        ),
    warning,
  );
}

async function goToCell(sheet: string, cell: string, button: HTMLButtonElement): Promise<void> {
  button.disabled = true;
  try {
    await call('sidebarGoToCell', sheet, cell);
  } catch (reason) {
    showError(asSidebarError(reason));
  } finally {
    button.disabled = false;
  }
}

// ---- start --------------------------------------------------------------------------------

function start(): void {
  const root = document.getElementById('app') || document.body.appendChild(h('div', { id: 'app' }));
  mountShell(root);
  void load();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
