/**
 * The languages of the product, as data: every language-dependent thing (route check, switch
 * links, remembered and preferred language, locale tests) is derived from `LANGS`. Adding a
 * language means a folder under `locales/` and one entry here.
 */
export const LANGS = ['en', 'ja'] as const;

/** A supported language code. */
export type Lang = (typeof LANGS)[number];

/** The fallback language (the first of `LANGS`). */
export const DEFAULT_LANG: Lang = LANGS[0];

/** True when `value` is a supported language code. */
export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** The supported language of a BCP 47 tag (`ja-JP` → `ja`), if any. */
export function langOfTag(tag: string): Lang | undefined {
  const base = tag.toLowerCase().split('-')[0];
  return isLang(base) ? base : undefined;
}

/** Each language's name in itself (for choosers that list every language). */
export const LANG_NAMES: Readonly<Record<Lang, string>> = { en: 'English', ja: '日本語' };
