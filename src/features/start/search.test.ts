import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalize, search, terms, type SearchDoc } from './search';

const docs: SearchDoc[] = [
  {
    kind: 'symptom',
    id: 'cannot-connect',
    title: 'The client cannot connect',
    summary: 'It times out',
    body: 'TLS key negotiation failed, AUTH_FAILED',
  },
  {
    kind: 'cause',
    id: 'client-cert-expired',
    title: 'SSLクライアント証明書が期限切れ',
    summary: '有効期限を過ぎた証明書',
    body: 'VERIFY ERROR certificate has expired',
  },
  {
    kind: 'cause',
    id: 'endpoint-blocked',
    title: 'A firewall blocks the port',
    summary: 'x',
    body: 'TLS key negotiation failed to occur within 60 seconds',
  },
];

describe('search', () => {
  it('matches exact log phrases, in any case and width', () => {
    expect(search(docs, 'AUTH_FAILED').map((h) => h.doc.id)).toEqual(['cannot-connect']);
    expect(search(docs, 'ＡＵＴＨ＿ＦＡＩＬＥＤ').map((h) => h.doc.id)).toEqual(['cannot-connect']);
    expect(
      search(docs, '"TLS key negotiation failed"')
        .map((h) => h.doc.id)
        .sort(),
    ).toEqual(['cannot-connect', 'endpoint-blocked']);
  });

  it('matches Japanese without spaces', () => {
    expect(search(docs, '証明書').map((h) => h.doc.id)).toEqual(['client-cert-expired']);
  });

  it('needs every term and ranks title matches first', () => {
    expect(search(docs, 'firewall port').map((h) => h.doc.id)).toEqual(['endpoint-blocked']);
    expect(search(docs, 'firewall nothing-like-this')).toEqual([]);
    const tls = search(docs, 'tls');
    expect(tls.length).toBe(2);
  });

  it('returns nothing for an empty query and never throws', () => {
    expect(search(docs, '   ')).toEqual([]);
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (q) => {
        expect(Array.isArray(search(docs, q))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('splits terms, keeping quoted phrases', () => {
    expect(terms('a "b c" 「d e」')).toEqual(['a', 'b c', 'd e']);
    expect(normalize(' Ａ  b ')).toBe('a b');
  });
});
