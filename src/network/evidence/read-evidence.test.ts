import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { trees } from '../../trees';
import {
  firstNonUtf8Line,
  looksPkcs12,
  LAN_CONFLICT_TREES,
  mergeAnswers,
  readEvidence,
  readEvidenceFiles,
  MAX_EVIDENCE_BYTES,
  type EvidenceResult,
} from './read-evidence';

const here = import.meta.dirname;
const bytesOf = (...path: string[]) => new Uint8Array(readFileSync(join(here, '..', ...path)));
const textOf = (...path: string[]) => readFileSync(join(here, '..', ...path), 'utf8');
const NOW = new Date('2026-06-01T00:00:00Z');
const opts = { now: NOW };

async function kindOf(input: Uint8Array | string, name = 'x') {
  return (await readEvidence(name, input, opts)).kind;
}

function only<K extends EvidenceResult['kind']>(
  r: EvidenceResult,
  kind: K,
): EvidenceResult & { kind: K } {
  if (r.kind !== kind) throw new Error(`expected ${kind}, got ${r.kind}`);
  return r as EvidenceResult & { kind: K };
}

describe('readEvidence: kinds', () => {
  it('configs', async () => {
    for (const f of ['legacy.ovpn', 'modern-crlf-bom.ovpn', 'connections.ovpn', 'broken.ovpn']) {
      expect(await kindOf(bytesOf('ovpn-config', 'fixtures', f), f)).toBe('config');
    }
  });
  it('client logs and the server log (real OpenVPN 2.6.14 output)', async () => {
    for (const f of readdirSync(join(here, 'fixtures')).filter((n) => n.startsWith('client-'))) {
      expect([f, await kindOf(bytesOf('evidence', 'fixtures', f))]).toEqual([f, 'client-log']);
    }
    expect(await kindOf(bytesOf('evidence', 'fixtures', 'server.log'))).toBe('server-log');
  });
  it('every real log of the analyzer corpus gets its side, and a server log proves no answer', async () => {
    const dir = ['openvpn-log', 'corpus', 'real'];
    const logs = readdirSync(join(here, '..', ...dir)).filter((n) => n.endsWith('.log'));
    expect(logs.length).toBeGreaterThan(40);
    for (const f of logs) {
      const r = await readEvidence(f, bytesOf(...dir, f), opts);
      const side = f.endsWith('.server.log') ? 'server-log' : 'client-log';
      expect([f, r.kind]).toEqual([f, side]);
      if (r.kind === 'server-log') expect([f, r.answers]).toEqual([f, []]);
    }
  });
  it('network dumps, also UTF-16 (PowerShell >) and Shift_JIS (Japanese cmd >)', async () => {
    for (const f of readdirSync(join(here, '..', 'dumps', 'fixtures')).filter((n) =>
      n.endsWith('.txt'),
    )) {
      expect([f, await kindOf(bytesOf('dumps', 'fixtures', f))]).toEqual([f, 'network-dump']);
    }
    const sjis = only(
      await readEvidence(
        'ipconfig.txt',
        bytesOf('dumps', 'fixtures', 'windows-ipconfig-all-ja.cp932.txt'),
        opts,
      ),
      'network-dump',
    );
    expect(sjis.encoding).toBe('shift_jis');
    expect(sjis.dump.clientLans).toEqual(['192.168.0.0/24']);
    const utf16 = only(
      await readEvidence(
        'ipconfig.txt',
        bytesOf('dumps', 'fixtures', 'windows-ipconfig-all-en.utf16.txt'),
        opts,
      ),
      'network-dump',
    );
    expect(utf16.encoding).toBe('utf-16le');
  });
  it('certificate and key files', async () => {
    const cert = only(
      await readEvidence(
        'client.crt',
        bytesOf('certificates', 'fixtures', 'client-expired.crt'),
        opts,
      ),
      'certificate',
    );
    expect(cert.certificates.findings).toContainEqual(
      expect.objectContaining({ code: 'expired', cause: 'client-cert-expired' }),
    );
    const key = only(
      await readEvidence(
        'client.key',
        bytesOf('certificates', 'fixtures', 'client-valid.key'),
        opts,
      ),
      'key',
    );
    expect(key.secret).toMatchObject({ type: 'rsa', bits: 2048 });
    expect(
      only(
        await readEvidence('ta.key', bytesOf('certificates', 'fixtures', 'tls-crypt.key'), opts),
        'key',
      ).secret,
    ).toMatchObject({
      type: 'static-key',
      bits: 2048,
    });
  });
  it('PKCS#12 (binary) is recognised as such', async () => {
    const p12 = bytesOf('certificates', 'fixtures', 'client-valid.p12');
    expect(looksPkcs12(p12)).toBe(true);
    expect(await kindOf(p12, 'client.p12')).toBe('pkcs12');
  });
  it('errors: empty, binary, too large, not UTF-8', async () => {
    expect(await readEvidence('a', new Uint8Array(0), opts)).toMatchObject({
      kind: 'error',
      error: 'empty',
    });
    expect(await readEvidence('a', '   \n\n', opts)).toMatchObject({
      kind: 'error',
      error: 'empty',
    });
    expect(
      await readEvidence('a', new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2]), opts),
    ).toMatchObject({ error: 'binary' });
    expect(
      await readEvidence('a', new Uint8Array(MAX_EVIDENCE_BYTES + 1).fill(0x41), opts),
    ).toMatchObject({ error: 'too-large' });
    // Latin-1 bytes in an OpenVPN log: not UTF-8, and not a dump in Shift_JIS either.
    const latin1 = new Uint8Array([
      ...new TextEncoder().encode('2026-06-01 09:00:00 OpenVPN 2.6.14 x86_64 [SSL (OpenSSL)] caf'),
      0xe9,
      0xff,
      0x0a,
    ]);
    expect(await readEvidence('a', latin1, opts)).toMatchObject({ error: 'not-utf8' });
  });
  it('not recognised: says what it expected', async () => {
    expect(
      await readEvidence('notes.txt', 'Dear support, my VPN does not work since Monday.', opts),
    ).toMatchObject({
      kind: 'not-recognised',
      expected: ['config', 'client-log', 'server-log', 'network-dump', 'certificate'],
    });
  });
});

describe('readEvidence: configs whose bytes are not UTF-8', () => {
  const utf8 = new TextDecoder('utf-8', { fatal: true });

  it('a Latin-1 comment (# B\\xFCro): read as Windows-1252, warned on its line, certificates read', async () => {
    const bytes = bytesOf('ovpn-config', 'fixtures', 'latin1-comment.ovpn');
    expect(() => utf8.decode(bytes)).toThrow();
    const r = only(await readEvidence('legacy.ovpn', bytes, opts), 'config');
    expect(r.encoding).toBe('windows-1252');
    // Line 3 is the first of the two Latin-1 comment lines (line 7 is the other).
    expect(r.messages).toEqual([{ code: 'non-utf8-bytes', line: 3, severity: 'warning' }]);
    expect(r.unknown).toEqual([]);
    expect(r.facts.remotes).toEqual([{ host: '203.0.113.30', port: 1194, proto: 'udp', line: 4 }]);
    expect(r.certificates.certificates.map((c) => [c.role, c.subject])).toEqual([
      ['ca', expect.stringContaining('sslvpn-doctor Test CA')],
      ['client', expect.stringContaining('client-valid')],
    ]);
    expect(r.certificates.findings.map((f) => f.code)).toEqual(['chain-verified', 'key-matches']);
    expect(r.facts.blocks.find((b) => b.tag === 'key')?.secret).toMatchObject({
      type: 'rsa',
      bits: 2048,
    });
    // A warning, not a syntax error: no "invalid configuration" cause.
    expect(r.causes.map((c) => c.cause)).not.toContain('invalid-config');
  });

  it('a Shift_JIS comment (Notepad on a Japanese Windows): read as Shift_JIS, warned on line 2', async () => {
    const bytes = bytesOf('ovpn-config', 'fixtures', 'sjis-comment.ovpn');
    expect(() => utf8.decode(bytes)).toThrow();
    const r = only(await readEvidence('tokyo.ovpn', bytes, opts), 'config');
    expect(r.encoding).toBe('shift_jis');
    expect(r.messages).toEqual([{ code: 'non-utf8-bytes', line: 2, severity: 'warning' }]);
    expect(r.facts.remotes).toEqual([{ host: '203.0.113.31', port: 443, proto: 'tcp', line: 3 }]);
    expect(r.certificates.certificates.map((c) => c.role)).toEqual(['ca', 'client']);
    expect(r.certificates.findings.map((f) => f.code)).toEqual(['chain-verified', 'key-matches']);
    expect(r.facts.blocks.find((b) => b.tag === 'key')?.secret).toMatchObject({
      type: 'ec',
      curve: 'P-256',
    });
  });

  it('the same configs in UTF-8 get no such warning', async () => {
    for (const f of ['latin1-comment.ovpn', 'sjis-comment.ovpn']) {
      const bytes = bytesOf('ovpn-config', 'fixtures', f);
      const text = new TextDecoder(f.startsWith('sjis') ? 'shift_jis' : 'windows-1252').decode(
        bytes,
      );
      const r = only(await readEvidence(f, new TextEncoder().encode(text), opts), 'config');
      expect([f, r.encoding, r.messages]).toEqual([f, 'utf-8', []]);
    }
  });

  it('firstNonUtf8Line: lines end at LF (CRLF too); valid multi-byte UTF-8 is not flagged', () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    const join = (...parts: Uint8Array[]) => {
      const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
      let at = 0;
      for (const p of parts) {
        out.set(p, at);
        at += p.length;
      }
      return out;
    };
    expect(firstNonUtf8Line(enc('client\r\n# 東京 Büro\r\nremote a\r\n'))).toBeUndefined();
    expect(
      firstNonUtf8Line(join(enc('client\r\n# 東京\r\n# B'), Uint8Array.of(0xfc), enc('ro\r\n'))),
    ).toBe(3);
    // A UTF-8 sequence cut at the end of the file.
    expect(firstNonUtf8Line(join(enc('a\nb\n'), Uint8Array.of(0xe6, 0x9d)))).toBe(3);
  });
});

describe('readEvidence: inline <tls-crypt-v2> and <extra-certs>', () => {
  it('the v2 key is present with its size only; the extra certificate is read as role extra', async () => {
    const r = only(
      await readEvidence(
        'client.ovpn',
        bytesOf('ovpn-config', 'fixtures', 'tls-crypt-v2-extra-certs.ovpn'),
        opts,
      ),
      'config',
    );
    expect(r.messages).toEqual([]);
    expect(r.facts.blocks.map((b) => b.tag)).toEqual([
      'ca',
      'cert',
      'key',
      'extra-certs',
      'tls-crypt-v2',
    ]);
    expect(r.facts.blocks.find((b) => b.tag === 'tls-crypt-v2')?.secret).toEqual({
      type: 'tls-crypt-v2-client',
      bits: 2048,
      wellFormed: true,
    });
    expect(
      r.certificates.certificates.map((c) => [c.role, c.index, c.subject, c.isCa, c.serial]),
    ).toEqual([
      ['ca', 0, 'CN=sslvpn-doctor Test CA, O=sslvpn-doctor test', true, '1000'],
      ['client', 0, 'CN=client-valid', false, '1001'],
      ['extra', 0, 'CN=Some Other CA, O=sslvpn-doctor test', true, '2000'],
    ]);
    // The client still chains to <ca> (not to the extra certificate), and the key matches.
    expect(r.certificates.findings).toContainEqual(
      expect.objectContaining({
        code: 'chain-verified',
        role: 'client',
        params: { issuer: 'CN=sslvpn-doctor Test CA, O=sslvpn-doctor test' },
      }),
    );
    expect(r.certificates.findings.map((f) => f.code)).toContain('key-matches');
    expect(r.certificates.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    // No tls-auth/tls-crypt lint for a tls-crypt-v2 config, and the key text is nowhere.
    expect(r.lint.map((f) => f.code).filter((c) => c.startsWith('tls-'))).toEqual([]);
    const json = JSON.stringify(r);
    for (const line of textOf('certificates', 'fixtures', 'tls-crypt-v2-client.key').split('\n'))
      if (line.length >= 16 && !line.startsWith('-----')) expect(json).not.toContain(line);
  });
});

describe('readEvidence: what it proves', () => {
  it('legacy config: lint, certificates, causes; no answer it cannot prove', async () => {
    const r = only(
      await readEvidence('client.ovpn', bytesOf('ovpn-config', 'fixtures', 'legacy.ovpn'), opts),
      'config',
    );
    expect(r.lint.map((f) => f.code)).toContain('cipher-without-data-ciphers');
    expect(r.certificates.certificates.map((c) => c.role)).toEqual(['ca', 'client']);
    expect(r.certificates.findings.map((f) => f.code)).toEqual(['chain-verified', 'key-matches']);
    expect(r.facts.remotes).toEqual([{ host: '203.0.113.10', port: 1194, proto: 'udp', line: 5 }]);
    expect(r.causes.map((c) => c.cause)).toEqual(
      expect.arrayContaining([
        'invalid-config',
        'cipher-fallback-removed',
        'compression-refused',
        'tls-auth-key-mismatch',
      ]),
    );
    expect(r.answers).toEqual([]);
  });

  it('an expired client certificate inside a config → client-cert-expired', async () => {
    const config = textOf('ovpn-config', 'fixtures', 'legacy.ovpn').replace(
      /<cert>[\s\S]*?<\/cert>/,
      `<cert>\n${textOf('certificates', 'fixtures', 'client-expired.crt')}</cert>`,
    );
    const r = only(await readEvidence('client.ovpn', config, opts), 'config');
    expect(r.causes.map((c) => c.cause)).toContain('client-cert-expired');
    expect(r.certificates.findings.map((f) => f.code)).toContain('key-does-not-match');
  });

  it('client log with a TLS timeout → cannot-connect log-message=tls-timeout', async () => {
    const r = only(
      await readEvidence(
        'client.log',
        bytesOf('evidence', 'fixtures', 'client-wrong-ca.log'),
        opts,
      ),
      'client-log',
    );
    expect(r.answers).toEqual([
      {
        tree: 'cannot-connect',
        answers: { 'log-message': 'tls-timeout', 'initial-packet': 'present' },
        because: 'tls-key-negotiation-timeout',
      },
    ]);
  });

  it('a log whose tunnel came up proves no cannot-connect answer', async () => {
    const r = only(
      await readEvidence('client.log', bytesOf('evidence', 'fixtures', 'client-ok.log'), opts),
      'client-log',
    );
    expect(r.analysis.tunnel.cameUp).toBe(true);
    expect(r.answers).toEqual([]);
  });

  it('ipconfig /all → the client LAN for the lan-conflict check', async () => {
    const r = only(
      await readEvidence(
        'ipconfig.txt',
        bytesOf('dumps', 'fixtures', 'windows-ipconfig-all-ja.txt'),
        opts,
      ),
      'network-dump',
    );
    expect(r.answers).toEqual(
      ['cannot-connect', 'resources-unreachable'].map((tree) => ({
        tree,
        answers: { 'lan-conflict.client-lan': '192.168.0.0/24' },
        because: 'client-lan',
      })),
    );
  });

  it('a dump answers the client LAN in every tree that asks for it, and only there', () => {
    const asking = trees
      .filter((t) =>
        t.nodes.some(
          (n) =>
            n.id === 'lan-conflict' &&
            n.kind === 'compute' &&
            n.fields.some((f) => f.id === 'client-lan'),
        ),
      )
      .map((t) => t.id)
      .sort();
    expect([...LAN_CONFLICT_TREES].sort()).toEqual(asking);
  });

  it('every answer names a node and option (or compute field) of the registered tree', async () => {
    const results = await readEvidenceFiles(
      [
        { name: 'a.log', input: bytesOf('evidence', 'fixtures', 'client-wrong-ca.log') },
        { name: 'b.log', input: bytesOf('evidence', 'fixtures', 'client-expired.log') },
        { name: 'c.txt', input: bytesOf('dumps', 'fixtures', 'windows-ipconfig-all-en.txt') },
      ],
      opts,
    );
    const answers = results.flatMap((r) => ('answers' in r ? r.answers : []));
    expect(answers.length).toBeGreaterThanOrEqual(2);
    for (const a of answers) {
      const tree = trees.find((t) => t.id === a.tree);
      expect(tree, a.tree).toBeDefined();
      for (const [key, value] of Object.entries(a.answers)) {
        const [nodeId, field] = key.split('.');
        const node = tree?.nodes.find((n) => n.id === nodeId);
        if (field) {
          expect(node?.kind === 'compute' && node.fields.some((f) => f.id === field), key).toBe(
            true,
          );
        } else {
          expect(
            node?.kind === 'question' && node.options.some((o) => o.id === value),
            `${key}=${value}`,
          ).toBe(true);
        }
      }
    }
  });

  it('a config, a log and an ipconfig /all together: answers joined per tree, with their file', async () => {
    const results = await readEvidenceFiles(
      [
        { name: 'client.ovpn', input: bytesOf('ovpn-config', 'fixtures', 'legacy.ovpn') },
        { name: 'client.log', input: bytesOf('evidence', 'fixtures', 'client-expired.log') },
        {
          name: 'ipconfig.txt',
          input: bytesOf('dumps', 'fixtures', 'windows-ipconfig-all-en.txt'),
        },
      ],
      opts,
    );
    expect(results.map((r) => r.kind)).toEqual(['config', 'client-log', 'network-dump']);
    expect(mergeAnswers(results)).toEqual({
      'cannot-connect': {
        // The real log has "WARNING: Your certificate has expired!", then the server's answer
        // ("TLS: Initial packet from"), then the TLS timeout: the log proves the timeout after a
        // reply; the wizard then asks why the server refused (the expired certificate's path).
        answers: {
          'log-message': 'tls-timeout',
          'initial-packet': 'present',
          'lan-conflict.client-lan': '172.16.5.0/24',
        },
        from: {
          'log-message': 'client.log',
          'initial-packet': 'client.log',
          'lan-conflict.client-lan': 'ipconfig.txt',
        },
      },
      'resources-unreachable': {
        answers: { 'lan-conflict.client-lan': '172.16.5.0/24' },
        from: { 'lan-conflict.client-lan': 'ipconfig.txt' },
      },
    });
  });

  it('one bad file does not stop the others', async () => {
    const results = await readEvidenceFiles(
      [
        { name: 'empty', input: new Uint8Array(0) },
        { name: 'client.ovpn', input: bytesOf('ovpn-config', 'fixtures', 'broken.ovpn') },
        { name: 'bin', input: new Uint8Array([1, 0, 2]) },
        { name: 'ip.txt', input: bytesOf('dumps', 'fixtures', 'linux-client-ip-addr-route.txt') },
      ],
      opts,
    );
    expect(results.map((r) => r.kind)).toEqual(['error', 'config', 'error', 'network-dump']);
  });
});

describe('privacy: no key material in any result', () => {
  const secretFiles = [
    'client-valid.key',
    'client-ec.key',
    'client-rsa1024.pkcs1.key',
    'client-valid.encrypted.key',
    'tls-auth.key',
    'tls-crypt.key',
    'tls-crypt-v2-client.key',
  ];
  /** Every body line of the key blocks (markers are public words, not key material). */
  const secretLines = secretFiles.flatMap((f) =>
    textOf('certificates', 'fixtures', f)
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l.length >= 16 && !l.startsWith('-----') && !l.startsWith('#')),
  );

  it('has key lines to look for', () => {
    expect(secretLines.length).toBeGreaterThan(50);
  });

  it('configs with inline keys, key files, broken configs: the JSON holds none of them', async () => {
    const keyText = (f: string) => textOf('certificates', 'fixtures', f);
    const inputs: { name: string; input: string | Uint8Array }[] = [
      ...[
        'legacy.ovpn',
        'modern-crlf-bom.ovpn',
        'connections.ovpn',
        'broken.ovpn',
        'latin1-comment.ovpn',
        'sjis-comment.ovpn',
        'tls-crypt-v2-extra-certs.ovpn',
      ].map((f) => ({
        name: f,
        input: bytesOf('ovpn-config', 'fixtures', f),
      })),
      ...secretFiles.map((f) => ({ name: f, input: keyText(f) })),
      // Keys pasted where they do not belong: outside a block, inside <cert>, in an unknown tag.
      {
        name: 'loose.ovpn',
        input: `client\nremote a\n${keyText('client-valid.key')}${keyText('tls-auth.key')}`,
      },
      {
        name: 'wrong.ovpn',
        input: `client\nremote a\n<cert>\n${keyText('client-ec.key')}</cert>\n<tls-auth>\n${keyText('tls-crypt-v2-client.key')}</tls-auth>\n`,
      },
      {
        name: 'tag.ovpn',
        input: `client\nremote a\n<secret-stuff>\n${keyText('client-valid.key')}</secret-stuff>\n<auth-user-pass>\nalice\nS3cretPassw0rd-do-not-show\n</auth-user-pass>\n`,
      },
    ];
    const results = await readEvidenceFiles(inputs, opts);
    const json = JSON.stringify(results);
    for (const line of [...secretLines, 'S3cretPassw0rd-do-not-show'])
      expect(json).not.toContain(line);
  });
});
