/** "Mở bước giải trình" and "Đóng bước giải trình" (office). */
import { CYCLE_TEXT as T } from '../../core/text';
import { setResponseStep } from '../cycle/roundSteps';
import { alert, fromMenu } from '../dialog';

export function menuOpenResponseStep(): void {
  fromMenu(() => alert(T.responseOpenedTitle, T.responseOpened(setResponseStep(true).notes)));
}

export function menuCloseResponseStep(): void {
  fromMenu(() => alert(T.responseClosedTitle, T.responseClosed(setResponseStep(false).notes)));
}
