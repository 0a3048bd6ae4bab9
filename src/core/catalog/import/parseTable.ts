/**
 * A province's criteria table (the grid of cells read from .docx, .xlsx or a pasted tab) → a catalogue
 * draft and the rows the office must confirm. Nothing is guessed silently: a rule that cannot be read
 * becomes "Nhập điểm" with its prose kept and is listed; faults that make the table unusable (no header,
 * text points, a rule above its maximum, duplicate codes) fail the whole import, each naming its row.
 */
import { DEFAULT_CATALOGUE } from '../defaultCatalogue';
import { IMPORT_ROLE_WORDS, IMPORT_TOTAL_WORDS, importMsg } from '../../text';
import { fromMilli, Milli, toMilli } from '../../points';
import { normalizeLabel, parseBands } from '../ruleText';
import { derivedShortName } from '../shortName';
import { BandKind, bandKindOf, readBandLines } from './bands';
import type { AreaRole, AreaSpec, CatalogueSpec, CriterionSpec, InputKind } from '../types';
import { findHeader } from './header';
import { readPoints, readProseRule } from './proseRule';

/** A row-numbered message; `row` is 1-based, as the table shows it. */
export interface ImportNote {
  row: number;
  code: string | null;
  message: string;
}

export type RowOutcome = 'rule' | 'manual' | 'group';

export interface ImportedRow {
  row: number;
  code: string;
  outcome: RowOutcome;
  role: AreaRole | null;
}

export interface ImportStats {
  areas: number;
  criteria: number;
  rules: number;
  manual: number;
  groups: number;
  bonus: number;
  penalty: number;
  survey: number;
}

export type ImportResult =
  | {
      ok: true;
      spec: CatalogueSpec;
      rows: ImportedRow[];
      confirm: ImportNote[];
      notes: ImportNote[];
      stats: ImportStats;
    }
  | { ok: false; errors: ImportNote[] };

export interface ImportOptions {
  /** The file or tab the table came from, named in the catalogue's notice. */
  source: string;
  name?: string;
  /** Text above the table (a .docx's paragraphs), where the decision's number is looked for. */
  preface?: string[];
}

interface Option {
  row: number;
  label: string;
  points: number | null;
}

interface Draft {
  row: number;
  code: string;
  title: string;
  max: number | null;
  prose: string;
  options: Option[];
  children: Draft[];
  parent: Draft | null;
}

interface DraftArea {
  row: number;
  code: string;
  title: string;
  max: number | null;
  role: AreaRole | null;
  /** Opened by an unnumbered or lettered part row ("B. ĐIỂM THƯỞNG"): its numbers are criteria. */
  fromPart: boolean;
  criteria: Draft[];
  all: Draft[];
}

const ROMAN = /^[IVXLC]+$/;
const BULLET = /^[-+•–*]\s*/;
const ACRONYMS = new Set(['CCHC', 'TTHC', 'UBND', 'HĐND', 'CBCC', 'CNTT', 'VBQPPL', 'ISO']);

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (v instanceof Date) return '';
  return String(v)
    .normalize('NFC')
    .replace(/\u00a0/g, ' ')
    .trim();
}

function romanValue(s: string): number {
  const v: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const cur = v[s[i]];
    total += cur < (v[s[i + 1]] ?? 0) ? -cur : cur;
  }
  return total;
}

/** "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC" → "Công tác chỉ đạo, điều hành CCHC"; mixed case is kept. */
function sentenceCase(s: string): string {
  if (s !== s.toLocaleUpperCase('vi') || !/\p{L}{3}/u.test(s)) return s;
  const words = s.split(' ').map((w) => (ACRONYMS.has(w.replace(/[^\p{L}]/gu, '')) ? w : w.toLocaleLowerCase('vi')));
  const out = words.join(' ');
  return out.charAt(0).toLocaleUpperCase('vi') + out.slice(1);
}

function tabNameOf(code: string, title: string): string {
  const clean = sentenceCase(title)
    .replace(/[[\]*?/\\:]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  let short = clean;
  if (short.length > 30)
    short = short
      .slice(0, 30)
      .replace(/\s+\S*$/, '')
      .replace(/[,;.\s-]+$/, '');
  return `${code}. ${short}`;
}

function roleOf(text: string): AreaRole | null {
  const t = normalizeLabel(text);
  for (const role of ['bonus', 'penalty', 'survey'] as const)
    if (IMPORT_ROLE_WORDS[role].some((w) => t.includes(w))) return role;
  return null;
}

function isTotalRow(code: string, title: string): boolean {
  const t = normalizeLabel(title || code);
  return !/^\d/.test(code) && IMPORT_TOTAL_WORDS.some((w) => (w === 'cộng' ? t === w : t.startsWith(w)));
}

/** "I. CÔNG TÁC…" typed in one (merged) cell → code and title. */
function splitMergedCode(code: string, title: string): [string, string] {
  if (title && title !== code) return [code, title];
  const m =
    /^([IVXLC]+|\d+(?:\.\d+)*|[a-zđA-Z])[.)]\s*(.+)$/.exec(code) ?? /^([IVXLC]+|\d+(?:\.\d+)*)\s+(.+)$/.exec(code);
  return m ? [m[1], m[2].trim()] : [code, title === code ? '' : title];
}

/** "(1) (2) (3)" or "1 2 3 4" under the header: column numbers, not data. */
function isColumnNumberRow(cells: string[]): boolean {
  const filled = cells.filter((c) => c !== '');
  if (filled.length < 3) return false;
  return filled.every((c, i) => c.replace(/[()]/g, '') === String(i + 1));
}

const vi = (x: number) => String(x).replace('.', ',');

/** A merged cell pasted from Sheets repeats its text in every covered cell: keep the first. */
function dropMergedRepeats(cells: string[]): string[] {
  return cells.map((c, i) => (i > 0 && c !== '' && c === cells[i - 1] && readPoints(c) === null ? '' : c));
}

export function parseCriteriaTable(grid: readonly (readonly unknown[])[], options: ImportOptions): ImportResult {
  const rows = grid.map((r) => dropMergedRepeats(r.map(cellText)));
  const header = findHeader(rows);
  if (!header) return { ok: false, errors: [{ row: 1, code: null, message: importMsg.noHeader() }] };
  const cols = header.columns;
  const errors: ImportNote[] = [];
  const confirm: ImportNote[] = [];
  const notes: ImportNote[] = [];
  const areas: DraftArea[] = [];
  const seen = new Map<string, number>();
  const romanStyle = rows
    .slice(header.dataStart)
    .some((r) => ROMAN.test(splitMergedCode(r[cols.code] ?? '', r[cols.title] ?? '')[0].replace(/[.)]$/, '')));
  let total: { row: number; value: number } | null = null;
  let area: DraftArea | null = null;
  let last: Draft | null = null;
  let lastNumbered: Draft | null = null;
  /** Xếp loại / phân nhóm lines, with the row each came from (0 for the text above the table). */
  const bandLines: Record<BandKind, { row: number; text: string }[]> = { ratings: [], groups: [] };
  let bandMode: BandKind | null = null;
  for (const p of options.preface ?? []) {
    const kind = bandKindOf(p);
    if (kind && /\d/.test(p)) bandLines[kind].push({ row: 0, text: p });
  }

  const get = (cells: string[], c: number | null) => (c === null ? '' : (cells[c] ?? ''));
  const points = (text: string, row: number): number | null | 'bad' => {
    if (text === '') return null;
    const p = readPoints(text);
    if (p === null) {
      errors.push({ row, code: null, message: importMsg.pointsNotNumber(row, text) });
      return 'bad';
    }
    return p;
  };
  const register = (code: string, row: number): boolean => {
    const first = seen.get(code);
    if (first !== undefined) {
      errors.push({ row, code, message: importMsg.duplicateCode(row, code, first) });
      return false;
    }
    seen.set(code, row);
    return true;
  };
  const openArea = (row: number, code: string, title: string, maxText: string, fromPart: boolean) => {
    const max = points(maxText, row);
    area = {
      row,
      code,
      title: sentenceCase(title),
      max: max === 'bad' ? null : max,
      role: roleOf(title),
      fromPart,
      criteria: [],
      all: [],
    };
    if (register(code, row)) areas.push(area);
    last = lastNumbered = null;
  };
  const nextAreaCode = () => String(Math.max(0, ...areas.map((a) => Number(a.code))) + 1);

  for (let r = header.dataStart; r < rows.length; r++) {
    const cells = rows[r];
    const row = r + 1;
    if (cells.every((c) => c === '')) continue;
    if (r === header.dataStart && isColumnNumberRow(cells)) continue;
    const [rawCode, title] = splitMergedCode(get(cells, cols.code), get(cells, cols.title));
    const code = rawCode.replace(/[.)]$/, '').trim();
    const maxText = get(cells, cols.max);
    const guide = [get(cells, cols.guide)].filter((s) => s !== '').join('\n');
    // Xếp loại / phân nhóm stated in the table (usually under the total): bands, not criteria.
    const rowText = cells.filter((c) => c !== '').join(' ');
    if (!/^\d|^[IVXLC]+$/.test(code)) {
      // An option row ("- Xếp loại đúng: 1 điểm") is not a band; a heading or a band line is.
      const looksLikeBands = !/\d/.test(rowText) || /trở lên|≥|>=|đến dưới|dưới \d/iu.test(rowText);
      const kind = !BULLET.test(rowText) && looksLikeBands ? bandKindOf(rowText) : null;
      if (kind) bandMode = kind;
      if (bandMode && (kind || /\d/.test(rowText))) {
        if (/\d/.test(rowText)) bandLines[bandMode].push({ row, text: rowText.replace(/^[A-Z][.)]?\s+/, '') });
        continue;
      }
    } else bandMode = null;

    if (isTotalRow(code, title)) {
      const p = points(maxText, row);
      if (typeof p === 'number') total = { row, value: p };
      continue;
    }
    // A part row ("B. ĐIỂM THƯỞNG", or no number at all) opens a bonus, penalty or survey area.
    if ((code === '' || /^[A-Z]$/.test(code)) && !BULLET.test(title) && roleOf(title)) {
      openArea(row, nextAreaCode(), title, maxText, true);
      continue;
    }
    if (/^[A-Z]$/.test(code) && !ROMAN.test(code)) continue; // "A. TIÊU CHÍ ĐÁNH GIÁ": a heading only
    const cur = area as DraftArea | null;

    if (code === '') {
      const text = title || get(cells, cols.guide);
      const prev = last as Draft | null;
      if (!prev) continue; // text above the first criterion (a title, a note)
      if (BULLET.test(text) || maxText !== '') {
        const p = points(maxText, row);
        prev.options.push({ row, label: text.replace(BULLET, '').trim(), points: p === 'bad' ? null : p });
      } else if (title) prev.title = `${prev.title} ${title}`.trim();
      if (guide && title) prev.prose = [prev.prose, guide].filter(Boolean).join('\n');
      else if (!title && guide && !BULLET.test(guide)) prev.prose = [prev.prose, guide].filter(Boolean).join('\n');
      continue;
    }

    const isAreaRow = romanStyle ? ROMAN.test(code) : /^\d+$/.test(code) && !cur?.fromPart;
    if (isAreaRow) {
      openArea(row, romanStyle ? String(romanValue(code)) : code, title, maxText, false);
      continue;
    }
    if (!cur) {
      errors.push({ row, code, message: importMsg.noArea(row) });
      continue;
    }
    let full: string;
    let parent: Draft | null = null;
    if (/^\d+(\.\d+)*$/.test(code)) {
      const relative = `${cur.code}.${code}`;
      const relParent = relative.slice(0, relative.lastIndexOf('.'));
      // "1.2" under area 1 is already a full code when areas are numbered 1, 2…; under "I" it is
      // relative unless its relative parent does not exist.
      const absolute = code.split('.')[0] === cur.code && code.includes('.');
      const relativeFits = relParent === cur.code || seen.has(relParent);
      full = absolute && (!(romanStyle || cur.fromPart) || !relativeFits) ? code : relative;
      const parentCode = full.slice(0, full.lastIndexOf('.'));
      parent = cur.all.find((d) => d.code === parentCode) ?? null;
    } else if (/^[a-zđ]$/.test(code) && lastNumbered) {
      parent = lastNumbered;
      full = `${parent.code}.${parent.children.length + 1}`;
    } else {
      errors.push({ row, code: null, message: importMsg.badCode(row, code) });
      continue;
    }
    const max = points(maxText, row);
    const draft: Draft = {
      row,
      code: full,
      title,
      max: max === 'bad' ? null : max,
      prose: guide,
      options: [],
      children: [],
      parent,
    };
    if (!register(full, row)) continue;
    if (parent) parent.children.push(draft);
    else cur.criteria.push(draft);
    cur.all.push(draft);
    last = draft;
    if (!/^[a-zđ]$/.test(code)) lastNumbered = draft;
  }

  if (errors.length === 0 && areas.length === 0)
    errors.push({ row: header.dataStart + 1, code: null, message: importMsg.emptyTable() });
  if (errors.length > 0) return { ok: false, errors: errors.sort((a, b) => a.row - b.row) };

  const out: ImportedRow[] = [];
  const specs: AreaSpec[] = areas.map((a) => {
    const criteria: CriterionSpec[] = [];
    const visit = (d: Draft): Milli => {
      const at = criteria.length;
      criteria.push({ code: d.code, title: d.title, maxPoints: 0, kind: 'manual', rule: '' });
      const spec = resolve(d, a.role, visit, errors, confirm, notes, out);
      criteria[at] = spec;
      return toMilli(spec.maxPoints);
    };
    const sum = a.criteria.reduce((s, d) => s + visit(d), 0);
    const max = a.max === null ? sum : toMilli(a.max);
    if (a.max !== null && sum !== max)
      confirm.push({ row: a.row, code: a.code, message: importMsg.areaSum(a.row, a.code, fromMilli(sum), a.max) });
    const spec: AreaSpec = {
      code: a.code,
      title: a.title,
      tabName: tabNameOf(a.code, a.title),
      maxPoints: fromMilli(max),
      criteria,
    };
    if (a.role) spec.role = a.role;
    return spec;
  });
  if (errors.length > 0) return { ok: false, errors: errors.sort((a, b) => a.row - b.row) };

  const t = total as { row: number; value: number } | null;
  if (t) {
    const regular = specs.filter((s) => !s.role || s.role === 'survey').reduce((s, a) => s + toMilli(a.maxPoints), 0);
    if (regular !== toMilli(t.value))
      confirm.push({ row: t.row, code: null, message: importMsg.totalSum(t.row, fromMilli(regular), t.value) });
  }
  const regularMax = fromMilli(
    specs.filter((s) => !s.role || s.role === 'survey').reduce((s, a) => s + toMilli(a.maxPoints), 0),
  );
  const bands = { ratings: DEFAULT_CATALOGUE.ratings, groups: DEFAULT_CATALOGUE.groups };
  for (const kind of ['groups', 'ratings'] as const) {
    const lines = bandLines[kind];
    const what = importMsg.bandWhat[kind];
    if (lines.length === 0) {
      notes.unshift({ row: header.dataStart, code: null, message: importMsg.bandsDefault(what) });
      continue;
    }
    const text = readBandLines(
      lines.map((l) => l.text),
      regularMax,
    );
    const row = lines[0].row || header.dataStart;
    if (text && parseBands(what, text).problems.length === 0) {
      bands[kind] = text;
      notes.push({ row, code: null, message: importMsg.bandsRead(row, what, text) });
    } else confirm.push({ row, code: null, message: importMsg.bandsUnread(row, what) });
  }
  const spec: CatalogueSpec = {
    name:
      options.name ??
      decisionName([...(options.preface ?? []).map((p) => [p]), ...rows.slice(0, header.dataStart)]) ??
      importMsg.defaultName,
    notice: importMsg.notice(options.source),
    groups: bands.groups,
    ratings: bands.ratings,
    areas: specs,
  };
  const count = (f: (r: ImportedRow) => boolean) => out.filter(f).length;
  return {
    ok: true,
    spec,
    rows: out,
    confirm: confirm.sort((a, b) => a.row - b.row),
    notes,
    stats: {
      areas: specs.length,
      criteria: out.length,
      rules: count((r) => r.outcome === 'rule'),
      manual: count((r) => r.outcome === 'manual'),
      groups: count((r) => r.outcome === 'group'),
      bonus: count((r) => r.role === 'bonus' && r.outcome !== 'group'),
      penalty: count((r) => r.role === 'penalty' && r.outcome !== 'group'),
      survey: count((r) => r.role === 'survey' && r.outcome !== 'group'),
    },
  };
}

/** "Kèm theo Quyết định số 1234/QĐ-UBND ngày …" above the header names the set. */
function decisionName(rows: string[][]): string | null {
  for (const r of rows)
    for (const c of r) {
      const m = /(quyết định|qđ)[^\n]*\d+\/QĐ-[\p{L}\d]+[^\n]*/iu.exec(c);
      if (m) return `Bộ tiêu chí Chỉ số CCHC cấp xã – ${m[0].replace(/^\(|\)$/g, '').trim()}`.slice(0, 200);
    }
  return null;
}

/** A title that is an a/b definition gets the short name report prose will use. */
function withShortName(spec: CriterionSpec): CriterionSpec {
  const shortName = derivedShortName(spec.title);
  return shortName ? { ...spec, shortName } : spec;
}

/** One criterion's spec from its draft: a group, a read rule, or "Nhập điểm" with the prose kept. */
function resolve(
  d: Draft,
  role: AreaRole | null,
  visit: (d: Draft) => Milli,
  errors: ImportNote[],
  confirm: ImportNote[],
  notes: ImportNote[],
  out: ImportedRow[],
): CriterionSpec {
  const title = d.title || d.code;
  if (d.children.length > 0) {
    out.push({ row: d.row, code: d.code, outcome: 'group', role });
    const sum = d.children.reduce((s, c) => s + visit(c), 0);
    const max = d.max === null ? sum : toMilli(d.max);
    if (sum !== max)
      confirm.push({
        row: d.row,
        code: d.code,
        message: importMsg.childrenSum(d.row, d.code, fromMilli(sum), d.max ?? 0),
      });
    return { code: d.code, title, maxPoints: fromMilli(max), kind: 'group', rule: 'Tổng điểm các tiêu chí thành phần' };
  }
  const optionProse = d.options.map((o) => (o.points === null ? o.label : `${o.label}: ${vi(o.points)}`)).join('; ');
  const prose = optionProse || d.prose;
  const stated = d.max === null ? null : toMilli(d.max);
  const reading = role === 'survey' ? null : readProseRule(prose, stated ?? 0);
  const max = stated ?? reading?.top ?? null;
  if (max === null) {
    errors.push({ row: d.row, code: d.code, message: importMsg.pointsMissing(d.row, d.code) });
    return { code: d.code, title, maxPoints: 0, kind: 'manual', rule: prose };
  }
  const keep = [d.options.length > 0 ? optionProse : '', d.prose].filter(Boolean).join('\n');
  if (!reading) {
    out.push({ row: d.row, code: d.code, outcome: 'manual', role });
    if (role === 'survey') notes.push({ row: d.row, code: d.code, message: importMsg.survey(d.row, d.code) });
    else confirm.push({ row: d.row, code: d.code, message: importMsg.manual(d.row, d.code) });
    return withShortName({ code: d.code, title, maxPoints: fromMilli(max), kind: 'manual', rule: keep });
  }
  if (reading.top > max)
    errors.push({
      row: d.row,
      code: d.code,
      message: importMsg.ruleAboveMax(d.row, d.code, fromMilli(reading.top), fromMilli(max)),
    });
  else if (reading.top < max)
    confirm.push({
      row: d.row,
      code: d.code,
      message: importMsg.ruleBelowMax(d.row, d.code, fromMilli(reading.top), fromMilli(max)),
    });
  out.push({ row: d.row, code: d.code, outcome: 'rule', role });
  const kind: InputKind = reading.kind;
  return withShortName({ code: d.code, title, maxPoints: fromMilli(max), kind, rule: reading.rule });
}
