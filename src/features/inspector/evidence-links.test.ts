import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEvidenceFiles } from '@/network/evidence/read-evidence';
import { clientLansOf, evidenceCauses, evidenceWizardLinks } from './evidence-links';

const net = join(import.meta.dirname, '..', '..', 'network');
const bytes = (...p: string[]) => new Uint8Array(readFileSync(join(net, ...p)));
const NOW = new Date('2026-06-01T00:00:00Z');

async function read() {
  return readEvidenceFiles(
    [
      { name: 'client.log', input: bytes('evidence', 'fixtures', 'client-not-yet-valid.log') },
      { name: 'ipconfig.txt', input: bytes('dumps', 'fixtures', 'windows-ipconfig-all-en.txt') },
      { name: 'client.ovpn', input: bytes('ovpn-config', 'fixtures', 'legacy.ovpn') },
    ],
    { now: NOW },
  );
}

describe('evidenceWizardLinks', () => {
  it('a log and a dump: the proven answers per tree, marked as from the files', async () => {
    const results = await read();
    const [link] = evidenceWizardLinks(results, 'fjcloud');
    expect(link?.tree).toBe('cannot-connect');
    expect(link?.answers).toMatchObject({
      platform: 'fjcloud',
      'log-message': 'tls-error',
      'tls-error': 'cert-not-yet-valid',
      'lan-conflict': { 'client-lan': '172.16.5.0/24' },
    });
    // The platform is the user's answer, not the file's.
    expect(link?.proven).toEqual(['log-message', 'tls-error', 'lan-conflict']);
    expect(link?.extra).toEqual({ from: 'log-message,tls-error,lan-conflict' });
    expect(link?.files).toEqual(['client.log', 'ipconfig.txt']);
    expect(link?.stop).toEqual({ kind: 'diagnosis', node: 'client-clock-skew' });
  });

  it('without a platform the walk stops at the platform question', async () => {
    const [link] = evidenceWizardLinks(await read());
    expect(link?.answers).not.toHaveProperty('platform');
    expect(link?.stop).toEqual({ kind: 'question', node: 'platform' });
  });

  it('nothing proven, no link', async () => {
    const results = await readEvidenceFiles(
      [{ name: 'client.ovpn', input: bytes('ovpn-config', 'fixtures', 'legacy.ovpn') }],
      { now: NOW },
    );
    expect(evidenceWizardLinks(results, 'alibaba')).toEqual([]);
  });
});

describe('evidenceWizardLinks from a symptom’s first step', () => {
  it('the symptom the files came from is offered first, with only the platform when they prove none of it', async () => {
    const links = evidenceWizardLinks(await read(), 'alibaba', 'dns-fails');
    expect(links.map((l) => l.tree)).toEqual([
      'dns-fails',
      'cannot-connect',
      'resources-unreachable',
    ]);
    const [here] = links;
    expect(here?.answers).toEqual({ platform: 'alibaba' });
    expect(here?.proven).toEqual([]);
    expect(here?.extra).toEqual({});
    expect(here?.files).toEqual([]);
    expect(here?.stop.kind).toBe('question');
    expect(here?.stop.node).not.toBe('platform');
  });

  it('a proven symptom stays one link, first; an unknown symptom changes nothing', async () => {
    const results = await read();
    const plain = evidenceWizardLinks(results, 'fjcloud');
    expect(evidenceWizardLinks(results, 'fjcloud', 'cannot-connect')).toEqual(plain);
    expect(evidenceWizardLinks(results, 'fjcloud', 'no-such-symptom')).toEqual(plain);
    const ovpn = await readEvidenceFiles(
      [{ name: 'client.ovpn', input: bytes('ovpn-config', 'fixtures', 'legacy.ovpn') }],
      { now: NOW },
    );
    expect(evidenceWizardLinks(ovpn, undefined, 'packet-loss')).toMatchObject([
      { tree: 'packet-loss', proven: [], stop: { kind: 'question', node: 'platform' } },
    ]);
  });
});

describe('clientLansOf and evidenceCauses', () => {
  it('the LANs of the dumps; each cause once, with its file', async () => {
    const results = await read();
    expect(clientLansOf(results)).toEqual(['172.16.5.0/24']);
    const causes = evidenceCauses(results);
    expect(causes[0]).toEqual(expect.objectContaining({ file: 'client.log' }));
    expect(new Set(causes.map((c) => c.cause)).size).toBe(causes.length);
    expect(causes.some((c) => c.file === 'client.ovpn')).toBe(true);
  });
});
