/**
 * The tabs of a new offline workbook, in order: Thông tin chung, Tổng hợp, Phân công, the area tabs.
 * Cell contents come from the core (template.ts, sample data); this only adds Phân công and Tổng hợp.
 */
import { DEFAULT_CATALOGUE } from '../core/catalog/defaultCatalogue';
import type { CatalogueSpec } from '../core/catalog/types';
import { TAB_NAMES } from '../core/layout';
import { SAMPLE_ASSIGNMENTS, sampleGrids } from '../core/sample/caoAn2023';
import { HOA_BINH_ASSIGNMENTS, hoaBinhGrids } from '../core/sample/hoaBinh2026';
import { assignmentGrid, workbookGrids } from '../core/template';
import { SUMMARY_TEXT, SAMPLE_MARK } from '../core/text';
import type { SheetGrid, WorkbookGrids } from '../core/workbook';
import { summaryGrid, SummaryLayout } from '../core/summary';

/** A tab to write: a plain grid, or the Tổng hợp layout (which carries where its figures are). */
export type TemplateTab = SheetGrid | SummaryLayout;

export const isSummaryTab = (t: TemplateTab): t is SummaryLayout => 'grid' in t;
export const tabName = (t: TemplateTab): string => (isSummaryTab(t) ? t.grid.name : t.name);

function arrange(grids: WorkbookGrids, assignments: SheetGrid, summary: SummaryLayout): TemplateTab[] {
  const info = grids.tabs.filter((t) => t.name === TAB_NAMES.info);
  const rest = grids.tabs.filter((t) => t.name !== TAB_NAMES.info);
  return [...info, summary, assignments, ...rest];
}

/** An empty tracking workbook for a catalogue. */
export function templateTabs(spec: CatalogueSpec): TemplateTab[] {
  return arrange(workbookGrids(spec), assignmentGrid(spec), summaryGrid(spec, null));
}

/** The Cao An 2023 SAMPLE workbook (made-up figures), marked as sample data on every tab. */
export function sampleTabs(): TemplateTab[] {
  const notice = `${SAMPLE_MARK} — ${SUMMARY_TEXT.notScored}`;
  return arrange(
    sampleGrids(),
    assignmentGrid(DEFAULT_CATALOGUE, SAMPLE_ASSIGNMENTS),
    summaryGrid(DEFAULT_CATALOGUE, null, notice),
  );
}

/** The phường Hòa Bình 2026 SAMPLE workbook (fictional province, made-up figures) for its imported catalogue. */
export function hoaBinhSampleTabs(spec: CatalogueSpec): TemplateTab[] {
  const notice = `${SAMPLE_MARK} — ${SUMMARY_TEXT.notScored}`;
  return arrange(hoaBinhGrids(spec), assignmentGrid(spec, HOA_BINH_ASSIGNMENTS), summaryGrid(spec, null, notice));
}
