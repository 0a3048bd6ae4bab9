/** "Mở lại số liệu đã chốt". */
import { CYCLE_TEXT as T } from '../../core/text';
import { reopenRound } from '../cycle/roundLock';
import { alert, fromMenu } from '../dialog';

export function menuReopenRound(): void {
  fromMenu(() => {
    const r = reopenRound();
    alert(T.reopenDoneTitle, T.reopenDone(r.lockedAt, r.notes));
  });
}
