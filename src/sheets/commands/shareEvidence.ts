/** "Chia sẻ thư mục tài liệu kiểm chứng (chỉ xem)" (office, optional): asks the e-mails, then shares. */
import { EVIDENCE_SHARE_TEXT as T } from '../../core/text';
import { alert, fromMenu } from '../dialog';
import { shareEvidenceFolders } from '../evidence/share';
import { requireOffice } from '../office';
import { activeSpreadsheet } from '../session';

export function menuShareEvidenceFolder(): void {
  fromMenu(() => {
    const ss = activeSpreadsheet();
    requireOffice(ss, T.menu);
    const ui = SpreadsheetApp.getUi();
    const answer = ui.prompt(T.promptTitle, T.prompt, ui.ButtonSet.OK_CANCEL);
    if (answer.getSelectedButton() !== ui.Button.OK) return;
    const r = shareEvidenceFolders(answer.getResponseText(), ss.getId());
    alert(T.doneTitle, [T.done(r.emails, r.folders), ...(r.failed.length ? [T.partly(r.failed)] : [])].join('\n\n'));
  });
}
