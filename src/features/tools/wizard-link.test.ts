import { describe, expect, it } from 'vitest';
import { decodeAnswers, resolve, type TrailStep } from '@/engine';
import { evaluators } from '@/network/evaluators';
import { findTree } from '@/trees';
import { decodeClientCidr, decodeFirewall } from './url-state';
import { toolLinkFor } from './wizard-link';

function walk(treeId: string, query: string) {
  const tree = findTree(treeId);
  if (!tree) throw new Error(`no tree ${treeId}`);
  const answers = decodeAnswers(query);
  return { answers, resolution: resolve(tree, answers, { evaluators }) };
}

describe('toolLinkFor', () => {
  it('pool-capacity → the client CIDR checker with the platform, block and connections', () => {
    const { answers, resolution } = walk(
      'cannot-connect',
      'platform=fjcloud&log-message=no-log&config-matches=pass&other-network=fails-too&firewall-in-path=pass&server-log=other&connection-count=unsure&pool-capacity.client-cidr=192.168.0.0%2F29&pool-capacity.connections=5',
    );
    expect(resolution.current.id).toBe('client-cidr-too-small');
    const target = toolLinkFor(resolution.trail, answers);
    expect(target?.tool).toBe('client-cidr');
    const { form, run } = decodeClientCidr(target?.query ?? '');
    expect(form).toMatchObject({
      platform: 'fjcloud',
      clientCidr: '192.168.0.0/29',
      connections: '5',
      localNetworks: [''],
    });
    // Capacity needs no local network: the tool opens with its verdict (and says the overlap
    // with local networks was not checked).
    expect(run).toBe(true);
  });

  it('joins every compute step of the walk that the same tool covers', () => {
    const trail: TrailStep[] = [
      {
        node: {
          kind: 'compute' as const,
          id: 'pool-capacity',
          fields: [],
          evaluator: 'pool-capacity',
          results: {},
        },
        answer: { 'client-cidr': '10.8.0.0/24', connections: '50' },
        outcome: 'enough',
      },
      {
        node: {
          kind: 'compute' as const,
          id: 'lan-conflict',
          fields: [],
          evaluator: 'address-conflict',
          results: {},
        },
        answer: { 'client-lan': '192.168.1.0/24', 'local-networks': '172.16.0.0/16 10.0.0.0/16' },
        outcome: 'no-conflict',
      },
    ];
    const target = toolLinkFor(trail, { platform: 'alibaba' });
    expect(target?.tool).toBe('client-cidr');
    const { form, run } = decodeClientCidr(target?.query ?? '');
    expect(form).toEqual({
      platform: 'alibaba',
      clientCidr: '10.8.0.0/24',
      connections: '50',
      localNetworks: ['172.16.0.0/16', '10.0.0.0/16'],
      clientLans: '192.168.1.0/24',
      ipsecRoutes: '',
    });
    // Complete: the link opens the verdict at once.
    expect(run).toBe(true);
  });

  it('endpoint-rule → the firewall tool with the protocol and internal gateway', () => {
    const trail = [
      {
        node: {
          kind: 'compute' as const,
          id: 'endpoint-rule',
          fields: [],
          evaluator: 'endpoint-rule',
          results: {},
        },
        answer: {
          protocol: 'UDP',
          'rule-protocol': 'tcp',
          'internal-gateway': '192.168.10.5',
        },
        outcome: 'rule-wrong',
      },
    ];
    const target = toolLinkFor(trail, {});
    expect(target?.tool).toBe('firewall-rules');
    const { form, run } = decodeFirewall(target?.query ?? '');
    expect(form).toMatchObject({ protocol: 'udp', internalGateway: '192.168.10.5' });
    expect(run).toBe(false);
  });

  it('endpoint-rule → the walk’s VPN port goes to the endpoint port field', () => {
    const { answers, resolution } = walk(
      'firewall-blocking',
      'platform=openvpn&stage=no-tunnel&tunnel-firewall=yes&endpoint-rule.protocol=udp' +
        '&endpoint-rule.endpoint-port=1195&endpoint-rule.rule-protocol=udp' +
        '&endpoint-rule.rule-port=1194&endpoint-rule.internal-gateway=192.168.10.5',
    );
    expect(resolution.current.id).toBe('endpoint-blocked');
    const target = toolLinkFor(resolution.trail, answers);
    expect(target?.tool).toBe('firewall-rules');
    expect(target?.query).toContain('endpoint-port=1195');
    const { form } = decodeFirewall(target?.query ?? '');
    expect(form).toMatchObject({
      platform: 'openvpn',
      protocol: 'udp',
      endpointPort: '1195',
      internalGateway: '192.168.10.5',
    });
    // No port in the walk: the field stays empty (the platform's default).
    const none = walk(
      'firewall-blocking',
      'platform=openvpn&stage=no-tunnel&tunnel-firewall=yes&endpoint-rule.protocol=udp' +
        '&endpoint-rule.rule-protocol=tcp&endpoint-rule.internal-gateway=192.168.10.5',
    );
    expect(none.resolution.current.id).toBe('endpoint-blocked');
    const bare = decodeFirewall(toolLinkFor(none.resolution.trail, none.answers)?.query ?? '');
    expect(bare.form.endpointPort).toBe('');
  });

  it('service-rule → a destination row with the service port', () => {
    const step = (port: string) => [
      {
        node: {
          kind: 'compute' as const,
          id: 'service-rule',
          fields: [],
          evaluator: 'service-rule',
          results: {},
        },
        answer: { 'pool-cidr': '10.8.0.0/24', 'service-port': port },
        outcome: 'rule-wrong',
      },
    ];
    const ssh = decodeFirewall(toolLinkFor(step('22'), {})?.query ?? '').form;
    expect(ssh.poolCidr).toBe('10.8.0.0/24');
    expect(ssh.destinations).toEqual([
      { address: '', service: 'ssh', protocol: 'tcp', port: '', hostBits: '' },
    ]);
    const custom = decodeFirewall(toolLinkFor(step('8000:8080'), {})?.query ?? '').form;
    expect(custom.destinations).toEqual([
      { address: '', service: 'custom', protocol: 'tcp', port: '8000:8080', hostBits: '' },
    ]);
    // The walk's platform goes with the link; an answer that is not a platform does not.
    expect(
      decodeFirewall(toolLinkFor(step('22'), { platform: 'openvpn' })?.query ?? '').form,
    ).toMatchObject({ platform: 'openvpn' });
    expect(
      decodeFirewall(toolLinkFor(step('22'), { platform: 'unsure' })?.query ?? '').form.platform,
    ).toBe('');
  });

  it('offers nothing when the diagnosis was not reached through a compute step', () => {
    const { answers, resolution } = walk(
      'cannot-connect',
      'platform=alibaba&log-message=no-log&config-matches=fail',
    );
    expect(resolution.done).toBe(true);
    expect(toolLinkFor(resolution.trail, answers)).toBeUndefined();
    expect(toolLinkFor([], {})).toBeUndefined();
  });
});
