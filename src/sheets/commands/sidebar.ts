/** "Mở bảng điều khiển": the sidebar page built into dist/Sidebar.html. */
import { MENU_TEXT as T } from '../../core/text';

export function showSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(T.sidebarTitle);
  // Sheets sidebars are always 300 px wide; the page is laid out for that width.
  SpreadsheetApp.getUi().showSidebar(html);
}
