import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolve } from '@/engine';
import { evaluators } from '@/network/evaluators';
import { analyzeLog, provenAnswers } from '@/network/openvpn-log';
import { EXPECTATIONS } from '@/network/openvpn-log/corpus/expectations';
import { findTree } from '@/trees';
import { findingLink } from './wizard-link';

const corpus = join(import.meta.dirname, '../../network/openvpn-log/corpus');
const logs = Object.keys(EXPECTATIONS).map((file) => ({
  file,
  analysis: analyzeLog(readFileSync(join(corpus, file), 'utf8')),
}));

describe('findingLink (issue 20.1): a link from a log carries only what the log proves', () => {
  const links = logs.flatMap(({ file, analysis }) =>
    analysis.findings.map((finding) => ({ file, finding, link: findingLink(finding) })),
  );

  it('covers real findings with links (the corpus is not empty)', () => {
    expect(links.filter((l) => l.link?.kind === 'diagnose').length).toBeGreaterThan(20);
  });

  it.each(links.map((l) => [`${l.file} ${l.finding.id}`, l] as const))(
    '%s: answers ⊆ proven, and the walk reaches the cause or stops at an open question',
    (_, { finding, link }) => {
      if (link?.kind !== 'diagnose') return;
      const proven = provenAnswers(finding)[link.tree] ?? {};
      for (const [node, answer] of Object.entries(link.answers)) {
        expect(proven[node], `${node} is not proven by the log`).toEqual(answer);
      }
      const tree = findTree(link.tree);
      expect(tree).toBeDefined();
      const r = resolve(tree!, link.answers, { evaluators });
      expect(r.invalid).toBeUndefined();
      if (r.done) expect(r.current.id).toBe(link.diagnosis);
      else expect(Object.hasOwn(link.answers, r.current.id)).toBe(false);
    },
  );

  it('AUTH_FAILED: no "config matches", no pool, no LANs in the link', () => {
    const auth = logs.find((l) => l.file === 'real/auth-failed.client.log')!;
    const finding = auth.analysis.findings.find((f) => f.cause === 'auth-failed-credentials')!;
    const link = findingLink(finding);
    expect(link).toMatchObject({ kind: 'diagnose', tree: 'cannot-connect' });
    expect(link?.kind === 'diagnose' ? link.answers : {}).toEqual({
      'log-message': 'auth-failed',
      'auth-reason': 'plain',
    });
  });

  it('a TLS timeout with no reply asks every other question (the platform first)', () => {
    const silent = logs.find((l) => l.file === 'real/udp-silent.client.log')!;
    const finding = silent.analysis.findings.find((f) => f.cause === 'server-unreachable')!;
    const link = findingLink(finding);
    expect(link?.kind === 'diagnose' ? link.answers : {}).toEqual({
      'log-message': 'tls-timeout',
      'initial-packet': 'absent',
    });
    const r = resolve(findTree('cannot-connect')!, link?.kind === 'diagnose' ? link.answers : {}, {
      evaluators,
    });
    expect(r.current.id).toBe('platform');
  });
});
