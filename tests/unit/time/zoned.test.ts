import { describe, expect, it } from 'vitest';
import { formatInZone, isTimeZone, toLocalInputValue, zonedTimeToInstant } from '@/lib/time/zoned';

describe('zoned times', () => {
  it('turns a teacher’s wall-clock due time into the instant, summer and winter', () => {
    expect(zonedTimeToInstant('2026-07-01T17:00', 'Europe/Paris').toISOString()).toBe('2026-07-01T15:00:00.000Z');
    expect(zonedTimeToInstant('2026-01-15T17:00', 'Europe/Paris').toISOString()).toBe('2026-01-15T16:00:00.000Z');
    expect(zonedTimeToInstant('2026-01-15T17:00', 'America/New_York').toISOString()).toBe('2026-01-15T22:00:00.000Z');
    expect(zonedTimeToInstant('2026-01-15T17:00', 'UTC').toISOString()).toBe('2026-01-15T17:00:00.000Z');
  });

  it('handles the spring-forward gap and the repeated autumn hour', () => {
    // 02:30 does not exist in Paris on 29 March 2026 (it reads as 03:30); 02:30 on 25 October happens twice.
    expect(zonedTimeToInstant('2026-03-29T02:30', 'Europe/Paris').toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(zonedTimeToInstant('2026-10-25T02:30', 'Europe/Paris').toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('shows one instant in each student’s zone', () => {
    const due = new Date('2026-07-01T15:00:00Z');
    expect(formatInZone(due, 'Europe/Paris')).toBe('Wed, 1 Jul 2026, 17:00');
    expect(formatInZone(due, 'Asia/Tokyo')).toBe('Thu, 2 Jul 2026, 00:00');
    expect(toLocalInputValue(due, 'America/Los_Angeles')).toBe('2026-07-01T08:00');
  });

  it('knows real zone names', () => {
    expect(isTimeZone('Europe/Paris')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
  });
});

describe('an unknown zone', () => {
  it('reads as UTC instead of failing', () => {
    expect(formatInZone(new Date('2026-07-01T15:00:00Z'), 'Not/AZone')).toBe('Wed, 1 Jul 2026, 15:00');
  });
});
