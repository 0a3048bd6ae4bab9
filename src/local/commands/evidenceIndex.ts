/**
 * `evidence-index <file.xlsx> [-o ho-so.xlsx|ho-so.docx]`: the evidence pack for the appraisal council
 * from a workbook — as an .xlsx (the grid the Sheets tab shows, names hyperlinked) or a .docx (the same
 * tables, through the report renderer).
 */
import ExcelJS from 'exceljs';
import { type CellValue } from '../../core/cells';
import { buildEvidencePack, type EvidencePack, packUploads } from '../../core/evidence/pack';
import {
  evidencePackBlocks,
  evidencePackGrid,
  isLinkCell,
  PACK_WIDTH,
  PACK_WIDTHS,
  type PackHeading,
  packHeading,
} from '../../core/evidence/packTable';
import { uploadRowsToRecords } from '../../core/evidence/uploadLog';
import { formatDateParts } from '../../core/format';
import { TAB_NAMES } from '../../core/layout';
import { argb, PALETTE } from '../../core/palette';
import { assignmentsOf } from '../../core/report';
import { EVIDENCE_INDEX_TEXT as T, localMsg } from '../../core/text';
import type { WorkbookGrids } from '../../core/workbook';
import { renderBlocksDocx } from '../docx/renderDocx';
import { ExitCode, Io, LocalError } from '../errors';
import { assertWritable, namedAfter, resolveOutput, sameFile, writeFileOrFail } from '../files';
import { excelWidth, FILL, FONT, HEADER_ALIGN, WRAP_TOP } from '../xlsx/styles';
import { saveWorkbook } from '../xlsxWorkbook';
import { exitCodeOf, scoreFile } from './score';

export interface EvidenceIndexOptions {
  file: string;
  output?: string;
  force: boolean;
}

/** "cao-an.xlsx" → "cao-an-ho-so-minh-chung.xlsx" next to it. */
export function defaultIndexPath(workbook: string): string {
  return namedAfter(workbook, '-ho-so-minh-chung.xlsx');
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * The upload log's records. exceljs gives a time cell as the wall-clock time in UTC fields; it is
 * turned into the log's text form first, so typed and stored times read alike (local fields).
 */
function uploadsOf(grids: WorkbookGrids) {
  const tab = grids.tabs.find((t) => t.name === TAB_NAMES.uploads);
  if (!tab) return [];
  const values = tab.values.map((row) =>
    row.map((v): CellValue =>
      v instanceof Date && !isNaN(v.getTime())
        ? `${formatDateParts(v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate())} ` +
          `${pad2(v.getUTCHours())}:${pad2(v.getUTCMinutes())}`
        : v,
    ),
  );
  return packUploads(
    uploadRowsToRecords(values),
    (d) =>
      `${formatDateParts(d.getFullYear(), d.getMonth() + 1, d.getDate())} ${pad2(d.getHours())}:${pad2(d.getMinutes())}`,
  );
}

export function packWorkbook(pack: EvidencePack, head: PackHeading): ExcelJS.Workbook {
  const grid = evidencePackGrid(pack, head);
  const wb = new ExcelJS.Workbook();
  wb.creator = T.creator;
  const ws = wb.addWorksheet(T.sheetName, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  PACK_WIDTHS.forEach((w, i) => (ws.getColumn(i + 1).width = excelWidth(w)));
  grid.values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === '' || v === null || v === undefined) return;
      const cell = ws.getCell(r + 1, c + 1);
      // Text is stored as text: exceljs writes a formula only when given one, so "=…" stays inert.
      cell.value = isLinkCell(v) ? { text: v.text, hyperlink: v.url } : v;
      if (isLinkCell(v)) cell.font = { color: { argb: argb(PALETTE.link) }, underline: true };
      if (r > 0 && c >= 2) cell.alignment = WRAP_TOP;
    }),
  );
  ws.getCell(1, 1).font = FONT.title;
  for (const r of [...grid.headingRows, grid.totalRow]) ws.getCell(r, 1).font = FONT.bold;
  for (const r of grid.headerRows)
    for (let c = 1; c <= PACK_WIDTH; c++) {
      const cell = ws.getCell(r, c);
      cell.font = FONT.bold;
      cell.fill = FILL.header;
      cell.alignment = HEADER_ALIGN;
    }
  for (let c = 2; c <= PACK_WIDTH; c++) ws.getCell(grid.totalRow, c).font = FONT.bold;
  return wb;
}

export async function runEvidenceIndex(options: EvidenceIndexOptions, io: Io): Promise<ExitCode> {
  const output = await resolveOutput(options.output, defaultIndexPath(options.file));
  if (!/\.(xlsx|docx)$/i.test(output)) throw new LocalError(T.badOutput(output));
  if (await sameFile(options.file, output)) throw new LocalError(localMsg.outputIsInput(options.file));
  await assertWritable(output, options.force);
  const scored = await scoreFile(options.file);
  const pack = buildEvidencePack(scored.result, assignmentsOf(scored.grids), uploadsOf(scored.grids));
  const now = new Date();
  const updated = `${formatDateParts(now.getFullYear(), now.getMonth() + 1, now.getDate())} ${pad2(now.getHours())}:${pad2(now.getMinutes())}`;
  const head = packHeading(scored.result, updated);
  if (/\.docx$/i.test(output)) {
    const buffer = await renderBlocksDocx({
      title: T.documentName(head.year, head.unit),
      creator: T.creator,
      blocks: evidencePackBlocks(pack, head),
    });
    await writeFileOrFail(output, buffer);
  } else await saveWorkbook(packWorkbook(pack, head), output);
  const documents = pack.criteria.reduce((n, c) => n + c.documents.length, 0);
  io.out(T.written(output, pack.criteria.length, documents, pack.missing.length));
  return exitCodeOf(scored.result);
}
