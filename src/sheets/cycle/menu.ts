/**
 * The yearly cycle's menu actions: each does the work and answers with a dialog; a refusal or failure
 * is shown as a Vietnamese message (never a stack trace). main.ts exports one function per item.
 */
import { CYCLE_TEXT as T } from '../../core/text';
import { alert, fromMenu } from '../endpoints';
import { lockMessage, lockRound, reopenRound } from './roundLock';
import { newYearMessage, startNewYear } from './newYear';
import { writeSelfAssessmentTab } from './selfAssessmentTab';

export function menuLockRound(): void {
  fromMenu(() => alert(T.lockDoneTitle, lockMessage(lockRound())));
}

export function menuReopenRound(): void {
  fromMenu(() => {
    const r = reopenRound();
    alert(T.reopenDoneTitle, T.reopenDone(r.lockedAt, r.notes));
  });
}

/** Asks with a YES/NO dialog that names the file and says its inputs will be cleared. */
export function menuNewYear(): void {
  fromMenu(() => {
    const ui = SpreadsheetApp.getUi();
    const outcome = startNewYear((year, next, file) => ui.alert(T.newYearConfirmTitle, T.newYearConfirm(file, year, next), ui.ButtonSet.YES_NO) === ui.Button.YES);
    if (outcome) alert(T.newYearDoneTitle, newYearMessage(outcome));
    else alert(T.newYearTitle, T.newYearCancelled);
  });
}

export function menuSelfAssessmentTable(): void {
  fromMenu(() => {
    const r = writeSelfAssessmentTab();
    alert(T.selfTableDoneTitle, T.selfTableDone(r.tab, r.criteria));
  });
}
