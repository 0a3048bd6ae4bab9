/** "Ghi bảng tự đánh giá". */
import { CYCLE_TEXT as T } from '../../core/text';
import { writeSelfAssessmentTab } from '../cycle/selfAssessmentTab';
import { alert, fromMenu } from '../dialog';

export function menuSelfAssessmentTable(): void {
  fromMenu(() => {
    const r = writeSelfAssessmentTab();
    alert(T.selfTableDoneTitle, T.selfTableDone(r.tab, r.criteria));
  });
}
