/** The change of an area's points since the previous run, as the sidebar shows it. Pure; no DOM. */
import { formatPoints } from '../../core/format';

const MINUS = '\u2212';

/** "▲ +0,5", "▼ −1", or null when unchanged; compared in exact thousandths like the core. */
export function deltaText(points: number, previous: number): { text: string; direction: 'up' | 'down' } | null {
  const diff = Math.round(points * 1000) - Math.round(previous * 1000);
  if (diff === 0) return null;
  const abs = formatPoints(Math.abs(diff));
  return diff > 0 ? { text: `▲ +${abs}`, direction: 'up' } : { text: `▼ ${MINUS}${abs}`, direction: 'down' };
}
