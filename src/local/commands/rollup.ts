/**
 * `rollup <folder | files...> -o xep-hang.xlsx [--report cong-bo.docx] [--json] [--force]`: the
 * province's ranking of its units from their workbooks. Files are read one at a time and only each
 * unit's figures are kept, so memory stays flat; each distinct catalogue is built once.
 * Exit 0: every file read; 1: some skipped (each with a Vietnamese reason); 2: nothing usable or bad usage.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { catalogueCache } from '../../core/catalog/fingerprint';
import { scoreWorkbook } from '../../core/pipeline';
import { vietnamDateOf } from '../../core/report';
import {
  buildAnnouncement,
  rankUnits,
  rollupJson,
  unitFromResult,
  type Ranking,
  type Skipped,
  type UnitFigures,
} from '../../core/rollup';
import { localMsg, ROLLUP_OFFLINE_TEXT, ROLLUP_TEXT } from '../../core/text';
import { renderBlocksDocx } from '../docx/renderDocx';
import { EXIT, ExitCode, Io, LocalError } from '../errors';
import { assertWritable, resolveOutput, sameFile, writeFileOrFail } from '../files';
import { rankingWorkbookBytes } from '../rollup/rankingWorkbook';
import { readWorkbookFile } from '../xlsxWorkbook';

const T = { ...ROLLUP_TEXT, ...ROLLUP_OFFLINE_TEXT };

export interface RollupOptions {
  inputs: string[];
  output?: string;
  report?: string;
  json: boolean;
  force: boolean;
  /** "Now" for the announcement's date (tests pass one). */
  now?: Date;
}

/** File names inside a folder that -o / --report name. */
export const DEFAULT_RANKING_FILE = 'xep-hang.xlsx';
export const DEFAULT_ANNOUNCEMENT_FILE = 'cong-bo.docx';

const collator = new Intl.Collator('vi', { numeric: true });

/**
 * Files to read: a folder's own .xlsx files (sorted, Excel's "~$" lock files left out), or the files
 * given. `outputs` found in a folder are not inputs: a ranking written into the folder of the units'
 * workbooks (-o with that folder) is not read back as a unit on the next run.
 */
export async function inputFiles(inputs: readonly string[], outputs: readonly string[] = []): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const stat = await fs.stat(input).catch(() => null);
    if (stat?.isDirectory()) {
      const names = (await fs.readdir(input))
        .filter((n) => n.toLowerCase().endsWith('.xlsx') && !n.startsWith('~$'))
        .sort(collator.compare);
      const listed: string[] = [];
      for (const name of names) {
        const file = path.join(input, name);
        if (!(await isOneOf(file, outputs))) listed.push(file);
      }
      if (listed.length === 0) throw new LocalError(T.noInputFiles(input));
      files.push(...listed);
    } else files.push(input);
  }
  return files;
}

async function isOneOf(file: string, others: readonly string[]): Promise<boolean> {
  for (const other of others) if (await sameFile(file, other)) return true;
  return false;
}

/** Reads and scores every file, one at a time; a file that cannot be used is skipped with its reason. */
export async function collectUnits(
  files: readonly string[],
): Promise<{ units: UnitFigures[]; skipped: Skipped[]; catalogueBuilds: number }> {
  const build = catalogueCache();
  const units: UnitFigures[] = [];
  const skipped: Skipped[] = [];
  for (const file of files) {
    try {
      const { grids } = await readWorkbookFile(file);
      units.push(unitFromResult(scoreWorkbook(grids, { buildCatalogue: build }), file));
    } catch (e) {
      skipped.push({
        source: file,
        message: e instanceof LocalError ? e.message : localMsg.unexpected(e instanceof Error ? e.message : String(e)),
      });
    }
  }
  return { units, skipped, catalogueBuilds: build.builds() };
}

export function rankingOf(units: UnitFigures[], skipped: Skipped[]): Ranking {
  return rankUnits(units, skipped, { noGroup: T.noGroup, noRating: T.noRating });
}

export async function runRollup(options: RollupOptions, io: Io): Promise<ExitCode> {
  if (!options.output) throw new LocalError(T.outputRequired);
  const output = await resolveOutput(options.output, DEFAULT_RANKING_FILE);
  const report = options.report ? await resolveOutput(options.report, DEFAULT_ANNOUNCEMENT_FILE) : undefined;
  const outputs = [output, ...(report ? [report] : [])];
  const files = await inputFiles(options.inputs, outputs);
  for (const out of outputs) {
    if (await isOneOf(out, files)) throw new LocalError(T.outputIsInput(out));
    await assertWritable(out, options.force);
  }

  const { units, skipped } = await collectUnits(files);
  skipped.forEach((s) => io.err(T.skippedLine(s.source, s.message)));
  if (units.length === 0) {
    io.err(localMsg.errorPrefix + T.nothingUsable);
    return EXIT.failed;
  }
  const ranking = rankingOf(units, skipped);
  await writeFileOrFail(output, await rankingWorkbookBytes(ranking));
  if (report) {
    const a = buildAnnouncement(ranking, vietnamDateOf(options.now ?? new Date()));
    await writeFileOrFail(
      report,
      await renderBlocksDocx({ title: a.documentName, creator: a.issuerName, blocks: a.blocks }),
    );
  }
  if (options.json) io.out(JSON.stringify(rollupJson(ranking), null, 2));
  else {
    io.out(T.summaryLine(units.length, skipped.length));
    if (ranking.mixedCatalogues) io.out(T.mixedCatalogues(ranking.catalogues.length));
    ranking.duplicates.forEach((d) => io.out(T.duplicate(d.name, d.sources)));
    outputs.forEach((o) => io.out(T.written(o)));
  }
  return skipped.length > 0 ? EXIT.hasErrors : EXIT.ok;
}
