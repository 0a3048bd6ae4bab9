/**
 * Writes the SAMPLE's report as .docx (used by scripts/preview-report.sh when the CLI has no
 * `report` command yet). Usage: node dist-node/preview-report.js <out.docx>
 */
import { writeFileSync } from 'node:fs';
import { DEFAULT_CATALOGUE } from '../src/core/catalog/defaultCatalogue';
import { scoreWorkbook } from '../src/core/pipeline';
import { SAMPLE_ASSIGNMENTS, sampleGrids } from '../src/core/sample/caoAn2023';
import { assignmentGrid } from '../src/core/template';
import { reportDocx } from '../src/local/docx/reportDocx';

async function main(out: string): Promise<void> {
  const grids = sampleGrids();
  grids.tabs.push(assignmentGrid(DEFAULT_CATALOGUE, SAMPLE_ASSIGNMENTS));
  const t0 = Date.now();
  const result = scoreWorkbook(grids);
  const { model, buffer } = await reportDocx(result, { grids, now: new Date() });
  writeFileSync(out, buffer);
  console.log(`${out}: ${model.documentName} (${buffer.length} bytes, ${Date.now() - t0} ms)`);
}

void main(process.argv[2] ?? 'out/preview/bao-cao-mau.docx');
