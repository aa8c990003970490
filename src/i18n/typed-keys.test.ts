import { describe, expect, it } from 'vitest';
import { i18n } from './i18n';
import { looseT } from './use-lang';
import enCommon from '../../locales/en/common.json';

// Type-level probe: `tsc` checks this file with the rest of the project. If keys stopped being
// typed, the `@ts-expect-error` lines would no longer have an error to expect, and tsc fails.
describe('typed translation keys', () => {
  const t = i18n.getFixedT('en', 'common');

  it('a static key of common.json compiles and resolves', () => {
    i18n.addResourceBundle('en', 'common', enCommon, true, true);
    expect(t('app.name')).toBe(enCommon.app.name);
    // @ts-expect-error a key that is not in common.json
    expect(t('app.nmae')).toBe('app.nmae');
    // @ts-expect-error a wrong key with a defaultValue (strictKeyChecks)
    expect(t('app.nmae', { defaultValue: 'x' })).toBe('x');
    // @ts-expect-error a key of another namespace without its prefix
    expect(t('summary.clientNone', { ns: 'common' })).toBe('summary.clientNone');
  });

  it('a key built from data goes through looseT', () => {
    const platform: string = 'generic';
    expect(looseT(t)(`terms.${platform}.pool`)).toBe(enCommon.terms.generic.pool);
  });
});
