/**
 * Every failure the user can see goes through here: our own refusals (UserError, already in
 * Vietnamese) and the services' exceptions (English, sometimes localised), mapped to a Vietnamese
 * message and a hint. Technical details go to console.error only, never to the user.
 */
import type { FailureLink, ServerResult } from '../ui/contract';
import { SERVER_TEXT as T } from '../core/text';
import { ReportDocumentError } from '../docs/errors';

/** A refusal whose message is already meant for the user. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
    readonly link?: FailureLink,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

export type Failure = { ok: false; message: string; hint?: string; link?: FailureLink };

const PATTERNS: { re: RegExp; message: string; hint: string }[] = [
  // The known add-on error when several Google accounts are signed in, and plain missing consent.
  {
    re: /authori[sz]ation is required|PERMISSION_DENIED|ScriptError: .*permission|You do not have permission|Specified permissions are not sufficient|cần (?:có )?quyền|không có quyền truy cập/i,
    message: T.auth,
    hint: T.authHint,
  },
  { re: /protected (?:cell|range|sheet|object)|được bảo vệ/i, message: T.protectedCell, hint: T.protectedCellHint },
  {
    re: /too many times|quota|Exceeded maximum execution time|Service (?:unavailable|error)|Quá nhiều|vượt quá/i,
    message: T.quota,
    hint: T.quotaHint,
  },
  { re: /Lock timeout|too many LockService|Không thể lấy khóa/i, message: T.busyCompute, hint: T.busyHint },
];

function messageOf(e: unknown): string {
  if (e && typeof e === 'object' && 'message' in e) return String((e as { message: unknown }).message);
  return String(e);
}

/** Details of a failure handled quietly, for the execution log (never for the user). */
export function logError(e: unknown): void {
  console.error(e && typeof e === 'object' && 'stack' in e ? (e as { stack: unknown }).stack : String(e));
}

/** Maps any thrown value to a Vietnamese failure; unknown errors are logged with their details. */
export function toFailure(e: unknown): Failure {
  if (e instanceof UserError)
    return {
      ok: false,
      message: e.message,
      ...(e.hint ? { hint: e.hint } : {}),
      ...(e.link ? { link: e.link } : {}),
    };
  if (e instanceof ReportDocumentError) {
    console.error(e.detail);
    return { ok: false, message: e.message };
  }
  const text = messageOf(e);
  const known = PATTERNS.find((p) => p.re.test(text));
  console.error(e && typeof e === 'object' && 'stack' in e ? (e as { stack: unknown }).stack : text);
  if (known) return { ok: false, message: known.message, hint: known.hint };
  return { ok: false, message: T.unknown, hint: T.unknownHint };
}

/** Runs an endpoint: its value as `{ ok: true, data }`, or any exception as a Vietnamese failure. */
export function serve<T>(fn: () => T): ServerResult<T> {
  try {
    return { ok: true, data: fn() };
  } catch (e) {
    return toFailure(e);
  }
}
