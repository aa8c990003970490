/**
 * Typed translation keys (issue 13): i18next checks every key of the static namespaces — the
 * locale files code names literally — against the English file, so a typo in `t('…')` fails
 * `tsc`. The per-item namespaces (`cause-<id>`, `tree-<id>`, `support-<id>`) are named from data
 * and are not listed: their words go through `useLooseT` / `looseT` (`./use-lang`), which take
 * any key. The Japanese files have the same keys (the locale tests check it).
 */
import type clock from '../../locales/en/clock.json';
import type common from '../../locales/en/common.json';
import type inspector from '../../locales/en/inspector.json';
import type log from '../../locales/en/log.json';
import type map from '../../locales/en/map.json';
import type pwa from '../../locales/en/pwa.json';
import type support from '../../locales/en/support.json';
import type symptoms from '../../locales/en/symptoms.json';
import type tools from '../../locales/en/tools.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    returnNull: false;
    // A `defaultValue` does not excuse an unknown key (without it, any key with one compiles).
    strictKeyChecks: true;
    resources: {
      clock: typeof clock;
      common: typeof common;
      inspector: typeof inspector;
      log: typeof log;
      map: typeof map;
      pwa: typeof pwa;
      support: typeof support;
      symptoms: typeof symptoms;
      tools: typeof tools;
    };
  }
}
