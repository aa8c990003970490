import { durationParts } from '@/lib/durations';
import { useT } from './use-lang';

/** A duration in words of the active language (`3 min 12 s`, `3分12秒`); the sign is dropped. */
export function useDuration() {
  const { t } = useT('common');
  return (ms: number) => {
    const p = durationParts(ms);
    return t(`duration.${p.key}`, { h: p.h, m: p.m, s: p.s });
  };
}
