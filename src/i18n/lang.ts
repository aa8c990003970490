import { LANGS, type Lang } from '@/config/paths';

const STORAGE_KEY = 'sslvpn-doctor.lang';

/** The language remembered from the last switch, if storage allows it. */
export function rememberedLang(): Lang | undefined {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return value === 'en' || value === 'ja' ? value : undefined;
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

/** ja* → ja, anything else → en; a remembered choice wins. */
export function preferredLang(languages: readonly string[] = navigator.languages): Lang {
  const remembered = rememberedLang();
  if (remembered) return remembered;
  for (const l of languages) {
    const base = l.toLowerCase().split('-')[0];
    if (base === 'ja') return 'ja';
    if (base === 'en') return 'en';
  }
  return LANGS[0];
}
