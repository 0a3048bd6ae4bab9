/** "Ghi bảng Việc còn lại" (office): what each official has left, as a tab they can filter. */
import { PROGRESS_TEXT } from '../../core/text';
import { writeTasksTab } from '../cycle/tasksTab';
import { alert, fromMenu } from '../dialog';

export function menuRemainingTasks(): void {
  fromMenu(() => {
    const r = writeTasksTab();
    alert(PROGRESS_TEXT.tab.doneTitle, PROGRESS_TEXT.tab.done(r.tasks, r.officials));
  });
}
