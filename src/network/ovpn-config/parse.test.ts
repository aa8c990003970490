import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { directivesNamed, parseLine, parseOvpnConfig } from './parse';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');
const keyFixture = (name: string) =>
  readFileSync(join(import.meta.dirname, '..', 'certificates', 'fixtures', name), 'utf8');

describe('parseLine (OpenVPN parse_line)', () => {
  const ok = (line: string) => {
    const r = parseLine(line);
    if (!r.ok) throw new Error(r.code);
    return r.params;
  };
  it('splits at white space and drops comments where an argument would start', () => {
    expect(ok('remote 203.0.113.1 1194 udp # office\n')).toEqual([
      'remote',
      '203.0.113.1',
      '1194',
      'udp',
    ]);
    expect(ok('  ; comment')).toEqual([]);
    expect(ok('setenv A b#c')).toEqual(['setenv', 'A', 'b#c']);
  });
  it('keeps quoted arguments whole, with backslash escapes in double quotes only', () => {
    expect(ok('setenv NAME "Tokyo office VPN"')).toEqual(['setenv', 'NAME', 'Tokyo office VPN']);
    expect(ok('x "a \\"b\\" c"')).toEqual(['x', 'a "b" c']);
    expect(ok("auth-user-pass 'C:\\Program Files\\pass.txt'")).toEqual([
      'auth-user-pass',
      'C:\\Program Files\\pass.txt',
    ]);
    expect(ok('cd C:\\\\Users\\\\vpn')).toEqual(['cd', 'C:\\Users\\vpn']);
    expect(ok('x a\\ b')).toEqual(['x', 'a b']);
  });
  it('rejects what OpenVPN rejects', () => {
    expect(parseLine('setenv NAME "unterminated')).toEqual({ ok: false, code: 'unclosed-quote' });
    expect(parseLine("x 'open")).toEqual({ ok: false, code: 'unclosed-single-quote' });
    expect(parseLine('cd C:\\Users')).toEqual({ ok: false, code: 'bad-backslash' });
    expect(parseLine(`x ${'a'.repeat(300)}`)).toEqual({ ok: false, code: 'parameter-too-long' });
  });
  it('stops at 16 parameters', () => {
    const r = parseLine(Array.from({ length: 20 }, (_, i) => `p${i}`).join(' '));
    expect(r.ok && r.params.length).toBe(16);
    expect(r.ok && r.truncated).toBe(true);
  });
});

describe('parseOvpnConfig', () => {
  it('reads inline <extra-certs> as public text and <tls-crypt-v2> as a summary only', () => {
    const text = fixture('tls-crypt-v2-extra-certs.ovpn');
    const c = parseOvpnConfig(text);
    expect(c.messages).toEqual([]);
    expect(c.unknown).toEqual([]);
    expect(c.blocks.map((b) => [b.tag, b.closed, b.text !== undefined])).toEqual([
      ['ca', true, true],
      ['cert', true, true],
      ['key', true, false],
      ['extra-certs', true, true],
      ['tls-crypt-v2', true, false],
    ]);
    const extra = c.blocks.find((b) => b.tag === 'extra-certs');
    expect(extra?.text?.trim()).toBe(keyFixture('other-ca.crt').trim());
    const v2 = c.blocks.find((b) => b.tag === 'tls-crypt-v2');
    expect(v2?.secret).toEqual({ type: 'tls-crypt-v2-client', bits: 2048, wellFormed: true });
    expect(directivesNamed(c, 'tls-crypt-v2')).toEqual([
      { name: 'tls-crypt-v2', args: [], line: v2?.line, inline: true },
    ]);
    // The key's text is nowhere in the result.
    const json = JSON.stringify(c);
    for (const line of keyFixture('tls-crypt-v2-client.key').split('\n')) {
      if (line.length >= 16 && !line.startsWith('-----')) expect(json).not.toContain(line);
    }
  });
  it('reads the legacy bundle: directives, blocks, unknown options, lines', () => {
    const text = fixture('legacy.ovpn');
    const c = parseOvpnConfig(text);
    expect(c.messages).toEqual([]);
    expect(directivesNamed(c, 'remote')).toEqual([
      { name: 'remote', args: ['203.0.113.10', '1194'], line: 5 },
    ]);
    expect(c.unknown).toEqual([{ name: 'keysize', line: 13 }]);
    expect(c.blocks.map((b) => [b.tag, b.closed])).toEqual([
      ['ca', true],
      ['cert', true],
      ['key', true],
      ['tls-auth', true],
    ]);
    expect(c.blocks.find((b) => b.tag === 'key')?.secret).toMatchObject({
      type: 'rsa',
      bits: 2048,
    });
    expect(c.blocks.find((b) => b.tag === 'tls-auth')?.secret).toMatchObject({
      type: 'static-key',
      bits: 2048,
      wellFormed: true,
    });
    expect(c.blocks.find((b) => b.tag === 'ca')?.text).toContain('BEGIN CERTIFICATE');
    expect(c.lineCount).toBe(text.split('\n').length - 1);
  });

  it('reads CRLF line ends and a UTF-8 BOM as OpenVPN does', () => {
    const c = parseOvpnConfig(fixture('modern-crlf-bom.ovpn'));
    expect(c.messages).toEqual([]);
    expect(c.directives[0]).toEqual({ name: 'client', args: [], line: 1 });
    expect(directivesNamed(c, 'remote')[0]?.args).toEqual(['vpn.example.test', '443', 'tcp']);
    expect(c.blocks.find((b) => b.tag === 'tls-crypt')?.secret).toMatchObject({ bits: 2048 });
    expect(c.blocks.find((b) => b.tag === 'key')?.secret).toMatchObject({
      type: 'ec',
      curve: 'P-256',
    });
  });

  it('reads <connection> blocks and quoted/escaped arguments', () => {
    const c = parseOvpnConfig(fixture('connections.ovpn'));
    expect(c.messages).toEqual([]);
    expect(c.connections).toEqual([
      { line: 7, endLine: 9 },
      { line: 10, endLine: 13 },
    ]);
    expect(directivesNamed(c, 'remote', true)).toEqual([
      { name: 'remote', args: ['198.51.100.20', '1194', 'udp'], line: 8, connection: 0 },
      { name: 'remote', args: ['198.51.100.21', '443'], line: 11, connection: 1 },
    ]);
    expect(directivesNamed(c, 'setenv')[0]?.args).toEqual(['FRIENDLY_NAME', 'Tokyo office VPN']);
    expect(directivesNamed(c, 'auth-user-pass')[0]?.args).toEqual([
      'C:\\Program Files\\OpenVPN\\config\\pass.txt',
    ]);
  });

  it('reports the broken config line by line and keeps going', () => {
    const c = parseOvpnConfig(fixture('broken.ovpn'));
    expect(c.messages.map((m) => [m.code, m.line])).toEqual([
      ['unclosed-quote', 4],
      ['bad-backslash', 5],
      ['endtag-missing', expect.any(Number)],
    ]);
    expect(c.messages[2]?.param).toBe('key');
    expect(c.blocks.map((b) => b.tag)).toEqual(['ca', 'cert', 'key']);
    expect(c.blocks.at(-1)?.closed).toBe(false);
  });

  it('flags a stray end tag, an empty block, a block that cannot be inline and one in a connection', () => {
    const c = parseOvpnConfig(
      [
        '</ca>',
        '<ca>',
        '</ca>',
        '<remote>',
        'x',
        '</remote>',
        '<connection>',
        'remote a',
        'cipher AES-256-GCM',
        '</connection>',
      ].join('\n'),
    );
    expect(c.messages.map((m) => [m.code, m.line, m.param])).toEqual([
      ['stray-close-tag', 1, 'ca'],
      ['empty-block', 2, 'ca'],
      ['inline-not-allowed', 4, 'remote'],
      ['not-allowed-in-connection', 9, 'cipher'],
    ]);
  });

  it('requires exactly one remote per connection block', () => {
    const none = parseOvpnConfig('<connection>\nproto udp\n</connection>\n');
    expect(none.messages.map((m) => m.code)).toEqual(['connection-without-remote']);
    const two = parseOvpnConfig('<connection>\nremote a\nremote b\n</connection>\n');
    expect(two.messages.map((m) => m.code)).toEqual(['connection-several-remotes']);
  });

  it('drops the leading -- of an option name', () => {
    expect(parseOvpnConfig('--client\n').directives[0]?.name).toBe('client');
  });

  it('keeps no key text: PEM outside a block and hex key lines are reported, not listed', () => {
    const key = keyFixture('client-valid.key');
    const tlsAuth = keyFixture('tls-auth.key');
    const body = tlsAuth.split('\n').filter((l) => /^[0-9a-f]{32}$/.test(l));
    const c = parseOvpnConfig(`client\n${key}${body.join('\n')}\n`);
    expect(c.messages[0]).toMatchObject({
      code: 'pem-outside-block',
      line: 2,
      param: 'PRIVATE KEY',
    });
    expect(c.messages.filter((m) => m.code === 'key-material-outside-block')).toHaveLength(16);
    const json = JSON.stringify(c);
    for (const line of [...key.split('\n'), ...body].filter(
      (l) => l.length > 16 && !l.startsWith('-----'),
    )) {
      expect(json).not.toContain(line);
    }
  });

  it('flags lines longer than OpenVPN reads (256 bytes)', () => {
    const c = parseOvpnConfig(`verb 3 ${' '.repeat(300)}\n`);
    expect(c.messages.map((m) => m.code)).toEqual(['line-too-long']);
  });

  it('is linear: 200,000 lines and a 5 MB line parse quickly', () => {
    const many = 'remote 203.0.113.1 1194\n'.repeat(200_000);
    let t = performance.now();
    parseOvpnConfig(many);
    expect(performance.now() - t).toBeLessThan(10_000);
    t = performance.now();
    parseOvpnConfig(`"${'\\'.repeat(5_000_000)}`);
    parseOvpnConfig('<ca>\n' + 'x\n'.repeat(1_000_000));
    expect(performance.now() - t).toBeLessThan(10_000);
  });

  it('never throws on hostile input', () => {
    for (const junk of [
      '',
      '\u0000\u0000',
      '<',
      '<>',
      '<<ca>>',
      '</>',
      '\\',
      '"',
      "'",
      '#'.repeat(10),
      '\r\r\r',
      '\ufeff',
    ]) {
      expect(() => parseOvpnConfig(junk)).not.toThrow();
    }
    // @ts-expect-error: not a string
    expect(parseOvpnConfig(undefined).directives).toEqual([]);
  });
});
