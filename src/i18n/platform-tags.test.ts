import { describe, expect, it } from 'vitest';
import { PLATFORM_IDS, type Platform } from '@/network/platforms';
import { asSteps, forPlatform, type StepText } from './text';

/**
 * Issue 19 item 3: the fix follows the platform chosen. A step of a cause that applies to one
 * or two platforms carries `"platform"`; a step without it is shown for every platform and so
 * names none of them.
 */

interface CauseFile {
  readonly steps?: unknown;
}

const files = import.meta.glob<CauseFile>('../../locales/*/cause-*.json', {
  eager: true,
  import: 'default',
});

/** lang → cause namespace → raw steps */
const causes: Record<string, Record<string, unknown[]>> = {};
for (const [path, bundle] of Object.entries(files)) {
  const m = /locales\/(\w+)\/(cause-.+)\.json$/.exec(path);
  if (m?.[1] && m[2]) {
    (causes[m[1]] ??= {})[m[2]] = Array.isArray(bundle.steps) ? (bundle.steps as unknown[]) : [];
  }
}
const names = Object.keys(causes.en ?? {}).sort();
const langs = ['en', 'ja'] as const;

/** The raw `platform` tag of a step, as a list (absent: empty). */
function rawTags(step: unknown): string[] {
  const p = (step as { platform?: unknown }).platform;
  if (p === undefined) return [];
  return typeof p === 'string' ? [p] : Array.isArray(p) ? p.map(String) : [`<${typeof p}>`];
}

/**
 * How a step names a platform, per language. Citing a platform's FAQ as the source of a
 * generic piece of advice is not an instruction for that platform and does not count.
 */
const NAMES: Record<(typeof langs)[number], Record<Platform, RegExp>> = {
  en: {
    alibaba: /Alibaba Cloud(?!'s FAQ)|\baliyun |IDaaS/,
    fjcloud: /FJcloud-O/,
    openvpn: /\b(own|your) OpenVPN servers?\b|\bown servers?\b/i,
  },
  ja: {
    alibaba: /Alibaba Cloud(?!のFAQ)|\baliyun |IDaaS/,
    fjcloud: /FJcloud-O/,
    openvpn: /自前の(OpenVPN)?サーバー/,
  },
};

/** OpenStack commands and API paths, which Alibaba Cloud has no use for. */
const OPENSTACK = /\bopenstack |\/v2\.0\//i;

function words(s: StepText): string {
  return [s.text, ...s.codes].join('\n');
}

function shown(lang: string, ns: string, platform: Platform): StepText[] {
  return asSteps(causes[lang]?.[ns]).filter((s) => forPlatform(s.platforms ?? [], platform));
}

describe('platform tags of the fix steps', () => {
  it('finds the cause files', () => {
    expect(names.length).toBeGreaterThan(50);
    expect(Object.keys(causes.ja ?? {}).sort()).toEqual(names);
  });

  it.each(names)('%s: en and ja have the same steps with the same tags', (ns) => {
    const en = causes.en?.[ns] ?? [];
    const ja = causes.ja?.[ns] ?? [];
    expect(ja.length).toBe(en.length);
    expect(ja.map(rawTags)).toEqual(en.map(rawTags));
  });

  it.each(names)('%s: every tag is a known platform id, listed once', (ns) => {
    for (const lang of langs) {
      for (const tags of (causes[lang]?.[ns] ?? []).map(rawTags)) {
        for (const tag of tags) expect(PLATFORM_IDS as readonly string[]).toContain(tag);
        expect(new Set(tags).size).toBe(tags.length);
        // A tag for every platform says nothing: leave the step untagged.
        expect(tags.length).toBeLessThan(PLATFORM_IDS.length);
      }
    }
  });

  it.each(names)('%s: every platform keeps at least one step', (ns) => {
    for (const lang of langs) {
      for (const p of PLATFORM_IDS)
        expect(shown(lang, ns, p).length, `${lang} ${p}`).toBeGreaterThan(0);
    }
  });

  it.each(names)('%s: a step names only the platforms it is tagged for', (ns) => {
    for (const lang of langs) {
      const bad = asSteps(causes[lang]?.[ns]).flatMap((s, i) => {
        const tags = s.platforms ?? [];
        const named = PLATFORM_IDS.filter((p) => NAMES[lang][p].test(words(s)));
        const stray = named.filter((p) => !tags.includes(p));
        return stray.length > 0 ? [`${lang} step ${i} names ${stray.join(', ')}: ${s.text}`] : [];
      });
      expect(bad).toEqual([]);
    }
  });

  it.each(names)('%s: Alibaba Cloud gets no OpenStack command or API path', (ns) => {
    for (const lang of langs) {
      const bad = shown(lang, ns, 'alibaba')
        .filter((s) => OPENSTACK.test(words(s)))
        .map((s) => s.text);
      expect(bad).toEqual([]);
    }
  });

  it.each(names)('%s: FJcloud-O and own servers get no “Alibaba Cloud:” instruction', (ns) => {
    for (const lang of langs) {
      for (const p of ['fjcloud', 'openvpn'] as const) {
        const bad = shown(lang, ns, p)
          .filter((s) => /Alibaba Cloud ?[:：]|\baliyun /.test(words(s)))
          .map((s) => s.text);
        expect(bad, `${lang} ${p}`).toEqual([]);
      }
    }
  });
});

describe('platform tags of the verify lists', () => {
  const verify: Record<string, Record<string, unknown[]>> = {};
  for (const [path, bundle] of Object.entries(files)) {
    const m = /locales\/(\w+)\/(cause-.+)\.json$/.exec(path);
    const list = (bundle as { verify?: unknown }).verify;
    if (m?.[1] && m[2]) (verify[m[1]] ??= {})[m[2]] = Array.isArray(list) ? list : [];
  }
  const tagsOf = (item: unknown) => (typeof item === 'string' ? [] : rawTags(item));

  it.each(names)('%s: en and ja tag the same checks, with known ids', (ns) => {
    const en = verify.en?.[ns] ?? [];
    const ja = verify.ja?.[ns] ?? [];
    expect(ja.map(tagsOf)).toEqual(en.map(tagsOf));
    for (const tag of en.flatMap(tagsOf)) expect(PLATFORM_IDS).toContain(tag);
  });

  it.each(names)('%s: an untagged check is no instruction for one platform', (ns) => {
    for (const lang of langs) {
      for (const item of verify[lang]?.[ns] ?? []) {
        if (typeof item !== 'string') continue;
        expect(item).not.toMatch(/^(Alibaba Cloud|FJcloud-O)\s*[:：]/);
      }
    }
  });
});
