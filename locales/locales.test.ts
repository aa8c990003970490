import { describe, expect, it } from 'vitest';

/**
 * Checks every locale file, not only tree files: en and ja key for key, no empty text, and no
 * English sentence left untranslated in ja (commands, log lines and product names aside).
 */
const files = import.meta.glob<Record<string, unknown>>('./*/*.json', {
  eager: true,
  import: 'default',
});

function leaves(value: unknown, prefix = ''): [string, unknown][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, `${prefix}.${i}`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
  }
  return [[prefix, value]];
}

function byLang(lang: string): Map<string, Record<string, unknown>> {
  const out = new Map<string, Record<string, unknown>>();
  for (const [path, bundle] of Object.entries(files)) {
    const m = /^\.\/(\w+)\/(.+)\.json$/.exec(path);
    if (m?.[1] === lang && m[2]) out.set(m[2], bundle);
  }
  return out;
}

const en = byLang('en');
const ja = byLang('ja');

/** Keys whose values are not prose: commands, OS names, search keywords, product names. */
const NOT_PROSE =
  /(^|\.)(code|os|keywords|switchTo\.\w+|name)$|^terms\.fjcloud\.(server|gatewayAddr)$/;
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uff01-\uff5e]/;

/** A Latin-only string that reads as a sentence: ends with a full stop or has 5+ words. */
export function isUntranslatedSentence(text: string): boolean {
  if (JAPANESE.test(text)) return false;
  // A quoted log line (「…」, “…”, "…") is evidence to recognise, not prose to translate.
  const unquoted = text.replace(/「[^」]*」|“[^”]*”|"[^"]*"/g, '').trim();
  if (unquoted === '') return false;
  const words = text.split(/\s+/).filter((w) => /[A-Za-z]{2,}/.test(w));
  return /[a-z]{2,}\.$/.test(text.trim()) || words.length >= 5;
}

describe('locale files', () => {
  it('en and ja have the same files', () => {
    expect([...ja.keys()].sort()).toEqual([...en.keys()].sort());
    expect(en.size).toBeGreaterThan(3);
  });

  for (const [ns, bundle] of en) {
    describe(ns, () => {
      it('has the same keys in en and ja', () => {
        const enKeys = leaves(bundle)
          .map(([k]) => k)
          .sort();
        const jaKeys = leaves(ja.get(ns))
          .map(([k]) => k)
          .sort();
        expect(jaKeys).toEqual(enKeys);
      });

      it('has no empty text', () => {
        for (const lang of [bundle, ja.get(ns)]) {
          const empty = leaves(lang).filter(([, v]) => typeof v !== 'string' || v.trim() === '');
          expect(empty.map(([k]) => k)).toEqual([]);
        }
      });

      it('has no English sentence left in ja', () => {
        const left = leaves(ja.get(ns))
          .filter(
            ([k, v]) => !NOT_PROSE.test(k) && typeof v === 'string' && isUntranslatedSentence(v),
          )
          .map(([k, v]) => `${k}: ${String(v)}`);
        expect(left).toEqual([]);
      });
    });
  }
});

describe('isUntranslatedSentence', () => {
  it('flags English prose and spares Japanese, commands and names', () => {
    expect(isUntranslatedSentence('Select an answer to continue.')).toBe(true);
    expect(isUntranslatedSentence('Check the route table on the client side')).toBe(true);
    expect(isUntranslatedSentence('次へ')).toBe(false);
    expect(isUntranslatedSentence('OpenVPN GUI のログを開きます。')).toBe(false);
    expect(isUntranslatedSentence('SSL-VPN Connection')).toBe(false);
    expect(isUntranslatedSentence('Windows')).toBe(false);
    expect(isUntranslatedSentence('「VERIFY ERROR … certificate has expired」')).toBe(false);
  });
});
