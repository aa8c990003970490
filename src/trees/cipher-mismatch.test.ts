import { describe, expect, it } from 'vitest';
import { resolve, type Answers } from '../engine';
import { evaluators } from '../network/evaluators';
import { cipherMismatch as tree } from './cipher-mismatch';

/** Where the answers lead (the current node's id). */
const at = (answers: Answers) => resolve(tree, answers, { evaluators }).current.id;
const diagnoses = new Set<string>(
  tree.nodes.filter((n) => n.kind === 'diagnosis').map((n) => n.id),
);

const base = { platform: 'alibaba' } as const;
const toVersion = { ...base, 'log-cipher': 'not-found' } as const;

describe('question: platform', () => {
  it.each(['alibaba', 'fjcloud', 'openvpn', 'unsure'])('%s → log-cipher', (platform) => {
    expect(at({ platform })).toBe('log-cipher');
  });
});

describe('question: log-cipher', () => {
  it('negotiated → ncp-negotiated', () => {
    expect(at({ ...base, 'log-cipher': 'negotiated' })).toBe('ncp-negotiated');
  });
  it('configured → old-client-uses-configured-cipher', () => {
    expect(at({ ...base, 'log-cipher': 'configured' })).toBe('old-client-uses-configured-cipher');
  });
  it('no-shared-cipher → no-shared-cipher', () => {
    expect(at({ ...base, 'log-cipher': 'no-shared-cipher' })).toBe('no-shared-cipher');
  });
  it('cipher-fallback (OPTIONS ERROR: failed to negotiate cipher) → cipher-fallback-removed', () => {
    expect(at({ ...base, 'log-cipher': 'cipher-fallback' })).toBe('cipher-fallback-removed');
  });
  it('not-found → client-version', () => {
    expect(at({ ...base, 'log-cipher': 'not-found' })).toBe('client-version');
  });
});

describe('question: client-version', () => {
  it('before-2-4 → old-client-uses-configured-cipher', () => {
    expect(at({ ...toVersion, 'client-version': 'before-2-4' })).toBe(
      'old-client-uses-configured-cipher',
    );
  });
  it.each(['openvpn-2-4-or-later', 'tunnelblick', 'unsure'])('%s → ncp-negotiated', (answer) => {
    expect(at({ ...toVersion, 'client-version': answer })).toBe('ncp-negotiated');
  });
});

/** SEED-FAQ "指定されていない暗号化アルゴリズムを使用するのはなぜですか" (+ domain-facts §4–5) → diagnosis. */
const faqRows: readonly (readonly [string, Answers, string])[] = [
  [
    '原因: NCP on the SSL server and OpenVPN ≥ 2.4.0 picks AES-256-GCM / AES-128-GCM',
    { ...base, 'log-cipher': 'negotiated' },
    'ncp-negotiated',
  ],
  [
    'Tunnelblick negotiates by default',
    { ...toVersion, 'client-version': 'tunnelblick' },
    'ncp-negotiated',
  ],
  [
    'client older than 2.4.0 uses the configured algorithm',
    { ...toVersion, 'client-version': 'before-2-4' },
    'old-client-uses-configured-cipher',
  ],
  [
    'AUTH_FAILED … no shared cipher (domain-facts §4)',
    { ...base, 'log-cipher': 'no-shared-cipher' },
    'no-shared-cipher',
  ],
];

describe('SEED-FAQ rows', () => {
  it.each(faqRows)('%s', (_row, answers, id) => {
    expect(diagnoses.has(id)).toBe(true);
    expect(at(answers)).toBe(id);
  });
});
