/** "Khởi tạo / cập nhật bảng theo dõi". */
import { SETUP_TEXT } from '../../core/text';
import { alert, fromMenu } from '../dialog';
import { setupMessage, setupWorkbook } from '../setup/setup';

export function menuSetupWorkbook(): void {
  fromMenu(() => alert(SETUP_TEXT.doneTitle, setupMessage(setupWorkbook())));
}
