import { afterEach, describe, expect, it } from 'vitest';
import { localZoneFingerprint, zoneFingerprint } from '@/lib/time/zone-fingerprint';

const before = process.env.TZ;
afterEach(() => {
  // Node reads TZ again when it is assigned: the zone the Date methods use follows it.
  if (before === undefined) delete process.env.TZ;
  else process.env.TZ = before;
});

describe('time-zone fingerprints (the check every signed-in page makes before asking Intl)', () => {
  it('match for zones that keep the same clock all year and differ otherwise', () => {
    expect(zoneFingerprint('Europe/Paris', 2026)).toBe(zoneFingerprint('Europe/Berlin', 2026));
    expect(zoneFingerprint('Europe/Paris', 2026)).not.toBe(zoneFingerprint('Europe/London', 2026));
    expect(zoneFingerprint('America/New_York', 2026)).not.toBe(zoneFingerprint('America/Chicago', 2026));
    // Same winter offset, no summer time: Arizona is not Denver.
    expect(zoneFingerprint('America/Phoenix', 2026)).not.toBe(zoneFingerprint('America/Denver', 2026));
  });

  it('reads the running zone the same way as a named one, without Intl', () => {
    for (const zone of ['America/New_York', 'Asia/Kolkata', 'Australia/Adelaide', 'UTC']) {
      process.env.TZ = zone;
      expect(localZoneFingerprint(2026)).toBe(zoneFingerprint(zone, 2026));
    }
    process.env.TZ = 'Europe/Paris';
    expect(localZoneFingerprint(2026)).not.toBe(zoneFingerprint('Europe/London', 2026));
  });

  it('counts minutes behind UTC, as getTimezoneOffset does', () => {
    expect(zoneFingerprint('Asia/Kolkata', 2026).split(',')[0]).toBe('-330');
    expect(zoneFingerprint('UTC', 2026).split(',').every((m) => m === '0')).toBe(true);
    expect(zoneFingerprint('Mars/Olympus', 2026)).toBe('');
  });
});
