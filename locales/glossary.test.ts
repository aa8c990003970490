import { describe, expect, it } from 'vitest';

/**
 * One voice in Japanese (docs/CONTENT.md, "Glossary"): the drifted forms, placeholders that
 * differ by language, doubled parentheses after interpolation, and です・ます in steps and
 * support scripts. Covers every locale file. `node scripts/fix-terms.mjs` fixes the mechanical
 * cases; what it leaves needs a person.
 */
const files = import.meta.glob<Record<string, unknown>>('./*/*.json', {
  eager: true,
  import: 'default',
});

type Leaf = { file: string; path: string; key: string; text: string };

function leaves(value: unknown, file: string, path: string[] = []): Leaf[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, file, [...path, String(i)]));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => leaves(v, file, [...path, k]));
  }
  return typeof value === 'string'
    ? [{ file, path: path.join('.'), key: path.at(-1) ?? '', text: value }]
    : [];
}

const all: Leaf[] = Object.entries(files).flatMap(([p, bundle]) =>
  leaves(bundle, p.replace(/^\.\//, '')),
);
const ja = all.filter((l) => l.file.startsWith('ja/'));
const en = all.filter((l) => l.file.startsWith('en/'));
/** Not prose: commands, OS tags and search keywords (which may list variant spellings). */
const isProse = (l: Leaf) => !['code', 'os', 'keywords'].includes(l.key);
const jaProse = ja.filter(isProse);

const where = (l: Leaf) => `${l.file} ${l.path}: ${l.text.slice(0, 120)}`;

/** [drifted form, glossary form]; the pattern must not match any Japanese prose. */
const DRIFT: [RegExp, string][] = [
  [/プロバイダ(?!ー)/, 'プロバイダー (with ー), and only for an ISP or Terraform'],
  [
    /(?<!Terraform ?|サービス)プロバイダー/,
    'クラウド事業者 / Alibaba CloudのFAQ (プロバイダー reads as an ISP)',
  ],
  [/パケット損失/, 'パケットロス'],
  [/暗号方式/, '暗号化アルゴリズム (cipher)'],
  [/イングレス/, '受信'],
  [/イーグレス/, '送信'],
  [/デフォルト/, '既定'],
  [/ファイヤーウォール/, 'ファイアウォール'],
  [
    /ファイアーウォール(?!サービスおよびセキュリティグループ機能との関係)/,
    'ファイアウォール (ファイアーウォール only in the FJcloud-O manual’s title)',
  ],
  [/助言/, '参考情報 (「（助言）」 is a calque of “(advice)”)'],
  [/マネージドの/, 'マネージド型の'],
  [/10分以上/, '10分を超えて (the FAQ: more than 10 minutes)'],
  [/である。/, 'です・ます'],
  [/クライアント例外/, 'a description of the problem (「クライアント例外」 is the seed’s calque)'],
  [/吸い込まれ|それきり|わけです/, 'plain documentation wording (J8)'],
  [
    /自前の OpenVPN|OpenVPN サーバー|VPN Gateway コンソール|Linux 上|Windows 上|(?<![A-Za-z])ping を/,
    'no space between a name and Japanese',
  ],
  [/Alibaba Cloud VPN Gateway SSL-VPN FAQ/, 'the seed’s Japanese title 「SSL-VPN接続に関するFAQ」'],
  [
    /ファイアウォールサービス・セキュリティグループ機能との関係/,
    'the manual’s title 「ファイアーウォールサービスおよびセキュリティグループ機能との関係」',
  ],
];

describe('Japanese glossary', () => {
  for (const [pattern, use] of DRIFT) {
    it(`has no ${pattern.source} (use ${use})`, () => {
      expect(jaProse.filter((l) => pattern.test(l.text)).map(where)).toEqual([]);
    });
  }

  // A term may be Japanese (the gateway's address before it is known is 「ゲートウェイ」), so a
  // space around {{…}} next to Japanese would read 「宛先を ゲートウェイ」: none, as in the rest.
  it('has no space between Japanese and a {{placeholder}}', () => {
    const spaced =
      /[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef] \{\{|\}\} [\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]/;
    expect(jaProse.filter((l) => spaced.test(l.text)).map(where)).toEqual([]);
  });

  it('has no English placeholder inside Japanese prose', () => {
    const english = /<[^<>\n]*[A-Za-z][^<>\n]* [^<>\n]*>/;
    expect(jaProse.filter((l) => english.test(l.text)).map(where)).toEqual([]);
  });
});

describe('placeholders in commands', () => {
  it('are one language-neutral form: no spaces or Japanese inside <…>', () => {
    const bad = /<(?![A-Z0-9_]+>)[^<>\n]*[ \u3040-\u30ff\u3400-\u9fff][^<>\n]*>/;
    const code = all.filter((l) => l.key === 'code');
    expect(code.length).toBeGreaterThan(50);
    expect(code.filter((l) => bad.test(l.text)).map(where)).toEqual([]);
  });
});

const common = (lang: string) =>
  (files[`./${lang}/common.json`] as { terms: Record<string, Record<string, string>> }).terms;

describe('platform terms', () => {
  const platforms = Object.keys(common('en')).sort();

  it('every platform has the same terms, in en and ja', () => {
    expect(platforms).toEqual(['alibaba', 'fjcloud', 'generic', 'openvpn']);
    const keys = Object.keys(common('en').alibaba ?? {}).sort();
    for (const lang of ['en', 'ja']) {
      for (const p of platforms) expect(Object.keys(common(lang)[p] ?? {}).sort()).toEqual(keys);
    }
  });

  it('every {{placeholder}} in a cause, tree or support text is a platform term', () => {
    const terms = new Set(Object.keys(common('en').alibaba ?? {}));
    const unknown = all
      .filter((l) => /^(en|ja)\/(cause|tree|support)-/.test(l.file))
      .flatMap((l) => [...l.text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => ({ l, name: m[1] ?? '' })))
      .filter(({ name }) => !terms.has(name))
      .map(({ l, name }) => `{{${name}}} in ${where(l)}`);
    expect(unknown).toEqual([]);
  });

  it('no rendered text has doubled parentheses, in any platform', () => {
    const render = (text: string, t: Record<string, string>) =>
      text.replace(/\{\{(\w+)\}\}/g, (m, k: string) => t[k] ?? m);
    const problems: string[] = [];
    for (const [lang, list, doubled] of [
      ['ja', ja, /（（|））|）（/],
      ['en', en, /\(\(|\)\)|\) \(/],
    ] as const) {
      for (const p of platforms) {
        const t = common(lang)[p] ?? {};
        for (const l of list.filter(isProse)) {
          if (l.text.includes('{{') && doubled.test(render(l.text, t))) {
            problems.push(`${p}: ${where(l)}`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

/** The top-level sentences of a text: split at 「。」 outside 「」 and （）. */
export function sentences(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '「' || c === '（') depth++;
    else if ((c === '」' || c === '）') && depth > 0) depth--;
    else if (c === '。' && depth === 0) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

/** A sentence in です・ます (a trailing parenthetical aside), or a lead-in ending in 「：」. */
export function isPolite(sentence: string): boolean {
  let s = sentence.trim();
  if (s.endsWith('：')) return true;
  // peel trailing （…） groups, nested ones included
  while (s.endsWith('）')) {
    let depth = 0;
    let i = s.length - 1;
    for (; i >= 0; i--) {
      if (s[i] === '）') depth++;
      else if (s[i] === '（' && --depth === 0) break;
    }
    if (i <= 0) break;
    s = s.slice(0, i).trimEnd();
  }
  return /(ます|ました|ません|です|でした|ください|ましょう|でしょう)(か|ね)?$/.test(s);
}

describe('です・ます', () => {
  it('recognises plain and polite endings', () => {
    expect(isPolite('ログを確認します')).toBe(true);
    expect(isPolite('サーバーに問い合わせます（ログを添えて）')).toBe(true);
    expect(isPolite('どのサーバーでしょうか')).toBe(true);
    expect(isPolite('Linux（systemd）：')).toBe(true);
    expect(isPolite('どこで実行されましたか')).toBe(true);
    expect(isPolite('表示されます（Windows：a（b）、Linux：c）')).toBe(true);
    expect(isPolite('応答が返る')).toBe(false);
    expect(isPolite('空である')).toBe(false);
    expect(sentences('「a。b」を見ます。次に（c。d）確認します。')).toEqual([
      '「a。b」を見ます',
      '次に（c。d）確認します',
    ]);
  });

  const checked = ja.filter(
    (l) =>
      (/^ja\/cause-/.test(l.file) &&
        (/^steps\.\d+\.text$/.test(l.path) || /^verify\.\d+$/.test(l.path))) ||
      (/^ja\/support-/.test(l.file) && (l.key === 'say' || l.key === 'why')),
  );

  it('holds in cause steps and verify items and in support scripts (say, why)', () => {
    expect(checked.length).toBeGreaterThan(100);
    const plain = checked.filter((l) => !sentences(l.text).every(isPolite)).map(where);
    expect(plain).toEqual([]);
  });
});
