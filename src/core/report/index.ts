/** The reports (year-end, periodic, self-inspection): the models and what the shells need to build them. */
export { buildReport } from './buildReport';
export { buildPeriodicReport, PERIOD_KEYS, periodWindow } from './periodic';
export type { PeriodKey, PeriodicInput } from './periodic';
export { buildInspectionReport } from './inspection';
export { buildAnyReport, REPORT_KINDS } from './kinds';
export type { ReportKind } from './kinds';
export type { ReportInput } from './buildReport';
export { assignmentsOf, readAssignments } from './assignments';
export type { Assignments } from './assignments';
export { vietnamDateOf, readDate } from './dates';
export type { DateParts } from './dates';
export * from './model';
export * from './layout';
