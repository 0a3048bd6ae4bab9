/** `catalogue export` / `check` / `import`, and reading a catalogue file for `template --catalogue`. */
import path from 'node:path';
import { buildCatalogue, CatalogueProblem } from '../../core/catalog/build';
import { parseCriteriaTable } from '../../core/catalog/import/parseTable';
import { DEFAULT_CATALOGUE } from '../../core/catalog/defaultCatalogue';
import { catalogueToJson, parseCatalogueJson } from '../../core/catalog/schema';
import type { Catalogue, CatalogueSpec } from '../../core/catalog/types';
import { formatPoints } from '../../core/format';
import { isExtraArea } from '../../core/score';
import { importMsg, localMsg } from '../../core/text';
import { EXIT, ExitCode, Io, LocalError } from '../errors';
import { assertWritable, namedAfter, readFileOrFail, resolveOutput, writeFileOrFail } from '../files';
import { readTableFile } from '../tableFile';

export interface CheckedCatalogue {
  spec: CatalogueSpec;
  catalogue: Catalogue | null;
  /** Shape faults (JSON) or meaning faults (codes, rules, points), as lines to print. */
  errors: string[];
  warnings: string[];
}

const lines = (list: CatalogueProblem[]) => list.map((p) => `  - ${p.message}`);

/** Reads and checks a catalogue JSON file; a missing or unreadable file is a LocalError. */
export async function checkCatalogueFile(file: string): Promise<CheckedCatalogue> {
  const text = (await readFileOrFail(file)).toString('utf8').replace(/^\uFEFF/, '');
  const parsed = parseCatalogueJson(text);
  if (!parsed.spec)
    return { spec: DEFAULT_CATALOGUE, catalogue: null, errors: parsed.problems.map((p) => `  - ${p}`), warnings: [] };
  const { catalogue, problems } = buildCatalogue(parsed.spec);
  return {
    spec: parsed.spec,
    catalogue,
    errors: lines(problems.filter((p) => p.severity === 'error')),
    warnings: lines(problems.filter((p) => p.severity === 'warning')),
  };
}

/** A catalogue file that must be usable (for a new workbook): any error stops with the list. */
export async function loadCatalogueFile(file: string, io: Io): Promise<CatalogueSpec> {
  const checked = await checkCatalogueFile(file);
  if (checked.errors.length > 0)
    throw new LocalError(
      checked.catalogue ? localMsg.catalogueHasErrors(file) : localMsg.catalogueFileInvalid(file),
      checked.errors,
    );
  if (checked.warnings.length > 0) io.err([localMsg.catalogueWarnings, ...checked.warnings].join('\n'));
  return checked.spec;
}

/** `catalogue export`'s file name when -o names a folder (without -o it prints). */
export const DEFAULT_CATALOGUE_FILE = 'bo-tieu-chi.json';

export async function catalogueExport(options: { output?: string; force: boolean }, io: Io): Promise<ExitCode> {
  const json = catalogueToJson(DEFAULT_CATALOGUE);
  if (!options.output) {
    io.out(json.trimEnd());
    return EXIT.ok;
  }
  const output = await resolveOutput(options.output, DEFAULT_CATALOGUE_FILE);
  await assertWritable(output, options.force);
  await writeFileOrFail(output, json);
  io.out(localMsg.catalogueWritten(output));
  return EXIT.ok;
}

export async function catalogueCheck(file: string, io: Io): Promise<ExitCode> {
  const checked = await checkCatalogueFile(file);
  if (checked.errors.length > 0) {
    io.out(checked.catalogue ? localMsg.catalogueHasErrors(file) : localMsg.catalogueFileInvalid(file));
    checked.errors.forEach((l) => io.out(l));
  } else {
    const c = checked.catalogue!;
    io.out(
      localMsg.catalogueOk(
        c.areas.length,
        c.byCode.size,
        formatPoints(c.areas.filter((a) => !isExtraArea(a)).reduce((s, a) => s + a.max, 0)),
      ),
    );
  }
  if (checked.warnings.length > 0) [localMsg.catalogueWarnings, ...checked.warnings].forEach((l) => io.out(l));
  return checked.errors.length > 0 ? EXIT.hasErrors : EXIT.ok;
}

/** "phu-luc.docx" → "phu-luc-bo-tieu-chi.json": `catalogue import`'s file name when -o names a folder. */
export const defaultImportPath = (table: string): string => namedAfter(table, '-bo-tieu-chi.json');

/** `catalogue import <file> -o c.json`: 0 all understood; 1 written, rows to confirm; 2 nothing written. */
export async function catalogueImport(
  options: { file: string; output?: string; force: boolean },
  io: Io,
): Promise<ExitCode> {
  if (!options.output) throw new LocalError(importMsg.needOutput);
  const output = await resolveOutput(options.output, defaultImportPath(options.file));
  await assertWritable(output, options.force);
  const table = await readTableFile(options.file);
  const result = parseCriteriaTable(table.rows, { source: path.basename(options.file), preface: table.preface });
  if (!result.ok) {
    io.out(importMsg.failed(options.file));
    result.errors.forEach((e) => io.out(`  - ${e.message}`));
    return EXIT.failed;
  }
  const s = result.stats;
  io.out(importMsg.summary(s.areas, s.criteria, s.rules, s.manual, s.groups));
  if (s.bonus + s.penalty + s.survey > 0) io.out(importMsg.extras(s.bonus, s.penalty, s.survey));
  result.notes.forEach((n) => io.out(`  · ${n.message}`));
  if (result.confirm.length > 0) {
    io.out(importMsg.toConfirm(result.confirm.length));
    result.confirm.forEach((n) => io.out(`  - ${n.message}`));
  } else io.out(importMsg.allUnderstood);
  await writeFileOrFail(output, catalogueToJson(result.spec));
  io.out(importMsg.written(output));
  return result.confirm.length > 0 ? EXIT.hasErrors : EXIT.ok;
}
