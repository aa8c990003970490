import { encodeAnswers, type Answers } from '@/engine';
import { isLang, type Lang } from '@/i18n/langs';

function withQuery(path: string, query: string): string {
  return query ? `${path}?${query}` : path;
}

/**
 * Every route of the app, in one place (bulletproof-react's `config/paths.ts`): `path` is the
 * react-router pattern, `href()` builds a link. No route string appears anywhere else.
 */
export const paths = {
  root: { path: '/', href: () => '/' },
  home: { path: '/:lang', href: (lang: Lang) => `/${lang}/` },
  diagnose: {
    path: 'diagnose/:symptomId',
    href: (
      lang: Lang,
      symptomId: string,
      answers: Answers = {},
      extra?: Record<string, string>,
    ) => {
      const query = [encodeAnswers(answers), extra ? new URLSearchParams(extra).toString() : '']
        .filter(Boolean)
        .join('&');
      return withQuery(`/${lang}/diagnose/${encodeURIComponent(symptomId)}`, query);
    },
  },
  causes: { path: 'causes', href: (lang: Lang) => `/${lang}/causes` },
  cause: {
    path: 'causes/:causeId',
    href: (lang: Lang, causeId: string) => `/${lang}/causes/${encodeURIComponent(causeId)}`,
  },
  supportCases: { path: 'support/cases', href: (lang: Lang) => `/${lang}/support/cases` },
  /** The tree maps: every symptom, and one symptom's tree as a picture and a list. */
  map: { path: 'map', href: (lang: Lang) => `/${lang}/map` },
  mapSymptom: {
    path: 'map/:symptomId',
    href: (lang: Lang, symptomId: string) => `/${lang}/map/${encodeURIComponent(symptomId)}`,
  },
  /** The client CIDR checker; `query` is the tool's state (see features/tools/url-state.ts). */
  toolsClientCidr: {
    path: 'tools/client-cidr',
    href: (lang: Lang, query = '') => withQuery(`/${lang}/tools/client-cidr`, query),
  },
  /** The firewall and security-group rule builder; `query` is the tool's state. */
  toolsFirewallRules: {
    path: 'tools/firewall-rules',
    href: (lang: Lang, query = '') => withQuery(`/${lang}/tools/firewall-rules`, query),
  },
  /** The OpenVPN log analyzer; its state (the log) stays in the page, never in the URL. */
  toolsLogAnalyzer: {
    path: 'tools/log-analyzer',
    href: (lang: Lang) => `/${lang}/tools/log-analyzer`,
  },
  /** The file reader (configs, logs, dumps, certificates); its state stays in the page. */
  toolsInspector: {
    path: 'tools/inspector',
    href: (lang: Lang) => `/${lang}/tools/inspector`,
  },
  /** The clock-skew check against the page's own server. */
  toolsClock: { path: 'tools/clock', href: (lang: Lang) => `/${lang}/tools/clock` },
} as const;

/** The same location in another language: `/en/x?y` → `/ja/x?y`. */
export function switchLangHref(pathname: string, search: string, hash: string, to: Lang): string {
  const first = pathname.split('/')[1];
  const rest = isLang(first) ? pathname.slice(first.length + 1) : pathname;
  return `/${to}${rest === '' ? '/' : rest}${search}${hash}`;
}

/** The language a path starts with, if any. */
export function langOfPath(pathname: string): Lang | undefined {
  const first = pathname.split('/')[1];
  return isLang(first) ? first : undefined;
}
