import { describe, expect, it } from 'vitest';
import { evaluators } from '@/network/evaluators';
import { verdictParams } from './verdict';
import enCommon from '../../locales/en/common.json';

const verdicts = (enCommon as unknown as { verdicts: Record<string, Record<string, string>> })
  .verdicts;

describe('verdictParams', () => {
  it('turns overlapping pairs into text', () => {
    expect(
      verdictParams({ pairs: [{ a: '10.0.0.0/24', b: '10.0.0.0/8', shared: '10.0.0.0/24' }] }),
    ).toEqual({ pairs: '10.0.0.0/24 ↔ 10.0.0.0/8 (10.0.0.0/24)' });
  });

  it('turns { code, params } messages into sentences through the translator', () => {
    const details = {
      differences: [
        { code: 'rule-protocol-mismatch', params: { actual: 'udp', expected: 'tcp' } },
        { code: 'rule-port-mismatch', params: { actual: '1194', expected: 443, junk: {} } },
      ],
      expectedPort: '443',
    };
    expect(verdictParams(details, (code, p) => `${code}(${JSON.stringify(p)})`)).toEqual({
      differences:
        'rule-protocol-mismatch({"actual":"udp","expected":"tcp"}) rule-port-mismatch({"actual":"1194","expected":443})',
      expectedPort: '443',
    });
    expect(verdictParams(details).differences).toBe('rule-protocol-mismatch rule-port-mismatch');
  });

  it('tolerates junk', () => {
    expect(verdictParams(null)).toEqual({});
    expect(verdictParams([1, 2])).toEqual({});
    expect(verdictParams({ x: [], y: [null, 3], z: { a: 1 } })).toEqual({ x: '', y: 'null; 3' });
  });
});

describe('verdict sentences of the network evaluators', () => {
  for (const name of ['pool-overlap', 'ipsec-overlap', 'endpoint-rule', 'service-rule']) {
    const evaluator = evaluators[name];
    it(`${name}: every placeholder is filled by the example's details`, () => {
      for (const [result, input] of Object.entries(evaluator?.examples ?? {})) {
        const r = evaluator?.evaluate(input, { platform: 'alibaba' });
        expect(r?.ok).toBe(true);
        if (!r?.ok) continue;
        expect(r.result).toBe(result);
        const params = verdictParams(r.details, (code) => code);
        const sentence = verdicts[name]?.[result] ?? '';
        for (const m of sentence.matchAll(/\{\{\s*([\w-]+)\s*\}\}/g)) {
          expect(params, `${name}.${result} {{${m[1]}}}`).toHaveProperty(m[1] ?? '');
        }
      }
    });
  }
});
