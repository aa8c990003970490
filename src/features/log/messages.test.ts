import { describe, expect, it } from 'vitest';
import { RANK_REASONS, SEVERITIES, SIGNATURE_IDS } from '@/network/openvpn-log';
import enLog from '../../../locales/en/log.json';
import jaLog from '../../../locales/ja/log.json';
import enClock from '../../../locales/en/clock.json';
import enCommon from '../../../locales/en/common.json';
import jaCommon from '../../../locales/ja/common.json';
import jaClock from '../../../locales/ja/clock.json';

type Json = string | number | boolean | null | Json[] | { [k: string]: Json };

/** Every leaf as `path → value` (arrays by index). */
function leaves(value: Json, prefix = ''): Map<string, Json> {
  const out = new Map<string, Json>();
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      for (const [p, leaf] of leaves(v, prefix ? `${prefix}.${k}` : k)) out.set(p, leaf);
    }
  } else out.set(prefix, value);
  return out;
}

function at(bundle: Json, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (o, k) =>
        o !== null && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined,
      bundle,
    );
}

const placeholders = (s: Json) =>
  typeof s === 'string' ? [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort() : [];

const common = { en: enCommon as Json, ja: jaCommon as Json };

const bundles = {
  log: { en: enLog as Json, ja: jaLog as Json },
  clock: { en: enClock as Json, ja: jaClock as Json },
};

describe.each(Object.entries(bundles))('%s.json', (_ns, { en, ja }) => {
  it('en and ja are key-for-key equal', () => {
    expect([...leaves(ja).keys()].sort()).toEqual([...leaves(en).keys()].sort());
  });

  it('every text is a non-empty string with the same placeholders in both languages', () => {
    const jaLeaves = leaves(ja);
    for (const [path, value] of leaves(en)) {
      const other = jaLeaves.get(path);
      expect(typeof value, path).toBe('string');
      expect(typeof other, path).toBe('string');
      expect(value, path).toMatch(/\S/);
      expect(other, path).toMatch(/\S/);
      if (path.endsWith('_one')) {
        // A singular may say "once" instead of {{times}}; it may only use the plural's values.
        const plural = placeholders(leaves(en).get(path.replace(/_one$/, '_other')) ?? '');
        for (const p of placeholders(other ?? '')) expect(plural, path).toContain(p);
      } else {
        expect(placeholders(other ?? ''), path).toEqual(placeholders(value));
      }
    }
  });

  it('the Japanese file is written in Japanese', () => {
    const texts = [...leaves(ja).values()].filter((v): v is string => typeof v === 'string');
    const japanese = texts.filter((s) => /[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]/.test(s));
    // Only pure formats ("{{rank}}.") may be without Japanese characters.
    expect(texts.length - japanese.length).toBeLessThanOrEqual(2);
  });
});

describe('log messages', () => {
  it.each(['en', 'ja'] as const)('every signature has a title and a meaning (%s)', (lang) => {
    const bundle = bundles.log[lang];
    for (const id of SIGNATURE_IDS) {
      expect(at(bundle, `signatures.${id}.title`), id).toEqual(expect.stringMatching(/\S/));
      expect(at(bundle, `signatures.${id}.meaning`), id).toEqual(expect.stringMatching(/\S/));
    }
  });

  it.each(['en', 'ja'] as const)('every rank reason and severity has a sentence (%s)', (lang) => {
    const bundle = bundles.log[lang];
    for (const r of RANK_REASONS) {
      expect(at(bundle, `rankReasons.${r}`), r).toEqual(expect.stringMatching(/\S/));
    }
    for (const s of SEVERITIES) {
      expect(at(bundle, `severity.${s}`), s).toEqual(expect.stringMatching(/\S/));
    }
  });

  it('has no text for signatures or rank reasons that do not exist', () => {
    expect(Object.keys(at(bundles.log.en, 'signatures') as object).sort()).toEqual(
      [...SIGNATURE_IDS].sort(),
    );
    expect(Object.keys(at(bundles.log.en, 'rankReasons') as object).sort()).toEqual(
      [...RANK_REASONS].sort(),
    );
  });

  it('the signature titles differ from each other', () => {
    for (const lang of ['en', 'ja'] as const) {
      const titles = SIGNATURE_IDS.map((id) => at(bundles.log[lang], `signatures.${id}.title`));
      expect(new Set(titles).size).toBe(titles.length);
    }
  });
});

describe('clock messages', () => {
  it.each(['en', 'ja'] as const)('has every verdict and every reason (%s)', (lang) => {
    const bundle = bundles.clock[lang];
    for (const level of ['ok', 'warn', 'fail']) {
      expect(at(bundle, `verdict.${level}`), level).toEqual(expect.stringMatching(/\S/));
      expect(at(bundle, `advice.${level}`), level).toEqual(expect.stringMatching(/\S/));
    }
    // A warning or failure says by how much.
    for (const level of ['warn', 'fail']) {
      expect(at(bundle, `verdict.${level}`), level).toEqual(
        expect.stringMatching(/\{\{offset\}\}/),
      );
    }
    for (const reason of [
      'request-failed',
      'no-date-header',
      'invalid-date-header',
      'bad-timing',
    ]) {
      expect(at(bundle, `unavailable.${reason}`), reason).toEqual(expect.stringMatching(/\S/));
    }
    for (const key of ['s', 'ms', 'hms']) {
      expect(at(common[lang], `duration.${key}`), key).toEqual(expect.stringMatching(/\{\{s\}\}/));
    }
  });
});
