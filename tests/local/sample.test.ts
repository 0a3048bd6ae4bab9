/** The committed samples cannot drift from what the code generates. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_CATALOGUE } from '../../src/core/catalog/defaultCatalogue';
import { catalogueToJson } from '../../src/core/catalog/schema';
import { SAMPLE_NOTICE } from '../../src/core/sample/caoAn2023';
import { TAB_NAMES } from '../../src/core/layout';
import { SAMPLE_MARK } from '../../src/core/text';
import { writeSampleWorkbook } from '../../src/local/commands/template';
import { loadWorkbook, workbookGridsOf } from '../../src/local/xlsxWorkbook';
import { ROOT, tempDir } from './helpers';

const dir = tempDir();
const COMMITTED = path.join(ROOT, 'samples', 'cao-an-2023-mau.xlsx');

describe('samples/', () => {
  it('cao-an-2023-mau.xlsx holds exactly what `template --sample` writes (every cell of every tab)', async () => {
    const fresh = path.join(dir(), 'mau.xlsx');
    await writeSampleWorkbook(fresh);
    const committed = workbookGridsOf(await loadWorkbook(COMMITTED));
    const generated = workbookGridsOf(await loadWorkbook(fresh));
    expect(committed).toEqual(generated);
  });

  it('marks the sample as sample data on its area tabs and Tổng hợp', async () => {
    const grids = workbookGridsOf(await loadWorkbook(COMMITTED));
    const areaTabs = grids.tabs.filter((t) => DEFAULT_CATALOGUE.areas.some((a) => a.tabName === t.name));
    expect(areaTabs).toHaveLength(DEFAULT_CATALOGUE.areas.length);
    for (const t of areaTabs) expect(t.values[1][0]).toBe(SAMPLE_NOTICE);
    expect(String(grids.tabs.find((t) => t.name === TAB_NAMES.summary)!.values[1][0])).toContain(SAMPLE_MARK);
  });

  it('catalogue-2023.json is the default catalogue as `catalogue export` writes it', () => {
    expect(readFileSync(path.join(ROOT, 'samples', 'catalogue-2023.json'), 'utf8')).toBe(
      catalogueToJson(DEFAULT_CATALOGUE),
    );
  });
});
