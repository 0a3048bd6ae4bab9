/** "Chốt số liệu". */
import { CYCLE_TEXT as T } from '../../core/text';
import { lockMessage, lockRound } from '../cycle/roundLock';
import { alert, fromMenu } from '../dialog';

export function menuLockRound(): void {
  fromMenu(() => alert(T.lockDoneTitle, lockMessage(lockRound())));
}
