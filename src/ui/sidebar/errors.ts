/**
 * Turns whatever the server or google.script.run reports into a Vietnamese message and a hint.
 * Raw technical text is kept only as an optional detail, never as the message.
 */
import { SIDEBAR_TEXT as T } from '../../core/text/ui';
import type { FailureLink } from '../contract';

export class SidebarError extends Error {
  constructor(
    message: string,
    readonly hint: string | null,
    /** The raw text from Apps Script, shown folded away for whoever helps the official. */
    readonly detail: string | null = null,
    /** A page the official can open to put it right (Google's consent page for a declined permission). */
    readonly link: FailureLink | null = null,
  ) {
    super(message);
  }
}

/**
 * Known failure when several Google accounts are signed in to one browser: the sidebar runs as one
 * account and the script as another, and Apps Script answers with one of these.
 */
const MULTI_ACCOUNT = /PERMISSION_DENIED|reading from storage|Authorization/i;
const TIMEOUT = /Exceeded maximum execution time|timed? ?out|Thời gian chạy/i;

const MAX_DETAIL = 300;

function rawText(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (error && typeof error === 'object' && typeof (error as { message?: unknown }).message === 'string') {
    return (error as { message: string }).message;
  }
  return typeof error === 'string' ? error : '';
}

function clip(text: string): string | null {
  const t = text.trim();
  if (!t) return null;
  return t.length > MAX_DETAIL ? t.slice(0, MAX_DETAIL - 1) + '…' : t;
}

/** A failure-handler error (or anything thrown): classified, never shown raw as the message. */
export function errorFromFailure(error: unknown): SidebarError {
  const raw = rawText(error);
  if (MULTI_ACCOUNT.test(raw)) return new SidebarError(T.multiAccount, T.multiAccountHint, clip(raw));
  if (TIMEOUT.test(raw)) return new SidebarError(T.timeout, T.timeoutHint, clip(raw));
  return new SidebarError(T.serverFailure, T.serverFailureHint, clip(raw));
}

/** `{ok:false}`: the server's Vietnamese message; the multi-account hint when it is that failure. */
export function errorFromResult(message: string, hint: string | undefined, link?: FailureLink): SidebarError {
  if (MULTI_ACCOUNT.test(message)) return new SidebarError(T.multiAccount, hint || T.multiAccountHint, clip(message));
  return new SidebarError(message, hint || null, null, link ?? null);
}

export function badResponseError(): SidebarError {
  return new SidebarError(T.badResponse, T.badResponseHint);
}

export function noServerError(): SidebarError {
  return new SidebarError(T.noServer, T.noServerHint);
}
