/** The sidebar's period argument, checked: it crosses google.script.run, so it is not trusted. */
import type { PeriodKey } from '../core/report';
import { periodFromAnswer } from '../core/text';

export function periodChoice(value: unknown): PeriodKey {
  const period = typeof value === 'string' ? periodFromAnswer(value) : null;
  if (!period) throw new Error(`Unknown period: ${String(value)}`);
  return period;
}
