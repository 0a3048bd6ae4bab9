/**
 * Pure view builders: DashboardView → DOM nodes. No state, no server calls; the caller passes the
 * callbacks. Every value from the sheet goes through h()/append(), i.e. into text nodes.
 */
import type {
  AreaView,
  DashboardView,
  EvidenceView,
  IndexView,
  OfficialProgressView,
  ProblemView,
  RoundCriterionView,
} from '../contract';
import { PROGRESS_TEXT as P } from '../../core/text/cycle';
import { daysUntil } from '../../core/report/dates';
import { DEFAULT_UNIT_TYPE, SEVERITY_LABELS } from '../../core/text/core';
import { SIDEBAR_TEXT as T } from '../../core/text/ui';
import { formatNumber } from '../../core/format';
import { deltaText } from './delta';
import { Child, h, progressBar } from './dom';
import { formatDateTime, todayInVietnam } from './time';

/** Problems rendered at once per area; the rest behind "Hiện thêm" so a huge list stays responsive. */
export const PROBLEMS_PER_PAGE = 50;

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

export function areaLabel(area: Pick<AreaView, 'code' | 'title'>): string {
  return area.code ? `${area.code}. ${area.title}` : String(area.title);
}

// ---- header ---------------------------------------------------------------------------------

export function headerView(d: DashboardView): Child[] {
  const unit = d.commune ? T.unitName(d.unitType || DEFAULT_UNIT_TYPE, d.commune) : '';
  const title = [unit, d.year ? T.yearLabel(d.year) : '']
    .filter((s) => s !== '' && s !== null && s !== undefined)
    .join(' · ');
  return [
    h('h1', { className: 'title' }, title || T.pageTitle),
    d.catalogueNotice ? h('p', { className: 'notice' }, d.catalogueNotice) : null,
    d.locked
      ? h('div', { className: 'locked', attrs: { role: 'note' } }, h('strong', null, T.locked), ' ', T.lockedHint)
      : null,
  ];
}

// ---- index --------------------------------------------------------------------------------

export function summaryView(d: DashboardView): Node[] {
  const nodes: Node[] = [h('div', { className: 'label' }, T.indexLabel)];
  if (!d.index) {
    nodes.push(h('div', { className: 'big not-scored' }, T.notScored), h('p', { className: 'muted' }, T.notScoredHint));
  } else {
    nodes.push(...indexLines(d.index));
  }
  const when = d.scoredAt ? formatDateTime(d.scoredAt) : null;
  if (when) nodes.push(h('div', { className: 'muted scored-at' }, T.scoredAt(when)));
  if (d.notice) nodes.push(h('div', { className: 'run-notice', attrs: { role: 'note' } }, d.notice));
  if (d.appraisalIndex) {
    nodes.push(
      h('div', { className: 'muted appraisal' }, T.appraisal(d.appraisalIndex.percentText, d.appraisalIndex.rating)),
    );
  }
  const r = d.rounds;
  if (d.index && r && r.first) {
    nodes.push(
      h(
        'div',
        { className: 'muted rounds-index' },
        T.roundsIndex(d.index.percentText, r.first.percentText, r.final ? r.final.percentText : null),
      ),
    );
  }
  return nodes;
}

function indexLines(index: IndexView): Node[] {
  const out: Node[] = [
    h('div', { className: 'big', attrs: { 'data-testid': 'index-percent' } }, index.percentText),
    h('div', { className: 'points' }, T.pointsOf(index.pointsText, formatNumber(index.applicableMax))),
    progressBar(index.percent, T.indexLabel, 'bar-index'),
  ];
  if (index.extrasText)
    out.push(h('div', { className: 'muted extras', attrs: { 'data-testid': 'index-extras' } }, index.extrasText));
  const rating = h('div', { className: 'rating-line' });
  if (index.rating) rating.appendChild(h('span', { className: 'chip' }, index.rating));
  if (index.group) rating.appendChild(h('span', { className: 'group' }, T.groupLabel(index.group)));
  if (rating.childNodes.length) out.push(rating);
  return out;
}

// ---- areas --------------------------------------------------------------------------------

export function areasView(areas: AreaView[]): Node[] {
  if (!areas.length) return [];
  return [h('h2', null, T.areasTitle), h('ul', { className: 'areas' }, ...areas.map(areaItem))];
}

function areaItem(a: AreaView): HTMLLIElement {
  const label = areaLabel(a);
  const meta: Node[] = [];
  if (isNum(a.previousRunPoints)) {
    const delta = deltaText(a.points, a.previousRunPoints);
    meta.push(
      delta
        ? h(
            'span',
            { className: `delta ${delta.direction}`, attrs: { title: T.sincePrevious(delta.text) } },
            delta.text,
          )
        : h('span', { className: 'delta same', attrs: { title: T.unchanged } }, T.unchangedShort),
    );
  }
  if (isNum(a.lastYearPoints)) meta.push(h('span', null, T.lastYear(formatNumber(a.lastYearPoints))));
  if (isNum(a.appraisal1Points)) meta.push(h('span', null, T.areaAppraisal1(formatNumber(a.appraisal1Points))));
  if (isNum(a.appraisalPoints)) meta.push(h('span', null, T.areaAppraisal(formatNumber(a.appraisalPoints))));
  return h(
    'li',
    { className: 'area', attrs: { 'data-area': String(a.code) } },
    h('div', { className: 'area-title' }, label),
    h(
      'div',
      { className: 'area-row' },
      progressBar(a.percent, label),
      h('span', { className: 'area-pts' }, T.areaPoints(a.pointsText, formatNumber(a.applicableMax))),
      h('span', { className: 'area-pct' }, a.percentText),
    ),
    meta.length ? h('div', { className: 'area-meta' }, ...meta) : null,
    areaEvidenceLine(a.evidence),
  );
}

/** Nothing for a view stored before per-area evidence existed (undefined) or an area with no criteria. */
function areaEvidenceLine(e: EvidenceView | null | undefined): HTMLDivElement | null {
  if (!e || !(e.total > 0)) return null;
  return h(
    'div',
    {
      className: 'area-evidence',
      attrs: { title: T.evidenceCounts(e.withEvidence, e.explanationOnly, e.none, e.total) },
    },
    T.areaEvidence(String(e.completeText), e.explanationOnly, e.none),
  );
}

// ---- problems -----------------------------------------------------------------------------

export interface ProblemGroup {
  /** '' for workbook-wide problems. */
  key: string;
  label: string;
  problems: ProblemView[];
  errors: number;
  warnings: number;
}

/** Workbook-wide problems first, then areas in dashboard order (unknown codes last); errors before warnings. */
export function groupProblems(problems: ProblemView[], areas: AreaView[]): ProblemGroup[] {
  const byKey = new Map<string, ProblemView[]>();
  for (const p of problems) {
    const key = p.areaCode ? String(p.areaCode) : '';
    const list = byKey.get(key);
    if (list) list.push(p);
    else byKey.set(key, [p]);
  }
  const areaIndex = new Map(areas.map((a, i) => [String(a.code), i] as [string, number]));
  const rank = (key: string) => (key === '' ? -1 : areaIndex.has(key) ? (areaIndex.get(key) as number) : areas.length);
  const labelOf = (key: string) => {
    if (key === '') return T.generalArea;
    const area = areas[areaIndex.get(key) ?? -1];
    return area ? areaLabel(area) : key;
  };
  return [...byKey.entries()]
    .sort((x, y) => rank(x[0]) - rank(y[0]))
    .map(([key, list]) => {
      const errors = list.filter((p) => p.severity === 'error');
      const warnings = list.filter((p) => p.severity !== 'error');
      return {
        key,
        label: labelOf(key),
        problems: [...errors, ...warnings],
        errors: errors.length,
        warnings: warnings.length,
      };
    });
}

export interface ProblemHandlers {
  goToCell(sheet: string, cell: string, button: HTMLButtonElement): void;
  /** Whether a group is open: the official's own choice if made, else open when it holds errors. */
  isOpen(group: ProblemGroup): boolean;
  onToggle(key: string, open: boolean): void;
}

export function problemsView(d: DashboardView, on: ProblemHandlers): Node[] {
  const heading = h('h2', null, T.problemsTitle);
  if (!d.problems.length) return d.index ? [heading, h('p', { className: 'muted ok' }, T.noProblems)] : [];
  const counts = T.problemCounts(countOf(d.problems, 'error'), countOf(d.problems, 'warning'));
  heading.appendChild(h('span', { className: 'count' }, ` (${counts})`));
  return [heading, ...groupProblems(d.problems, d.areas).map((g) => problemGroup(g, on))];
}

function countOf(problems: ProblemView[], severity: ProblemView['severity']): number {
  return problems.filter((p) => (severity === 'error' ? p.severity === 'error' : p.severity !== 'error')).length;
}

function problemGroup(g: ProblemGroup, on: ProblemHandlers): HTMLDetailsElement {
  const list = h('ul', { className: 'problems' });
  const details = h(
    'details',
    { className: 'problem-group', attrs: { 'data-area': g.key } },
    h(
      'summary',
      null,
      h('span', { className: 'group-label' }, g.label),
      h(
        'span',
        { className: 'badges' },
        g.errors ? h('span', { className: 'badge error' }, T.errorCount(g.errors)) : null,
        g.warnings ? h('span', { className: 'badge warning' }, T.warningCount(g.warnings)) : null,
      ),
    ),
    list,
  );
  details.open = on.isOpen(g);
  details.addEventListener('toggle', () => on.onToggle(g.key, details.open));
  renderPage(list, g.problems, 0, on);
  return details;
}

/** Appends one page of problems and, when more remain, a "Hiện thêm" button for the next page. */
function renderPage(list: HTMLUListElement, problems: ProblemView[], start: number, on: ProblemHandlers): void {
  const end = Math.min(problems.length, start + PROBLEMS_PER_PAGE);
  for (let i = start; i < end; i++) list.appendChild(problemItem(problems[i], on));
  if (end < problems.length) {
    const more: HTMLLIElement = h(
      'li',
      { className: 'more' },
      h(
        'button',
        {
          className: 'link-btn',
          attrs: { type: 'button' },
          onClick: () => {
            list.removeChild(more);
            renderPage(list, problems, end, on);
          },
        },
        T.showMore(problems.length - end),
      ),
    );
    list.appendChild(more);
  }
}

function problemItem(p: ProblemView, on: ProblemHandlers): HTMLLIElement {
  const severity = p.severity === 'error' ? 'error' : 'warning';
  const head = h(
    'div',
    { className: 'problem-head' },
    h('span', { className: `sev ${severity}` }, SEVERITY_LABELS[severity]),
  );
  if (p.address) head.appendChild(h('span', { className: 'addr' }, p.address));
  if (p.sheet && p.cell) {
    const sheet = String(p.sheet);
    const cell = String(p.cell);
    const button: HTMLButtonElement = h(
      'button',
      {
        className: 'link-btn goto',
        attrs: { type: 'button', 'aria-label': T.goToCellLabel(p.address || `${sheet}!${cell}`) },
        onClick: () => on.goToCell(sheet, cell, button),
      },
      T.goToCell,
    );
    head.appendChild(button);
  }
  return h('li', { className: `problem ${severity}` }, head, h('div', { className: 'msg' }, p.message));
}

// ---- evidence -----------------------------------------------------------------------------

export function evidenceView(e: EvidenceView | null): Node[] {
  if (!e || !(e.total > 0)) return [];
  const share = ((e.withEvidence + e.explanationOnly) / e.total) * 100;
  return [
    h('h2', null, T.evidenceTitle),
    h('div', { className: 'evidence-line' }, h('strong', null, e.completeText), ' ', T.evidenceComplete),
    progressBar(share, T.evidenceTitle, 'bar-evidence'),
    h('div', { className: 'muted' }, T.evidenceCounts(e.withEvidence, e.explanationOnly, e.none, e.total)),
  ];
}

// ---- appraisal rounds ---------------------------------------------------------------------

/** The step the round lock has open, and the criteria through the rounds (nothing before any appraisal). */
type GoTo = (sheet: string, cell: string, button: HTMLButtonElement) => void;

export function roundsView(d: DashboardView, goToCell: GoTo): Node[] {
  const step = d.step && d.step in T.roundSteps ? d.step : null;
  const r = d.rounds;
  if (!r && (step === null || step === 'entry')) return [];
  const nodes: Node[] = [h('h2', null, T.roundsTitle)];
  if (step) nodes.push(h('p', { className: `round-step step-${step}` }, T.roundSteps[step]));
  if (!r) return nodes;
  if (r.first)
    nodes.push(
      h(
        'p',
        { className: r.responsesDue > 0 ? 'responses-due' : 'muted responses-due' },
        T.responsesDue(r.responsesDue),
      ),
    );
  if (r.criteria.length) {
    nodes.push(
      h(
        'ul',
        { className: 'rounds', attrs: { 'aria-label': T.roundPointsLabel } },
        ...r.criteria.map((c) => roundItem(c, step === 'response', goToCell)),
      ),
    );
  }
  return nodes;
}

function roundItem(c: RoundCriterionView, responseOpen: boolean, goToCell: GoTo): HTMLLIElement {
  const head = h(
    'div',
    { className: 'round-head' },
    h('span', { className: 'round-code' }, String(c.code)),
    h(
      'span',
      { className: 'round-points', attrs: { title: T.roundPointsLabel } },
      T.roundPoints(c.selfText, c.firstText, c.finalText),
    ),
  );
  if (c.disputed)
    head.appendChild(
      h(
        'span',
        { className: c.response ? 'badge done' : 'badge warning' },
        c.response ? T.responseDone : T.responseMissing,
      ),
    );
  if (c.disputed && responseOpen && c.sheet && c.cell) {
    const sheet = String(c.sheet);
    const cell = String(c.cell);
    const button: HTMLButtonElement = h(
      'button',
      {
        className: 'link-btn goto',
        attrs: { type: 'button', 'aria-label': T.writeResponseLabel(String(c.code)) },
        onClick: () => goToCell(sheet, cell, button),
      },
      T.writeResponse,
    );
    head.appendChild(button);
  }
  return h(
    'li',
    { className: `round ${c.disputed ? 'disputed' : ''}`, attrs: { 'data-code': String(c.code) } },
    head,
    h('div', { className: 'round-title' }, String(c.title)),
  );
}

// ---- deadlines and what is left -----------------------------------------------------------

/** Days left to each deadline (counted today, in Việt Nam) and each official's remaining work. */
export function progressView(d: DashboardView, today = todayInVietnam()): Node[] {
  const p = d.progress;
  if (!p || !d.index) return [];
  const nodes: Node[] = [h('h2', null, P.title)];
  if (!p.deadlines.length) nodes.push(h('p', { className: 'muted no-deadline' }, P.noDeadline));
  for (const dl of p.deadlines) {
    const days = daysUntil({ year: dl.year, month: dl.month, day: dl.day }, today);
    const tone = days < 0 ? 'overdue' : days <= 7 ? 'soon' : 'ok';
    nodes.push(h('p', { className: `deadline ${tone}` }, P.deadline(String(dl.label), String(dl.dateText), days)));
  }
  for (const problem of p.deadlineProblems) nodes.push(h('p', { className: 'deadline-problem' }, String(problem)));
  if (p.officials.length) nodes.push(h('ul', { className: 'officials' }, ...p.officials.map(officialItem)));
  return nodes;
}

function officialItem(o: OfficialProgressView): HTMLLIElement {
  const name = o.official ? String(o.official) : P.unassigned;
  const parts: [keyof typeof P.counts, number][] = [
    ['notEntered', o.notEntered],
    ['errors', o.errors],
    ['noEvidence', o.noEvidence],
    ['responsesDue', o.responsesDue],
  ];
  const left = parts.filter(([, n]) => isNum(n) && n > 0);
  return h(
    'li',
    { className: 'official', attrs: { 'aria-label': P.countsLabel(name) } },
    h(
      'div',
      { className: 'official-name' },
      name,
      h('span', { className: 'muted' }, ` · ${P.areasOf(o.areas.map(String))}`),
    ),
    h(
      'div',
      { className: 'official-counts' },
      ...(left.length
        ? left.map(([k, n]) => h('span', { className: `count-chip ${k}` }, `${n} ${P.counts[k]}`))
        : [h('span', { className: 'count-chip done' }, P.nothingLeft)]),
    ),
  );
}
