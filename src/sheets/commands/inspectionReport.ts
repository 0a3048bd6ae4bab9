/** "Tạo báo cáo tự kiểm tra" from the menu; the sidebar's button calls createReport('inspection') (main.ts). */
import { REPORT_KINDS_UI_TEXT as K, SERVER_TEXT as T } from '../../core/text';
import { alert, fromMenu } from '../dialog';
import { createReport } from '../report';

export function menuCreateInspectionReport(): void {
  fromMenu(() => {
    const link = createReport('inspection');
    alert(
      K.createdTitle(K.names.inspection),
      T.reportCreated(link.name, link.url) + (link.warning ? K.warningTail(link.warning) : ''),
    );
  });
}
