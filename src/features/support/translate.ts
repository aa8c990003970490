import { fixedLooseT } from '@/i18n/use-lang';
import type { Lang } from '@/i18n/langs';
import type { Translate } from './case-record';

/** `t` in a fixed language, whatever the page's language (its namespaces must be loaded). */
export function fixedTranslate(lang: Lang): Translate {
  return fixedLooseT(lang);
}
