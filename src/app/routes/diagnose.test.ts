import { describe, expect, it } from 'vitest';
import { diagnosisIds, trees } from '@/trees';
import { DIAGNOSIS_EXTRAS } from './diagnose';

describe('DIAGNOSIS_EXTRAS', () => {
  it('names only diagnoses some tree reaches (a renamed cause would lose its block silently)', () => {
    const all = new Set(trees.flatMap((t) => diagnosisIds(t)));
    const ids = Object.keys(DIAGNOSIS_EXTRAS);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.filter((id) => !all.has(id))).toEqual([]);
  });
});
