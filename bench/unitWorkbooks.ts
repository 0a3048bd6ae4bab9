/**
 * Unit workbooks for the roll-up's tests and bench: the Cao An SAMPLE workbook with another unit's
 * name and some figures changed (made-up data, as the sample is). Written with the same .xlsx writer
 * as `template --sample`.
 */
import { DEFAULT_CATALOGUE } from '../src/core/catalog/defaultCatalogue';
import type { CatalogueSpec } from '../src/core/catalog/types';
import type { RowInput } from '../src/core/entries';
import { SAMPLE_ENTRIES, SAMPLE_INFO, SAMPLE_NOTICE } from '../src/core/sample/caoAn2023';
import { summaryGrid } from '../src/core/summary';
import { type InfoValues, workbookGrids } from '../src/core/template';
import type { WorkbookGrids } from '../src/core/workbook';
import type { TemplateTab } from '../src/local/templateContent';
import { saveWorkbook, workbookFromTabs } from '../src/local/xlsxWorkbook';

export interface UnitVariant {
  commune: string;
  province?: string;
  info?: InfoValues;
  /** Entries changed from the sample's (merged over each code's sample entry). */
  entries?: Record<string, Partial<RowInput>>;
  spec?: CatalogueSpec;
}

const specOf = (v: UnitVariant): CatalogueSpec => v.spec ?? { ...DEFAULT_CATALOGUE, notice: SAMPLE_NOTICE };

/** The unit's grids (Thông tin chung and the area tabs), as a reader gives them. */
export function unitGrids(v: UnitVariant): WorkbookGrids {
  const entries: Record<string, Partial<RowInput>> = { ...SAMPLE_ENTRIES };
  for (const [code, e] of Object.entries(v.entries ?? {})) entries[code] = { ...entries[code], ...e };
  const info: InfoValues = {
    ...SAMPLE_INFO,
    commune: v.commune,
    province: v.province ?? SAMPLE_INFO.province,
    ...v.info,
  };
  return workbookGrids(specOf(v), info, entries);
}

export function unitTabs(v: UnitVariant): TemplateTab[] {
  return [...unitGrids(v).tabs, summaryGrid(specOf(v), null)];
}

export async function writeUnitWorkbook(file: string, v: UnitVariant): Promise<void> {
  await saveWorkbook(workbookFromTabs(unitTabs(v)), file);
}

/** The i-th of many made-up units: the sample with its name and a few ratios varied. */
export function variantOf(i: number): UnitVariant {
  return {
    commune: `Đơn vị thử ${String(i + 1).padStart(3, '0')}`,
    entries: {
      '3.9': { a: 300 + ((i * 37) % 900), b: 1242 },
      '7.6': { a: 200 + ((i * 53) % 300), b: 512 },
      '1.6': { value: i % 3 },
    },
  };
}
