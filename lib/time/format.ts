import { addDays, dayKeyOf } from './zones';

/**
 * A due time as a student reads it, in their own zone: "today, 17:00", "tomorrow, 09:00", "Tue 8 Dec, 17:00".
 *
 * @example
 * formatDue(new Date('2026-12-08T16:00:00Z'), new Date('2026-12-08T09:00:00Z'), 'Europe/Paris') // 'today, 17:00'
 */
export function formatDue(due: Date, now: Date, timeZone: string): string {
  const time = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit' }).format(due);
  const day = dayKeyOf(due, timeZone);
  const today = dayKeyOf(now, timeZone);
  if (day === today) return `today, ${time}`;
  if (day === addDays(today, 1)) return `tomorrow, ${time}`;
  if (day === addDays(today, -1)) return `yesterday, ${time}`;
  const date = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', day: 'numeric', month: 'short' }).format(due);
  return `${date}, ${time}`;
}

/**
 * How far away a moment is, in the few words a grade button has room for: "1m", "10m", "3h", "4d", "2mo".
 *
 * @example
 * formatInterval(new Date(0), new Date(600_000)) // '10m'
 */
export function formatInterval(from: Date, to: Date): string {
  const minutes = Math.max(1, Math.round((to.getTime() - from.getTime()) / 60_000));
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours}h`;
  const days = Math.round(hours / 24);
  if (days < 31) return `${days}d`;
  const months = Math.round(days / 30.4);
  if (months < 12) return `${months}mo`;
  return `${Math.round(days / 365)}y`;
}

/** A short day label for charts: "Mon 4". */
export function formatDayLabel(day: string): string {
  const date = new Date(`${day}T12:00:00Z`);
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'short', day: 'numeric' }).format(date);
}
