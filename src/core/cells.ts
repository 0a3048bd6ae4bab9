/**
 * Reading what officials type. Cells arrive as Sheets' getValues() gives them (string, number,
 * boolean, Date, '' for empty) or as the .xlsx shell normalises them (same types).
 *
 * Decisions (documented in the README):
 * - Numbers typed as text the Vietnamese way are understood, with a warning asking to retype:
 *   "1.234" (dot groups of three) = 1234; "1,5" = 1,5; "1 234" = 1234.
 *   "1.5" or "1,234.5" is ambiguous between conventions and is refused.
 * - Yes: "Có", "có", "CÓ", "x", "X", TRUE. No: "Không", FALSE. Case and Unicode form do not matter;
 *   missing diacritics ("co", "khong") are refused with a suggestion, never guessed silently.
 * - Formula errors (#DIV/0!, #REF!, #N/A, #VALUE! …) are errors naming the formula error.
 */
import { formatDateParts } from './format';
import { msg, NO_WORD, YES_WORD } from './text';
import { normalizeLabel, stripDiacritics } from './catalog/ruleText';

export type CellValue = string | number | boolean | Date | null | undefined;

export type Read<T> =
  { kind: 'empty' } | { kind: 'ok'; value: T; warning?: string } | { kind: 'error'; message: string };

const FORMULA_ERROR = /^#(DIV\/0!|REF!|N\/A|VALUE!|NAME\?|NUM!|NULL!|ERROR!|SPILL!|CALC!|GETTING_DATA)/i;

export const MAX_TEXT_LENGTH = 5000;

export function isBlank(v: CellValue): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

export function formulaErrorOf(v: CellValue): string | null {
  if (typeof v !== 'string') return null;
  const m = FORMULA_ERROR.exec(v.trim());
  return m ? v.trim() : null;
}

/**
 * The calendar day of a Date as Việt Nam shows it (UTC+7, no DST), whatever the process's zone: the
 * shells hand dates over so (Sheets: src/sheets/sheetDates.ts; exceljs gives UTC midnight, the same day).
 */
export function vietnamDay(v: Date): { year: number; month: number; day: number } {
  const t = new Date(v.getTime() + 7 * 60 * 60 * 1000);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** Text of a cell for text columns (evidence, explanation, owner). */
export function cellText(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) {
    if (isNaN(v.getTime())) return '';
    const d = vietnamDay(v);
    return formatDateParts(d.year, d.month, d.day);
  }
  return String(v).normalize('NFC').trim();
}

/** A decimal number, from a number cell or Vietnamese-formatted text. */
export function readNumber(v: CellValue): Read<number> {
  if (isBlank(v)) return { kind: 'empty' };
  if (typeof v === 'number')
    return Number.isFinite(v) ? { kind: 'ok', value: v } : { kind: 'error', message: msg.notANumber(v) };
  if (typeof v === 'boolean') return { kind: 'error', message: msg.booleanInNumberCell() };
  if (v instanceof Date) return { kind: 'error', message: msg.dateInNumberCell() };
  const raw = String(v).trim();
  const fe = formulaErrorOf(raw);
  if (fe) return { kind: 'error', message: msg.formulaError(fe) };
  const t = raw.replace(/\s+/g, '');
  let value: number | null = null;
  if (/^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)) value = Number(t.replace(/\./g, '').replace(',', '.'));
  else if (/^[+-]?\d+(,\d+)?$/.test(t)) value = Number(t.replace(',', '.'));
  else if (/^[+-]?\d+\.\d+$/.test(t) || /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t))
    return { kind: 'error', message: msg.ambiguousDecimal(raw) };
  if (value === null || !Number.isFinite(value)) return { kind: 'error', message: msg.notANumber(raw) };
  return { kind: 'ok', value, warning: msg.textNumberAccepted(raw, value) };
}

/** No commune counts a billion documents, dossiers or officials: a larger count is a typo or a bad paste. */
export const MAX_COUNT = 1e9;

/** A whole number 0 … MAX_COUNT (counts of documents, dossiers, officials). */
export function readCount(v: CellValue): Read<number> {
  const r = readNumber(v);
  if (r.kind !== 'ok') return r;
  if (r.value < 0) return { kind: 'error', message: msg.negative(r.value) };
  if (r.value > MAX_COUNT) return { kind: 'error', message: msg.countTooLarge(MAX_COUNT) };
  if (!Number.isInteger(r.value)) return { kind: 'error', message: msg.notAWholeNumber(r.value) };
  return r;
}

/** Points typed by hand: 0 … max, at most three decimals. */
export function readPoints(v: CellValue, max: number): Read<number> {
  const r = readNumber(v);
  if (r.kind !== 'ok') return r;
  if (r.value < 0) return { kind: 'error', message: msg.negative(r.value) };
  if (r.value > max + 1e-9) return { kind: 'error', message: msg.pointsAboveMax(r.value, max) };
  return r;
}

const YES = new Set([normalizeLabel(YES_WORD), 'x', 'true', '✓', '✔']);
const NO = new Set([normalizeLabel(NO_WORD), 'false']);

/** Có / Không (also x and checkbox booleans). */
export function readYesNo(v: CellValue): Read<boolean> {
  if (isBlank(v)) return { kind: 'empty' };
  if (typeof v === 'boolean') return { kind: 'ok', value: v };
  const fe = formulaErrorOf(v);
  if (fe) return { kind: 'error', message: msg.formulaError(fe) };
  const t = normalizeLabel(String(v));
  if (YES.has(t)) return { kind: 'ok', value: true };
  if (NO.has(t)) return { kind: 'ok', value: false };
  const bare = stripDiacritics(String(v));
  const suggestion =
    bare === stripDiacritics(YES_WORD) ? YES_WORD : bare === stripDiacritics(NO_WORD) ? NO_WORD : undefined;
  return { kind: 'error', message: msg.notYesNo(String(v), suggestion) };
}

/** The "Không phát sinh" mark: x / Có / TRUE means not applicable; empty, Không, FALSE mean applicable. */
export function readNaMark(v: CellValue): Read<boolean> {
  if (isBlank(v)) return { kind: 'ok', value: false };
  const r = readYesNo(v);
  if (r.kind === 'error') return { kind: 'error', message: msg.naValueInvalid(String(v)) };
  return r;
}

/** A label from a list, matched ignoring case and Unicode form; a near miss gets a suggestion. */
export function readOption(v: CellValue, labels: readonly string[]): Read<string> {
  if (isBlank(v)) return { kind: 'empty' };
  const fe = formulaErrorOf(v);
  if (fe) return { kind: 'error', message: msg.formulaError(fe) };
  const raw = cellText(v);
  const t = normalizeLabel(raw);
  const exact = labels.find((l) => normalizeLabel(l) === t);
  if (exact) return { kind: 'ok', value: exact };
  const near = labels.find((l) => stripDiacritics(l) === stripDiacritics(raw));
  return { kind: 'error', message: msg.notInList(raw, [...labels], near) };
}

/**
 * The ticks of a checklist: item numbers ("1, 2, 4") or labels separated by ";".
 * "Không" (or 0) alone says nothing was done: no item ticked, which is not an error.
 * Returns the 0-based indexes ticked, without duplicates.
 */
export function readChecklist(v: CellValue, labels: readonly string[]): Read<number[]> {
  if (isBlank(v)) return { kind: 'empty' };
  if (v === 0 || v === false) return { kind: 'ok', value: [] };
  if (typeof v === 'number') v = String(v);
  if (typeof v === 'string' && (v.trim() === '0' || NO.has(normalizeLabel(v)))) return { kind: 'ok', value: [] };
  if (typeof v !== 'string') return { kind: 'error', message: msg.checklistBadItem(cellText(v), labels.length) };
  const fe = formulaErrorOf(v);
  if (fe) return { kind: 'error', message: msg.formulaError(fe) };
  const picked = new Set<number>();
  for (const part of v
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean)) {
    if (/^[\d,.\s]+$/.test(part)) {
      for (const n of part.split(/[,.\s]+/).filter(Boolean)) {
        const i = Number(n);
        if (!Number.isInteger(i) || i < 1 || i > labels.length)
          return { kind: 'error', message: msg.checklistBadItem(n, labels.length) };
        picked.add(i - 1);
      }
    } else {
      const i = labels.findIndex((l) => normalizeLabel(l) === normalizeLabel(part));
      if (i < 0) return { kind: 'error', message: msg.checklistBadItem(part, labels.length) };
      picked.add(i);
    }
  }
  return { kind: 'ok', value: [...picked].sort((a, b) => a - b) };
}

/** Evidence counts as a link when it looks like a URL. */
export function isLink(text: string): boolean {
  return /^https?:\/\/\S+$/i.test(text.trim());
}

/** Text that a spreadsheet or an export would run as a formula. */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@]/.test(text.trim()) && !/^[+-]?\d/.test(text.trim());
}
