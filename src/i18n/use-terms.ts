import type { Answers } from '@/engine';
import type { TFunction } from 'i18next';
import { isPlatform, type Platform } from '@/network/platforms';
import { useT } from './use-lang';

/** Which platform's names to use: the `platform` answer, or generic names. */
export function platformKey(answers: Answers): Platform | 'generic' {
  const p = answers.platform;
  return isPlatform(p) ? p : 'generic';
}

/** The platform's names for `{{pool}}`, `{{localNet}}`… in the active language. */
export function useTerms(answers: Answers): Record<string, string> {
  const { t } = useT('common');
  return platformTerms(t, answers);
}

/** The same names through a given `t` (route heads, the prerenderer, case records). */
export function platformTerms(t: TFunction, answers: Answers): Record<string, string> {
  const terms: unknown = t(`terms.${platformKey(answers)}`, { ns: 'common', returnObjects: true });
  return typeof terms === 'object' && terms !== null ? (terms as Record<string, string>) : {};
}
