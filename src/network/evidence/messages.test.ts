import { describe, expect, it } from 'vitest';
import en from '../../../locales/en/inspector.json';
import ja from '../../../locales/ja/inspector.json';
import { CONFIG_MESSAGE_CODES } from '../ovpn-config/parse';
import { LINT_CODES } from '../ovpn-config/lint';
import { CERT_FINDING_CODES } from '../certificates/inspect';
import { EVIDENCE_KINDS } from './read-evidence';
import { DUMP_FORMATS } from '../dumps/read-dump';

/** Every code the pure layer returns has its words in both languages (inspector.json). */
describe('inspector.json covers every code', () => {
  for (const [lang, bundle] of [
    ['en', en],
    ['ja', ja],
  ] as const) {
    it(lang, () => {
      const missing = [
        ...CONFIG_MESSAGE_CODES.filter((c) => !(c in bundle.syntax)).map((c) => `syntax.${c}`),
        ...LINT_CODES.filter((c) => !(c in bundle.lint)).map((c) => `lint.${c}`),
        ...CERT_FINDING_CODES.filter((c) => !(c in bundle.cert)).map((c) => `cert.${c}`),
        ...EVIDENCE_KINDS.filter((c) => !(c in bundle.kinds)).map((c) => `kinds.${c}`),
        ...DUMP_FORMATS.filter((c) => !(c in bundle.format)).map((c) => `format.${c}`),
      ];
      expect(missing).toEqual([]);
    });
  }
});
