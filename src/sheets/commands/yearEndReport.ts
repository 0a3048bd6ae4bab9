/** "Tạo báo cáo tổng kết" from the menu; the sidebar's button calls createReport() directly (main.ts). */
import { SERVER_TEXT as T } from '../../core/text';
import { alert, fromMenu } from '../dialog';
import { createReport } from '../report';

export function menuCreateReport(): void {
  fromMenu(() => {
    const link = createReport();
    alert(T.reportCreatedTitle, T.reportCreated(link.name, link.url));
  });
}
