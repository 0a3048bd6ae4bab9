/**
 * The Sheets consolidation's staging tab, as plain data: where each unit's IMPORTRANGE formulas go,
 * and what the pulled values mean. Each unit gets a block of EXPOSED_BLOCK.rows rows: its Tổng hợp
 * block pulled into A…J, and in column L a probe of the unit sheet's first tab (A1), which tells
 * "no access" (both fail) from "not a tracking sheet" (the probe reads, Tổng hợp does not).
 */
import { CellValue, cellText, formulaErrorOf } from '../cells';
import { TAB_NAMES } from '../layout';
import { ROLLUP_TEXT as T } from '../text';
import { EXPOSED_BLOCK, unitFromSummary } from './summaryBlock';
import type { UnitFigures } from './unit';

export const STAGING = {
  rowsPerUnit: EXPOSED_BLOCK.rows,
  /** 1-based column of the probe; one empty column separates it from the block. */
  probeColumn: EXPOSED_BLOCK.columns + 2,
  width: EXPOSED_BLOCK.columns + 2,
} as const;

/** The sources tab: a note, the header, then one unit per row (name, link, status written back). */
export const SOURCE_ROWS = { intro: 1, header: 2, first: 3 } as const;
export const SOURCE_COLUMNS = { name: 0, url: 1, status: 2 } as const;

/** The range every unit sheet exposes: its Tổng hợp tab from A1. */
export const EXPOSED_RANGE = `'${TAB_NAMES.summary}'!A1:${String.fromCharCode(64 + EXPOSED_BLOCK.columns)}${EXPOSED_BLOCK.rows}`;

const SHEET_URL = /^https:\/\/docs\.google\.com\/spreadsheets\/d\/[\w-]{20,}/;
const SHEET_KEY = /^[\w-]{30,}$/;

export interface Source {
  /** 1-based row in the sources tab. */
  row: number;
  label: string;
  url: string;
  /** Why the link cannot be used, or null. */
  problem: string | null;
}

/** The sources tab's rows with a link (rows without one are left alone). */
export function readSources(values: CellValue[][]): Source[] {
  const out: Source[] = [];
  values.forEach((r, i) => {
    const row = i + 1;
    if (row < SOURCE_ROWS.first) return;
    const url = cellText(r[SOURCE_COLUMNS.url]).trim();
    if (!url) return;
    const label = cellText(r[SOURCE_COLUMNS.name]).trim() || url;
    out.push({ row, label, url, problem: SHEET_URL.test(url) || SHEET_KEY.test(url) ? null : T.badUrl(label, url) });
  });
  return out;
}

const literal = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** The staging tab's formulas for the usable sources, in order ('' elsewhere). */
export function stagingFormulas(urls: readonly string[]): string[][] {
  const grid: string[][] = [];
  for (const url of urls) {
    for (let r = 0; r < STAGING.rowsPerUnit; r++) {
      const row = Array<string>(STAGING.width).fill('');
      if (r === 0) {
        row[0] = `=IMPORTRANGE(${literal(url)},${literal(EXPOSED_RANGE)})`;
        row[STAGING.probeColumn - 1] = `=IMPORTRANGE(${literal(url)},"A1")`;
      }
      grid.push(row);
    }
  }
  return grid;
}

const LOADING = /^(loading|đang tải)/i;

/** What one unit's staged values say: its figures, or a message naming the unit and what to do. */
export function readStagedUnit(values: CellValue[][], source: Source): { unit: UnitFigures } | { message: string } {
  const first = values[0]?.[0];
  const probe = values[0]?.[STAGING.probeColumn - 1];
  const isError = (v: CellValue) => formulaErrorOf(v) !== null;
  if (cellText(first) === '' || LOADING.test(cellText(first))) {
    return { message: isError(probe) ? T.noAccess(source.label) : T.loading(source.label) };
  }
  if (isError(first))
    return {
      message: isError(probe) || LOADING.test(cellText(probe)) ? T.noAccess(source.label) : T.notTracking(source.label),
    };
  const block = values.map((r) => r.slice(0, EXPOSED_BLOCK.columns));
  const read = unitFromSummary(block, source.url);
  if ('unreadable' in read) {
    if (read.unreadable === 'notScored') return { message: T.notScored(source.label) };
    if (read.unreadable === 'olderVersion') return { message: T.olderVersion(source.label) };
    return { message: T.notTracking(source.label) };
  }
  return { unit: read };
}
