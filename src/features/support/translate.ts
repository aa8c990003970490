import type { TFunction } from 'i18next';
import { i18n } from '@/i18n/i18n';
import type { Lang } from '@/i18n/langs';
import type { Translate } from './case-record';

/** An i18next `t` as the plain {@link Translate} the record builder takes. */
export function asTranslate(t: TFunction): Translate {
  const call = t as unknown as (key: string, options?: Record<string, unknown>) => unknown;
  return (key, options) => call(key, options);
}

/** `t` in a fixed language, whatever the page's language (its namespaces must be loaded). */
export function fixedTranslate(lang: Lang): Translate {
  return asTranslate(i18n.getFixedT(lang));
}
