#!/usr/bin/env node
/**
 * Applies the mechanical part of the Japanese glossary (docs/CONTENT.md, "Glossary") to locale
 * files: drifted terms, spacing between Japanese and product names, placeholders in commands,
 * the seed's Japanese title, and plain-form endings of `verify` items. What it cannot decide
 * (wording, a sentence that needs rewriting) is left for a person; locales/glossary.test.ts
 * lists what is still wrong.
 *
 *   node scripts/fix-terms.mjs                      # every locales/{en,ja}/*.json
 *   node scripts/fix-terms.mjs locales/ja/tree-x.json …   # only these files
 *   node scripts/fix-terms.mjs --check              # report, write nothing (exit 1 on changes)
 *
 * The rewrite is idempotent: running it twice changes nothing the second time.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');

/** Keys whose values are not prose: left alone by the prose rules. */
const NOT_PROSE_KEYS = new Set(['code', 'os', 'keywords']);

/**
 * Placeholders in commands (and the prose that refers to them): one language-neutral form,
 * identical in en and ja (CONTENT.md: `code` is the same in both languages).
 */
export const PLACEHOLDERS = [
  ['<server private IP>', '<SERVER_IP>'],
  ['<cloud server private IP>', '<SERVER_IP>'],
  ['<resource private IP>', '<RESOURCE_IP>'],
  ['<gateway public IP>', '<GATEWAY_IP>'],
  ['<gateway address>', '<GATEWAY_IP>'],
  ['<DNS server IP>', '<DNS_IP>'],
  ['<resolved IP>', '<RESOLVED_IP>'],
  ['<client pool CIDR>', '<POOL_CIDR>'],
  ['<client address pool CIDR>', '<POOL_CIDR>'],
  ['<client CIDR block>', '<POOL_CIDR>'],
  ['<VPC CIDR>', '<VPC_CIDR>'],
  ['<client public IP>', '<CLIENT_PUBLIC_IP>'],
  ['<client VPN address>', '<CLIENT_VPN_IP>'],
  ['<VPN adapter name>', '<VPN_ADAPTER>'],
  ['<path to config.ovpn>', '<CONFIG_PATH>'],
  ['<private domain>', '<PRIVATE_DOMAIN>'],
  ['<server security group>', '<SERVER_SECURITY_GROUP>'],
  ['<security group>', '<SECURITY_GROUP>'],
  ['<firewall policy>', '<FIREWALL_POLICY>'],
  ['<port>', '<PORT>'],
  ['<region>', '<REGION>'],
  ['<name>', '<NAME>'],
  ['<client-name>', '<NAME>'],
  ['<config>', '<CONFIG>'],
  ['<you>', '<USER>'],
  // the Japanese prose forms of the same placeholders
  ['<DNSサーバーのIP>', '<DNS_IP>'],
  ['<クライアントのVPNアドレス>', '<CLIENT_VPN_IP>'],
  ['<クラウドサーバーのプライベートIP>', '<SERVER_IP>'],
  ['<サーバーのプライベートIPアドレス>', '<SERVER_IP>'],
  ['<クラウドのサーバーのプライベートIPアドレス>', '<SERVER_IP>'],
  ['<config.ovpn のパス>', '<CONFIG_PATH>'],
  ['<名前>', '<NAME>'],
  ['<設定名>', '<CONFIG>'],
  ['<ユーザー名>', '<USER>'],
];

/** Names that are written without a space next to Japanese text (和欧間スペースなし). */
export const NAMES = [
  'Alibaba Cloud',
  'FJcloud-O',
  'VPN Gateway',
  'OpenVPN',
  'Tunnelblick',
  'Windows',
  'macOS',
  'Linux',
  'ping',
  'TCP',
  'UDP',
];

const JA_CHAR = '[\\u3040-\\u30ff\\u3400-\\u9fff]';

/** [pattern, replacement] applied to Japanese prose, in order. */
export const JA_RULES = [
  // the seed is a Japanese page: cite it by its Japanese title (J11)
  [/Alibaba Cloud VPN Gateway SSL-VPN FAQ：/g, 'Alibaba Cloud「SSL-VPN接続に関するFAQ」：'],
  // FJcloud-O's Japanese manual page, by its real title
  [
    /FJcloud-O ?マニュアル ?「ファイアウォールサービス・セキュリティグループ機能との関係」 ?/g,
    'FJcloud-O マニュアル「ファイアーウォールサービスおよびセキュリティグループ機能との関係」',
  ],
  // プロバイダー reads as an ISP (J1): the FAQ is Alibaba Cloud's, the rest is the cloud operator
  [/プロバイダ(?!ー)/g, 'プロバイダー'],
  [/プロバイダーのFAQ/g, 'Alibaba CloudのFAQ'],
  [/(?<!Terraform |Terraform|サービス)プロバイダー/g, 'クラウド事業者'],
  // one term per concept
  [/パケット損失/g, 'パケットロス'],
  [/暗号方式/g, '暗号化アルゴリズム'],
  [/イングレス/g, '受信'],
  [/イーグレス/g, '送信'],
  [/デフォルト/g, '既定'],
  [/マネージドの/g, 'マネージド型の'],
  [/ファイヤーウォール/g, 'ファイアウォール'],
  [/10分以上/g, '10分を超えて'],
  // the "(advice)" tag (J2)
  [/（助言）/g, '（参考情報）'],
  [/これは助言です/g, 'これは参考情報です'],
  [/助言/g, '参考情報'],
  // stiff plain form in scripts (J7)
  [/である。/g, 'です。'],
  // 和欧間スペース: none between a name and Japanese text (J6)
  ...NAMES.flatMap((name) => {
    const n = name.replace(/[-.]/g, (c) => `\\${c}`);
    return [
      // "自前の OpenVPN サーバー" → "自前のOpenVPNサーバー"; not "GUI や Tunnelblick" (a Latin word
      // before the particle) and not a command ("… で ping <IP>") or a version ("OpenVPN 2.6")
      [new RegExp(`(?<=${JA_CHAR}{2}) (?=${n}(?![A-Za-z0-9])(?! [A-Za-z0-9<\\-/"'.]))`, 'g'), ''],
      [new RegExp(`(?<=(?<![A-Za-z0-9])${n}) (?=${JA_CHAR})`, 'g'), ''],
    ];
  }),
];

/** Kana rows, for turning a plain verb ending into its ます form. */
const A_TO_I = {
  か: 'き',
  が: 'ぎ',
  さ: 'し',
  た: 'ち',
  な: 'に',
  ば: 'び',
  ま: 'み',
  ら: 'り',
  わ: 'い',
};
const U_TO_I = { う: 'い', く: 'き', ぐ: 'ぎ', す: 'し', つ: 'ち', ぬ: 'に', ぶ: 'び', む: 'み' };
const E_I_ROW = new Set('いきぎしじちぢにひびぴみりえけげせぜてでねへべぺめれ');
/** Godan verbs in -eru/-iru that the row test would take for ichidan verbs. */
const GODAN_ERU_IRU = ['入る', '帰る', '切る', '知る', '減る', '走る', '要る', '限る', '参る'];

/** The polite form of one plain sentence ending ("…される" → "…されます"), or the input. */
export function politeEnding(s) {
  if (/(ます|ません|です|でした|ください|ましょう|ませんか|ますか|ですか)$/.test(s)) return s;
  if (s.endsWith('である')) return `${s.slice(0, -3)}です`;
  if (s.endsWith('ではない')) return `${s.slice(0, -4)}ではありません`;
  if (/[がはも]ない$/.test(s)) return `${s.slice(0, -2)}ありません`;
  if (s.endsWith('ない')) {
    const prev = s.at(-3) ?? '';
    const i = A_TO_I[prev];
    if (i) return `${s.slice(0, -3)}${i}ません`;
    if (E_I_ROW.has(prev) || /[\u3400-\u9fff]/.test(prev)) return `${s.slice(0, -2)}ません`;
    return s;
  }
  if (s.endsWith('する')) return `${s.slice(0, -2)}します`;
  if (s.endsWith('る')) {
    const prev = s.at(-2) ?? '';
    if (GODAN_ERU_IRU.some((v) => s.endsWith(v))) return `${s.slice(0, -1)}ります`;
    if (E_I_ROW.has(prev)) return `${s.slice(0, -1)}ます`;
    return `${s.slice(0, -1)}ります`;
  }
  const last = s.at(-1) ?? '';
  const i = U_TO_I[last];
  if (i && /[\u3040-\u309f\u3400-\u9fff]/.test(s.at(-2) ?? '')) return `${s.slice(0, -1)}${i}ます`;
  if (/[\u3400-\u9fff]い$/.test(s) || /しい$|たい$/.test(s)) return `${s}です`;
  return s;
}

/**
 * Every top-level sentence of `text` (ended by 「。」 outside 「」 and （）) in its polite form;
 * a trailing parenthetical stays after the verb ("…ある（…）。" → "…あります（…）。").
 */
export function politeSentences(text) {
  let out = '';
  let start = 0;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '「' || c === '（') depth++;
    else if ((c === '」' || c === '）') && depth > 0) depth--;
    else if (c === '。' && depth === 0) {
      out += politeOne(text.slice(start, i)) + '。';
      start = i + 1;
    }
  }
  return out + text.slice(start);
}

function politeOne(sentence) {
  // peel trailing （…） groups, convert, put them back
  let body = sentence;
  let tail = '';
  while (body.endsWith('）')) {
    let depth = 0;
    let j = body.length - 1;
    for (; j >= 0; j--) {
      if (body[j] === '）') depth++;
      else if (body[j] === '（' && --depth === 0) break;
    }
    if (j <= 0) break;
    tail = body.slice(j) + tail;
    body = body.slice(0, j);
  }
  return politeEnding(body) + tail;
}

function fixPlaceholders(text) {
  let t = text;
  for (const [from, to] of PLACEHOLDERS) t = t.split(from).join(to);
  return t;
}

function fixJa(text) {
  let t = text;
  for (const [re, to] of JA_RULES) t = t.replace(re, to);
  return t;
}

/** Rewrites one parsed locale file; `lang` is 'en' or 'ja', `ns` the file name without .json. */
export function fixBundle(bundle, lang, ns) {
  const walk = (value, key, path) => {
    if (Array.isArray(value)) return value.map((v, i) => walk(v, key, [...path, i]));
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value).map(([k, v]) => [k, walk(v, k, [...path, k])]),
      );
    }
    if (typeof value !== 'string') return value;
    if (key === 'os' || key === 'keywords') return value;
    let t = fixPlaceholders(value);
    if (lang === 'ja' && !NOT_PROSE_KEYS.has(key)) {
      t = fixJa(t);
      if (ns.startsWith('cause-') && path[0] === 'verify') t = politeSentences(t);
    }
    return t;
  };
  return walk(bundle, '', []);
}

function localeFiles() {
  const out = [];
  for (const lang of ['en', 'ja']) {
    const dir = join(root, 'locales', lang);
    for (const f of readdirSync(dir)) if (f.endsWith('.json')) out.push(join(dir, f));
  }
  return out;
}

function main(argv) {
  const check = argv.includes('--check');
  const given = argv.filter((a) => !a.startsWith('--'));
  const files = given.length ? given.map((f) => join(process.cwd(), f)) : localeFiles();
  let changed = 0;
  for (const file of files) {
    const rel = relative(root, file).split(sep);
    const lang = rel[1];
    const ns = (rel[2] ?? '').replace(/\.json$/, '');
    if (rel[0] !== 'locales' || (lang !== 'en' && lang !== 'ja')) {
      console.error(`skipped (not a locale file): ${file}`);
      continue;
    }
    const before = readFileSync(file, 'utf8');
    const after = `${JSON.stringify(fixBundle(JSON.parse(before), lang, ns), null, 2)}\n`;
    if (
      after !== before &&
      JSON.stringify(JSON.parse(after)) !== JSON.stringify(JSON.parse(before))
    ) {
      changed++;
      console.log(`${check ? 'would change' : 'changed'}: ${rel.join('/')}`);
      if (!check) writeFileSync(file, after);
    }
  }
  console.log(`${changed} file(s) ${check ? 'need changes' : 'changed'}`);
  if (check && changed) process.exitCode = 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2));
}
