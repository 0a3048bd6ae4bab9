/** `template`: an empty tracking workbook for a catalogue, or (--sample) the Cao An 2023 SAMPLE workbook. */
import { DEFAULT_CATALOGUE } from '../../core/catalog/defaultCatalogue';
import { localMsg } from '../../core/text';
import { EXIT, ExitCode, Io } from '../errors';
import { assertWritable, resolveOutput } from '../files';
import { hoaBinhSampleTabs, sampleTabs, templateTabs } from '../templateContent';
import { saveWorkbook, workbookFromTabs } from '../xlsxWorkbook';
import { loadCatalogueFile } from './catalogue';

export const DEFAULT_TEMPLATE_FILE = 'bang-theo-doi-cchc.xlsx';
export const DEFAULT_SAMPLE_FILE = 'cao-an-2023-mau.xlsx';

export interface TemplateOptions {
  output?: string;
  catalogue?: string;
  sample: boolean;
  force: boolean;
}

/** Writes the SAMPLE workbook (used by `template --sample` and by `demo`). */
export async function writeSampleWorkbook(file: string): Promise<void> {
  await saveWorkbook(workbookFromTabs(sampleTabs(), { sample: true }), file);
}

/**
 * samples/phuong-hoa-binh-2026-mau.xlsx from the catalogue `catalogue import` wrote
 * (samples/catalogue-minh-an-2026.json).
 */
export async function writeHoaBinhSample(file: string, catalogueFile: string, io: Io): Promise<void> {
  const spec = await loadCatalogueFile(catalogueFile, io);
  await saveWorkbook(workbookFromTabs(hoaBinhSampleTabs(spec), { sample: true }), file);
}

export async function runTemplate(options: TemplateOptions, io: Io): Promise<ExitCode> {
  const file = await resolveOutput(options.output, options.sample ? DEFAULT_SAMPLE_FILE : DEFAULT_TEMPLATE_FILE);
  await assertWritable(file, options.force);
  if (options.sample) {
    await writeSampleWorkbook(file);
    io.out(localMsg.sampleWritten(file));
    return EXIT.ok;
  }
  const spec = options.catalogue ? await loadCatalogueFile(options.catalogue, io) : DEFAULT_CATALOGUE;
  await saveWorkbook(workbookFromTabs(templateTabs(spec)), file);
  io.out(localMsg.templateWritten(file, spec.areas.length));
  return EXIT.ok;
}
