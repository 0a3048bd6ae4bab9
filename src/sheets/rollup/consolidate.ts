/**
 * "Tổng hợp các đơn vị" (a consolidation workbook of the Sở Nội vụ): the units' sheet links are
 * listed in a tab; their Tổng hợp blocks are pulled with IMPORTRANGE formulas written into a staging
 * tab (a formula in this spreadsheet: no scope beyond spreadsheets.currentonly); the pulled values
 * are ranked with the same core as the offline `rollup`, and written to a ranking tab. Each unit that
 * cannot be read gets a status naming why (no access, not a tracking sheet, not scored, older
 * version, still loading). IMPORTRANGE needs a one-time "Allow access" per source, clicked by a user.
 *
 * Service calls: one read of the sources tab, one of the staging formulas, one write of them (only
 * when the list changed), one read of the staged values, one write of the statuses, one of the ranking.
 */
import type { CellValue } from '../../core/cells';
import {
  rankingTable,
  rankingYear,
  rankUnits,
  readSources,
  readStagedUnit,
  SOURCE_COLUMNS,
  SOURCE_ROWS,
  STAGING,
  stagingFormulas,
  type Ranking,
  type Skipped,
  type UnitFigures,
} from '../../core/rollup';
import { ROLLUP_TEXT as T } from '../../core/text';
import { UserError } from '../errors';
import { ensureSheet } from '../ensureSheet';
import { sheetOwner } from '../reservedTabs';
import { withDocumentLock } from '../lock';
import { activeSpreadsheet } from '../session';
import { literalText } from '../summaryTab';
import { setColumnWidths } from '../columnWidths';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const RANKING_TAB_ROWS = { title: 1, note: 2, header: 3, first: 4 } as const;

export type ConsolidateResult =
  | { kind: 'sourcesCreated' }
  | { kind: 'noSources' }
  | { kind: 'done'; ranked: number; failed: number; ranking: Ranking };

function initSources(sheet: Sheet): void {
  sheet.getRange(SOURCE_ROWS.intro, 1, 1, 3).setValues([[T.sourcesIntro, '', '']]);
  sheet
    .getRange(SOURCE_ROWS.header, 1, 1, 3)
    .setValues([[...T.sourcesHeaders]])
    .setFontWeight('bold')
    .setBackground('#e8eaed');
  sheet.setFrozenRows(SOURCE_ROWS.header);
  setColumnWidths(sheet, [220, 420, 520]);
}

function initStaging(sheet: Sheet): void {
  sheet.getRange(1, 1).setNote(T.allowAccessHelp);
}

/** Writes the formulas only when the list of links changed, so re-running does not reload every import. */
function stageFormulas(sheet: Sheet, urls: string[]): void {
  const wanted = stagingFormulas(urls);
  const rows = Math.max(wanted.length, sheet.getLastRow());
  const current = rows > 0 ? sheet.getRange(1, 1, rows, STAGING.width).getFormulas() : [];
  const same = current.length === rows && current.every((r, i) => r.every((f, j) => f === (wanted[i]?.[j] ?? '')));
  if (same) return;
  sheet.clearContents();
  if (wanted.length === 0) return;
  if (wanted.length > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), wanted.length - sheet.getMaxRows());
  sheet.getRange(1, 1, wanted.length, STAGING.width).setFormulas(wanted);
  // IMPORTRANGE starts fetching once the formulas are in the sheet.
  SpreadsheetApp.flush();
}

function writeRanking(ss: Spreadsheet, ranking: Ranking, failed: Skipped[]): void {
  const { sheet, created } = ensureSheet(ss, T.rankingTab, undefined, () => undefined);
  const title = T.title(rankingYear(ranking));
  // A tab of that name that is not ours (reservedTabs.ts) is never written over.
  if (!created && sheetOwner(sheet, { title: T.title('').slice(0, 20) }) === 'theirs')
    throw new UserError(T.tabTaken(T.rankingTab), T.tabTakenHint);
  const table = rankingTable(ranking);
  const width = table.headers.length;
  const note = [
    ranking.mixedCatalogues ? T.mixedCatalogues(ranking.catalogues.length) : '',
    failed.length > 0 ? T.done(ranking.units.length, failed.length) : '',
  ]
    .filter(Boolean)
    .join(' ');
  const values: CellValue[][] = [
    [title, ...Array<CellValue>(width - 1).fill('')],
    [note, ...Array<CellValue>(width - 1).fill('')],
    table.headers,
    ...table.rows.map((r) => r.map(literalText)),
  ];
  const previousRows = sheet.getLastRow();
  const previousCols = sheet.getLastColumn();
  const cols = Math.max(width, previousCols);
  const grid = values.map((r) => [...r, ...Array<CellValue>(cols - r.length).fill('')]);
  while (grid.length < previousRows) grid.push(Array<CellValue>(cols).fill(''));
  if (grid.length > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), grid.length - sheet.getMaxRows());
  if (cols > sheet.getMaxColumns()) sheet.insertColumnsAfter(sheet.getMaxColumns(), cols - sheet.getMaxColumns());
  sheet.getRange(1, 1, grid.length, cols).setValues(grid as (string | number)[][]);
  if (table.rows.length > 0) {
    const formats = table.rows.map(() =>
      Array.from({ length: width }, (_, c) =>
        table.percentColumns.includes(c) ? '0.00%' : c === table.changeColumn ? '+0.00;-0.00;0' : 'General',
      ),
    );
    sheet.getRange(RANKING_TAB_ROWS.first, 1, table.rows.length, width).setNumberFormats(formats);
  }
  if (created) {
    sheet.getRange(RANKING_TAB_ROWS.title, 1).setFontWeight('bold').setFontSize(13);
    sheet.getRange(RANKING_TAB_ROWS.header, 1, 1, width).setFontWeight('bold').setWrap(true).setBackground('#e8eaed');
    sheet.setFrozenRows(RANKING_TAB_ROWS.header);
  }
}

export function consolidateUnits(): ConsolidateResult {
  return withDocumentLock(T.busy, () => {
    const ss = activeSpreadsheet();
    const { sheet: sources, created } = ensureSheet(ss, T.sourcesTab, undefined, initSources);
    if (created) return { kind: 'sourcesCreated' };
    const list = readSources(sources.getDataRange().getValues() as CellValue[][]);
    if (list.length === 0) return { kind: 'noSources' };

    const usable = list.filter((s) => s.problem === null);
    const { sheet: staging } = ensureSheet(ss, T.stagingTab, undefined, initStaging);
    stageFormulas(
      staging,
      usable.map((s) => s.url),
    );
    const staged =
      usable.length > 0
        ? (staging.getRange(1, 1, usable.length * STAGING.rowsPerUnit, STAGING.width).getValues() as CellValue[][])
        : [];

    const status = new Map<number, string>();
    const units: UnitFigures[] = [];
    const failed: Skipped[] = [];
    for (const s of list.filter((x) => x.problem !== null)) {
      status.set(s.row, s.problem!);
      failed.push({ source: s.url, message: s.problem! });
    }
    usable.forEach((s, i) => {
      const read = readStagedUnit(staged.slice(i * STAGING.rowsPerUnit, (i + 1) * STAGING.rowsPerUnit), s);
      if ('unit' in read) {
        units.push(read.unit);
        status.set(s.row, T.statusOk);
      } else {
        status.set(s.row, read.message);
        failed.push({ source: s.url, message: read.message });
      }
    });

    const lastRow = Math.max(...list.map((s) => s.row));
    const statuses = Array.from({ length: lastRow - SOURCE_ROWS.first + 1 }, (_, i) => [
      status.get(SOURCE_ROWS.first + i) ?? '',
    ]);
    sources.getRange(SOURCE_ROWS.first, SOURCE_COLUMNS.status + 1, statuses.length, 1).setValues(statuses);

    const ranking = rankUnits(units, failed, { noGroup: T.noGroup, noRating: T.noRating });
    writeRanking(ss, ranking, failed);
    return { kind: 'done', ranked: units.length, failed: failed.length, ranking };
  });
}
