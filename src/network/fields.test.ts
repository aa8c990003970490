import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NETWORK_MESSAGE_CODES } from './cidr';
import { evaluators } from './evaluators';
import {
  ANY_WORDS,
  MAX_FIELD_LENGTH,
  choiceParser,
  isAny,
  portsParser,
  readField,
  readList,
  readOptional,
  cidrParser,
} from './fields';
import { buildFirewallRules } from './firewall-rules';

describe('one isAny for every form (issue 13.4: "*" drifted)', () => {
  it('accepts any, *, 0.0.0.0/0 in any case, spacing or width', () => {
    for (const word of [...ANY_WORDS, ' ANY ', '＊', 'Any', '０.０.０.０/０']) {
      expect(isAny(word), word).toBe(true);
    }
    for (const word of ['', 'anything', '0.0.0.0', '**', null, 3]) expect(isAny(word)).toBe(false);
  });

  it('the rule builder and the endpoint evaluator both take every "any" word (failed before for *)', () => {
    for (const word of ANY_WORDS) {
      const r = buildFirewallRules({
        protocol: 'udp',
        internalGateway: '192.168.10.5',
        clientPublic: word,
        poolCidr: '10.8.0.0/24',
        destinations: [{ address: '192.168.10.20', service: 'ssh' }],
      });
      expect(r.ok, word).toBe(true);
      if (r.ok) expect(r.plan.endpointRule.source).toBeUndefined();
      const e = evaluators['endpoint-rule']?.evaluate(
        {
          protocol: 'udp',
          'rule-protocol': 'udp',
          'rule-port': word,
          'rule-destination': word,
          'internal-gateway': '192.168.10.5',
        },
        { platform: 'fjcloud' },
      );
      expect(e?.ok && e.result, word).toBe('rule-ok');
    }
  });
});

describe('readers', () => {
  it('an empty required choice is "required" everywhere', () => {
    expect(choiceParser(['tcp', 'udp'])('')).toEqual({ ok: false, code: 'required' });
    const r = buildFirewallRules({
      protocol: '' as never,
      internalGateway: '192.168.10.5',
      clientPublic: 'any',
      poolCidr: '10.8.0.0/24',
      destinations: [{ address: '192.168.10.20', service: 'ssh' }],
    });
    expect(r.ok ? [] : r.errors).toEqual([{ field: 'protocol', code: 'required' }]);
  });

  it('one issue per field, at most, and only known codes, whatever the input', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const errors: never[] = [];
        readField(raw, 'f', cidrParser, errors);
        readOptional(raw, 'g', portsParser, errors);
        expect(errors.length).toBeLessThanOrEqual(2);
        const list = readList(raw, 'h', cidrParser, errors, { max: 5, required: true });
        expect(list.bad).toBe(errors.length > 0 && list.bad);
        for (const e of errors as { code: string }[])
          expect(NETWORK_MESSAGE_CODES).toContain(e.code);
      }),
      { numRuns: 500 },
    );
  });

  it('too long text is refused before parsing', () => {
    const errors: unknown[] = [];
    readField('1'.repeat(MAX_FIELD_LENGTH + 1), 'f', cidrParser, errors as never);
    expect(errors).toEqual([{ field: 'f', code: 'too-long', params: { max: MAX_FIELD_LENGTH } }]);
  });
});
