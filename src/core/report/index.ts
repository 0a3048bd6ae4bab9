/** The year-end report: the model and what the shells need to build it. */
export { buildReport } from './buildReport';
export type { ReportInput } from './buildReport';
export { assignmentsOf, readAssignments } from './assignments';
export type { Assignments } from './assignments';
export { vietnamDateOf, readDate } from './dates';
export type { DateParts } from './dates';
export * from './model';
export * from './layout';
