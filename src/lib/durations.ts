/**
 * Small pure helpers for the analyzer's and the clock check's display: durations split into
 * units (the words come from the locale files), restart rows with the time since the previous
 * restart.
 */
import type { RestartEvent } from '@/network/openvpn-log';

/** A duration rounded to whole seconds, split into hours, minutes and seconds. */
export interface DurationParts {
  readonly h: number;
  readonly m: number;
  readonly s: number;
  /** Which locale key to use: `s` (under a minute), `ms` (under an hour) or `hms`. */
  readonly key: 's' | 'ms' | 'hms';
}

/** Splits |ms| into h/m/s (rounded to the second). */
export function durationParts(ms: number): DurationParts {
  const total = Number.isFinite(ms) ? Math.round(Math.abs(ms) / 1000) : 0;
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return { h, m, s, key: h > 0 ? 'hms' : m > 0 ? 'ms' : 's' };
}

/** One restart with the time since the previous one (when both lines had timestamps). */
export interface RestartRow {
  readonly event: RestartEvent;
  readonly sincePreviousMs: number | null;
}

/** The restarts in order, each with the interval since the previous restart. */
export function restartRows(events: readonly RestartEvent[]): RestartRow[] {
  return events.map((event, i) => {
    const prev = i > 0 ? events[i - 1] : undefined;
    const a = prev?.timestamp?.epochMs ?? null;
    const b = event.timestamp?.epochMs ?? null;
    return { event, sincePreviousMs: a !== null && b !== null && b >= a ? b - a : null };
  });
}
