/** The province's roll-up of many units into a ranking (offline CLI and the Sheets consolidation). */
export { unitFromResult, rollupBands, ROLLUP_VERSION, isErrorCell } from './unit';
export type { UnitFigures, UnitArea } from './unit';
export { unitFromSummary, EXPOSED_BLOCK } from './summaryBlock';
export type { UnreadableReason } from './summaryBlock';
export { rankUnits, competitionRanks, extremes, distribution, unitKey } from './rank';
export type { Ranking, RankedUnit, Skipped, CatalogueUse, Count } from './rank';
export { buildAnnouncement } from './announcement';
export type { Announcement } from './announcement';
export { rollupJson } from './json';
export type { RollupJson } from './json';
export { rankingYear, rankingProvince } from './summary';
export { rankingTable } from './table';
export type { RankingTable } from './table';
export {
  STAGING,
  SOURCE_ROWS,
  SOURCE_COLUMNS,
  EXPOSED_RANGE,
  readSources,
  stagingFormulas,
  readStagedUnit,
} from './staging';
export type { Source } from './staging';
