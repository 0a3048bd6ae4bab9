/**
 * Apps Script errors met while creating the report → one Vietnamese sentence (src/core/text).
 * The raw message is kept as `detail` for the log; no stack ever reaches a user.
 */
import { reportText } from '../core/text';

const E = reportText.docsErrors;

const KNOWN: [RegExp, string][] = [
  [/too many times for one day/i, E.dailyQuota],
  [/too many times|rate ?limit|too many requests/i, E.rateLimit],
  [/authoriz|permission|access denied|required permissions/i, E.permission],
  [/exceeded maximum execution time/i, E.timeout],
  [
    /service (?:error|unavailable|.*failed)|internal error|server error|we're sorry|timed out|backend error/i,
    E.service,
  ],
];

export function rawMessage(e: unknown): string {
  if (e instanceof Error) return e.message;
  if (e && typeof e === 'object' && 'message' in e) return String((e as { message: unknown }).message);
  return String(e);
}

/** The user's message for an error thrown by DocumentApp. */
export function docsErrorMessage(e: unknown): string {
  const raw = rawMessage(e);
  return KNOWN.find(([re]) => re.test(raw))?.[1] ?? E.unknown;
}

/** Thrown by createReportDocument: `message` is for the user, `detail` for the log. */
export class ReportDocumentError extends Error {
  constructor(
    message: string,
    readonly detail: string,
  ) {
    super(message);
    this.name = 'ReportDocumentError';
  }
}
