import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { FlatNamespace, Namespace, TFunction } from 'i18next';
import { DEFAULT_LANG, isLang, type Lang } from './langs';
import { i18n } from './i18n';

/** The language of the current route (the default language when the route has none). */
export function useLang(): Lang {
  const { lang } = useParams();
  return isLang(lang) ? lang : DEFAULT_LANG;
}

/** A namespace whose keys are typed (`./resources.d.ts`): a locale file code names literally. */
export type StaticNs = FlatNamespace;

/**
 * `t` bound to the route's language and the given static namespace(s), with typed keys: keys of
 * the first namespace bare, of the others as `ns:key` (react-i18next's rule, which is also what
 * i18next does at run time).
 */
export function useT<const N extends StaticNs | readonly [StaticNs, ...StaticNs[]]>(ns: N) {
  const lang = useLang();
  return useTranslation(ns, { lng: lang });
}

/** Options of a {@link LooseT} call: i18next's options, with any namespace. */
export interface LooseOptions {
  readonly ns?: string | readonly string[];
  readonly defaultValue?: string;
  readonly count?: number;
  readonly [name: string]: unknown;
}

/**
 * A `t` for keys made from data: words of a per-item namespace (`cause-<id>`, `tree-<id>`,
 * `support-<id>`) or a key built at run time. Any key compiles; a missing one shows the key
 * (or `defaultValue`), as with any i18next `t`.
 */
export interface LooseT {
  (
    key: string | readonly string[],
    options: LooseOptions & { readonly returnObjects: true },
  ): unknown;
  (
    key: string | readonly string[],
    options?: LooseOptions & { readonly returnObjects?: false },
  ): string;
  (key: string | readonly string[], options?: LooseOptions): unknown;
}

/**
 * A typed `t` as a {@link LooseT}: the same function, called with keys its types do not know
 * (i18next's `t` takes any string at run time; no cast is needed).
 */
export function looseT<N extends Namespace>(t: TFunction<N>): LooseT {
  return t;
}

/**
 * {@link LooseT} fixed to a language, outside React (route heads, the prerenderer, case
 * records); the namespace comes with each call (`ns` option or `ns:key`), `common` by default.
 */
export function fixedLooseT(lang: Lang): LooseT {
  return looseT(i18n.getFixedT(lang));
}

/**
 * `t` for the given namespace(s) as `useT` binds it, but {@link LooseT}: for per-item namespaces
 * and keys built from data. Static keys belong in {@link useT}, where they are checked.
 */
export function useLooseT(ns: string | readonly string[]) {
  const lang = useLang();
  // A per-item namespace is not in the typed resources; i18next takes any name at run time.
  const { t, i18n, ready } = useTranslation(ns as FlatNamespace | readonly FlatNamespace[], {
    lng: lang,
  });
  return { t: looseT(t), i18n, ready };
}
