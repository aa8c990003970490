/**
 * The page's file reader and the command-line twin say the same about configs and network dumps
 * (issue 16): the bytes as the page takes them from a File (`fileBytes`) through
 * `readEvidenceFiles`, against the real CLI process (`npm run analyze -- --json`), with one clock.
 * The CLI never prints key material, in JSON or as text. (Logs: features/log/page-cli-parity.)
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEvidenceFiles, type EvidenceResult } from '@/network/evidence/read-evidence';
import { evidenceJson } from '@/network/evidence/evidence-json';
import { fileBytes } from './file-bytes';

const net = join(import.meta.dirname, '../../network');
const NOW = '2026-06-01T00:00:00Z';

const FILES = [
  ['ovpn-config', 'legacy.ovpn'],
  ['ovpn-config', 'modern-crlf-bom.ovpn'],
  ['ovpn-config', 'tls-crypt-v2-extra-certs.ovpn'],
  ['ovpn-config', 'latin1-comment.ovpn'],
  ['ovpn-config', 'broken.ovpn'],
  ['dumps', 'windows-ipconfig-all-ja.cp932.txt'],
  ['dumps', 'linux-ip-route.real.txt'],
  ['dumps', 'windows-route-print-en.txt'],
  ['evidence', 'client-expired.log'],
  ['certificates', 'client-valid.key'],
  ['certificates', 'tls-crypt.key'],
].map(([dir, name]) => join(net, dir!, 'fixtures', name!));

const KEYS = [
  'client-valid.key',
  'client-ec.key',
  'tls-auth.key',
  'tls-crypt.key',
  'tls-crypt-v2-client.key',
];
/** Body lines of the keys inside those files (markers and comments are not key material). */
const KEY_LINES = KEYS.flatMap((f) =>
  readFileSync(join(net, 'certificates', 'fixtures', f), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length >= 16 && !l.startsWith('-----') && !l.startsWith('#')),
);

function analyze(...args: string[]): string {
  return execFileSync(
    join(process.cwd(), 'node_modules/.bin/tsx'),
    ['scripts/analyze.ts', '--now', NOW, ...args, ...FILES],
    { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
  );
}

/** One line of `--json` (the fields this test reads by name; the rest is compared whole). */
interface CliLine {
  readonly file: string;
  readonly kind: string;
  readonly findings?: readonly { readonly finding: string }[];
  readonly messages?: readonly unknown[];
  readonly clientLans?: readonly string[];
  readonly [field: string]: unknown;
}

const jsonOut = analyze('--json');
const textOut = analyze();
const cli = jsonOut
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as CliLine);

async function page(): Promise<EvidenceResult[]> {
  const inputs = [];
  for (const f of FILES) {
    const bytes = await fileBytes(new Blob([readFileSync(f)]));
    if (!bytes) throw new Error(`${f}: not read`);
    inputs.push({ name: f, input: bytes });
  }
  return readEvidenceFiles(inputs, { now: new Date(NOW) });
}

describe('page and CLI agree on configs and dumps', () => {
  it('one line per file, with its kind', async () => {
    expect(cli.map((c) => c.file)).toEqual(FILES);
    expect(cli.map((c) => c.kind)).toEqual([
      'config',
      'config',
      'config',
      'config',
      'config',
      'network-dump',
      'network-dump',
      'network-dump',
      'client-log',
      'key',
      'key',
    ]);
    expect(cli.map((c) => c.kind)).toEqual((await page()).map((r) => r.kind));
  });

  it('configs, dumps and keys: the CLI prints what the page reads', async () => {
    const results = await page();
    for (const [i, r] of results.entries()) {
      if (r.kind === 'client-log') continue; // features/log/page-cli-parity.test.ts
      expect(cli[i]).toEqual(evidenceJson(r.name, r));
    }
    // Not vacuous: findings, a non-UTF-8 warning, LANs and key sizes are compared.
    expect(cli[0]?.findings?.map((f) => f.finding)).toContain('cipher-without-data-ciphers');
    expect(cli[3]?.messages).toEqual([{ code: 'non-utf8-bytes', line: 3, severity: 'warning' }]);
    expect(cli[5]?.clientLans).toEqual(['192.168.0.0/24']);
    expect(cli[9]).toMatchObject({ key: { type: 'rsa', bits: 2048 } });
    expect(cli[10]).toMatchObject({ key: { type: 'static-key', bits: 2048 } });
  });

  it('never prints key material, in JSON or as text', () => {
    // The keys are in the files given to the CLI.
    const given = FILES.map((f) => readFileSync(f, 'utf8')).join('\n');
    const present = KEY_LINES.filter((l) => given.includes(l));
    expect(present.length).toBeGreaterThan(60);
    for (const out of [jsonOut, textOut]) {
      expect(out.length).toBeGreaterThan(1000);
      for (const line of KEY_LINES) expect(out).not.toContain(line);
      expect(out).not.toMatch(/-----BEGIN [A-Za-z0-9 ]*(PRIVATE KEY|Static key|client key)/);
    }
  });
});
