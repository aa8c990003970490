import { DEFAULT_LANG, isLang, langOfTag, type Lang } from './langs';

const STORAGE_KEY = 'sslvpn-doctor.lang';

/** The language remembered from the last switch, if storage allows it. */
export function rememberedLang(): Lang | undefined {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLang(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Remembers the user's language for `/` (ignored when storage is unavailable). */
export function rememberLang(lang: Lang): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Storage may be disabled or full; the choice then lasts for this page only.
  }
}

/** The first of the browser's languages that the product has, else the default; a remembered choice wins. */
export function preferredLang(languages: readonly string[] = navigator.languages): Lang {
  const remembered = rememberedLang();
  if (remembered) return remembered;
  for (const tag of languages) {
    const lang = langOfTag(tag);
    if (lang) return lang;
  }
  return DEFAULT_LANG;
}
