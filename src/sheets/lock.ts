/** The document lock that keeps Tính điểm, setup and report generation from overlapping. */
import { SERVER_TEXT as T } from '../core/text';
import { UserError } from './errors';

/** How long a second caller waits for the first to finish before being told to retry. */
export const LOCK_WAIT_MS = 5000;

/**
 * Runs `fn` holding the document lock. A caller that cannot get it within LOCK_WAIT_MS gets
 * `busyMessage` (nothing is written). Pending writes are flushed before the lock is released, so
 * the next holder reads what this one wrote.
 */
export function withDocumentLock<T>(busyMessage: string, fn: () => T, waitMs: number = LOCK_WAIT_MS): T {
  const lock = LockService.getDocumentLock();
  if (!lock) throw new UserError(T.noDocument, T.noDocumentHint);
  if (!lock.tryLock(waitMs)) throw new UserError(busyMessage, T.busyHint);
  try {
    const out = fn();
    SpreadsheetApp.flush();
    return out;
  } finally {
    lock.releaseLock();
  }
}
