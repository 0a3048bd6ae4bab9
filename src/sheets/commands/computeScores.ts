/** "Tính điểm" from the menu; the sidebar's button calls computeScores() directly (main.ts). */
import { MENU_TEXT } from '../../core/text';
import { computeMessage, computeScores } from '../computeScores';
import { alert, fromMenu } from '../dialog';

export function menuComputeScores(): void {
  fromMenu(() => alert(MENU_TEXT.compute, computeMessage(computeScores())));
}
