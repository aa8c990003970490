import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DEFAULT_LANG, isLang, type Lang } from './langs';

/** The language of the current route (the default language when the route has none). */
export function useLang(): Lang {
  const { lang } = useParams();
  return isLang(lang) ? lang : DEFAULT_LANG;
}

/** `t` bound to the route's language and the given namespace(s). */
export function useT(ns?: string | readonly string[]) {
  const lang = useLang();
  return useTranslation(ns as string | string[] | undefined, { lng: lang });
}
