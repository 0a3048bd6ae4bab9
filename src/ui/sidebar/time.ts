/** ISO time → "dd/MM/yyyy HH:mm" in Vietnam's time zone, whatever the browser's own zone is. */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

let formatter: Intl.DateTimeFormat | null = null;

export function formatDateTime(iso: string): string | null {
  const date = new Date(iso);
  if (!iso || Number.isNaN(date.getTime())) return null;
  formatter =
    formatter ||
    new Intl.DateTimeFormat('en-GB', {
      timeZone: TIME_ZONE,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
  const part: Record<string, string> = {};
  for (const p of formatter.formatToParts(date)) part[p.type] = p.value;
  // en-GB is a 00–23 clock; some engines still say "24" at midnight.
  const hour = part.hour === '24' ? '00' : part.hour;
  return `${part.day}/${part.month}/${part.year} ${hour}:${part.minute}`;
}

let dayFormatter: Intl.DateTimeFormat | null = null;

/** Today's calendar day in Việt Nam, whatever the browser's own zone is. */
export function todayInVietnam(now: Date = new Date()): { year: number; month: number; day: number } {
  dayFormatter =
    dayFormatter ||
    new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
  const part: Record<string, string> = {};
  for (const p of dayFormatter.formatToParts(now)) part[p.type] = p.value;
  return { year: Number(part.year), month: Number(part.month), day: Number(part.day) };
}
