/**
 * "Tạo báo cáo tổng kết". The report renderer (src/docs/renderReport.ts) and model
 * (src/core/report/buildReport.ts) are not in this build yet: the endpoint answers with a clear
 * Vietnamese "not yet" and the sidebar keeps its button disabled (reportEnabled = false).
 */
import { SERVER_TEXT as T } from '../core/text';
import type { ReportLink } from '../ui/contract';
import { UserError } from './errors';

export const REPORT_AVAILABLE = false;

export function createReport(): ReportLink {
  throw new UserError(T.reportNotYet, T.reportNotYetHint);
}
