import { describe, expect, it } from 'vitest';
import { alternatives, causeNamespace, treeNamespace } from '@/engine';
import { findTree } from '@/trees';
import { nextStepNamespaces, wizardNamespaces, wizardState } from './use-wizard';

const tree = findTree('cannot-connect')!;
const state = (query: string) => wizardState(tree, new URLSearchParams(query));

describe('wizardNamespaces', () => {
  it('names the tree and the common words on a question, and no cause', () => {
    expect(wizardNamespaces(tree, state('platform=alibaba').resolution)).toEqual([
      'common',
      treeNamespace(tree.id),
    ]);
  });

  it('names the cause and each alternative offered on a diagnosis', () => {
    const { resolution } = state(
      'platform=alibaba&log-message=tls-timeout&initial-packet=present&server-refused=expired',
    );
    expect(resolution.current.id).toBe('client-cert-expired');
    const alts = alternatives(tree, resolution).map((a) => causeNamespace(a.diagnosis));
    expect(alts.length).toBeGreaterThan(0);
    expect(wizardNamespaces(tree, resolution)).toEqual([
      'common',
      treeNamespace(tree.id),
      causeNamespace('client-cert-expired'),
      ...alts,
    ]);
  });
});

describe('nextStepNamespaces (the words fetched while a step is read)', () => {
  it('covers the page of every option of a question, as the click resolves it', () => {
    const s = state('platform=alibaba&log-message=tls-timeout&initial-packet=present');
    expect(s.resolution.current.id).toBe('server-refused');
    const next = nextStepNamespaces(tree, s);
    const options = {
      revoked: 'client-cert-revoked',
      expired: 'client-cert-expired',
      'unsupported-protocol': 'tls-version-too-old',
      'weak-cert': 'weak-certificate-rejected',
    };
    for (const [option, cause] of Object.entries(options)) {
      expect(next).toContain(causeNamespace(cause));
      // …and what that diagnosis page offers beside it.
      const page = state(
        `platform=alibaba&log-message=tls-timeout&initial-packet=present&server-refused=${option}`,
      );
      expect(page.resolution.current.id).toBe(cause);
      for (const ns of wizardNamespaces(tree, page.resolution)) expect(next).toContain(ns);
    }
    // Each namespace once.
    expect(new Set(next).size).toBe(next.length);
  });

  it('names the causes a compute step can lead to', () => {
    const s = state(
      'platform=alibaba&log-message=tls-timeout&initial-packet=absent&config-matches=pass&other-network=fails-too&firewall-in-path=pass&server-log=no-access&connection-count=below-limit',
    );
    expect(s.resolution.current.id).toBe('pool-capacity');
    expect(nextStepNamespaces(tree, s)).toEqual([causeNamespace('client-cidr-too-small')]);
  });

  it('fetches nothing on a diagnosis or a damaged link', () => {
    expect(
      nextStepNamespaces(
        tree,
        state(
          'platform=alibaba&log-message=tls-timeout&initial-packet=present&server-refused=expired',
        ),
      ),
    ).toEqual([]);
    const damaged = state('platform=alibaba&log-message=no-such-answer');
    expect(damaged.resolution.invalid).toBeDefined();
    expect(nextStepNamespaces(tree, damaged)).toEqual([]);
  });
});
