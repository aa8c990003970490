import { describe, expect, it } from 'vitest';
import type { RestartEvent } from '@/network/openvpn-log';
import { durationParts, restartRows } from './durations';

describe('durationParts', () => {
  it('rounds to seconds and picks the unit key', () => {
    expect(durationParts(0)).toEqual({ h: 0, m: 0, s: 0, key: 's' });
    expect(durationParts(499)).toEqual({ h: 0, m: 0, s: 0, key: 's' });
    expect(durationParts(59_600)).toEqual({ h: 0, m: 1, s: 0, key: 'ms' });
    expect(durationParts(31 * 60_000 + 8_000)).toEqual({ h: 0, m: 31, s: 8, key: 'ms' });
    expect(durationParts(26 * 3_600_000 + 61_000)).toEqual({ h: 26, m: 1, s: 1, key: 'hms' });
  });

  it('uses the absolute value and tolerates nonsense', () => {
    expect(durationParts(-125_000)).toEqual({ h: 0, m: 2, s: 5, key: 'ms' });
    expect(durationParts(Number.NaN)).toEqual({ h: 0, m: 0, s: 0, key: 's' });
  });
});

describe('restartRows', () => {
  const ev = (line: number, epochMs: number | null): RestartEvent => ({
    line,
    signal: 'SIGUSR1',
    reason: 'ping-restart',
    timestamp: epochMs === null ? null : { text: 't', epochMs, zoned: false, yearAssumed: false },
  });

  it('gives the time since the previous restart when both have a time', () => {
    const rows = restartRows([
      ev(10, 1000),
      ev(20, 61_000),
      ev(30, null),
      ev(40, 200_000),
      ev(50, 100),
    ]);
    expect(rows.map((r) => r.sincePreviousMs)).toEqual([null, 60_000, null, null, null]);
  });
});
