import { describe, expect, it } from 'vitest';
import { diagnosisIds, trees } from '@/trees';
import { wizardState } from '@/features/wizard/use-wizard';
import { offersEvidence } from '@/features/wizard/wizard-page';
import { DIAGNOSIS_EXTRAS } from './diagnose';

describe('DIAGNOSIS_EXTRAS', () => {
  it('names only diagnoses some tree reaches (a renamed cause would lose its block silently)', () => {
    const all = new Set(trees.flatMap((t) => diagnosisIds(t)));
    const ids = Object.keys(DIAGNOSIS_EXTRAS);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.filter((id) => !all.has(id))).toEqual([]);
  });
});

describe('offersEvidence (the evidence box on a symptom’s first steps)', () => {
  const at = (query: string) => {
    const tree = trees.find((t) => t.id === 'cannot-connect')!;
    return offersEvidence(wizardState(tree, new URLSearchParams(query)).resolution);
  };
  it('before any answer, and after the platform alone', () => {
    expect(at('')).toBe(true);
    expect(at('platform=alibaba')).toBe(true);
    expect(at('platform=unsure')).toBe(true);
  });
  it('not once another question is answered, on a diagnosis, or on a broken link', () => {
    expect(at('platform=alibaba&log-message=tls-error')).toBe(false);
    expect(at('platform=alibaba&log-message=tun-missing')).toBe(false); // a diagnosis
    expect(at('platform=nope')).toBe(false);
  });
});
