/** Sidebar: the view stored by the last Tính điểm (no sheet read), or an empty one before the first run. */
import type { DashboardView } from '../../ui/contract';
import { storedCatalogue } from '../catalogueSource';
import { emptyDashboard, storedDashboard } from '../dashboard';
import { readLockState, roundLocked, roundStep } from '../cycle/lockState';
import { REPORT_AVAILABLE } from '../report';

export function getDashboard(): DashboardView {
  const all = PropertiesService.getDocumentProperties().getProperties();
  const stored = storedDashboard(all);
  const lock = { locked: roundLocked(all), step: roundStep(readLockState(all)) };
  if (stored) return { ...stored, reportEnabled: REPORT_AVAILABLE, ...lock };
  return { ...emptyDashboard(REPORT_AVAILABLE, storedCatalogue(all).spec.notice), ...lock };
}
