import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_LINE_LENGTH, analyzeLog, type LogAnalysis } from '@/network/openvpn-log';
import { LINUX_2412_PERIODIC, WIN_266_TLS_TIMEOUT } from '@/network/openvpn-log-fixtures';
import {
  CHUNK_BYTES,
  analyzeSource,
  collectLines,
  contextLineNumbers,
  countNewlines,
  excerptRows,
  utf8SafeLength,
  type AnalysisMessage,
  type LogSource,
} from './read-log';

const enc = (s: string) => new TextEncoder().encode(s);

async function run(source: LogSource): Promise<AnalysisMessage[]> {
  const out: AnalysisMessage[] = [];
  await analyzeSource(
    source,
    (m) => out.push(m),
    undefined,
    () => 0,
  );
  return out;
}

function done(messages: AnalysisMessage[]) {
  const last = messages[messages.length - 1];
  if (last?.type !== 'done') throw new Error(`ended with ${JSON.stringify(last)}`);
  return last;
}

/** The analysis without per-run differences. */
const same = (a: LogAnalysis) => JSON.parse(JSON.stringify(a)) as unknown;

describe('utf8SafeLength', () => {
  it('keeps whole ASCII and whole characters', () => {
    expect(utf8SafeLength(enc('abc'))).toBe(3);
    expect(utf8SafeLength(enc('aé'))).toBe(3);
    expect(utf8SafeLength(enc('a日'))).toBe(4);
    expect(utf8SafeLength(enc('a😀'))).toBe(5);
    expect(utf8SafeLength(new Uint8Array(0))).toBe(0);
  });

  it('stops before a character cut at the end', () => {
    const e = enc('a日');
    expect(utf8SafeLength(e.subarray(0, 3))).toBe(1);
    expect(utf8SafeLength(e.subarray(0, 2))).toBe(1);
    const emoji = enc('ab😀');
    for (let cut = 3; cut < 6; cut++) expect(utf8SafeLength(emoji.subarray(0, cut))).toBe(2);
  });

  it('leaves invalid bytes whole for the validator', () => {
    expect(utf8SafeLength(Uint8Array.of(0x41, 0xff, 0xfe))).toBe(3);
    expect(utf8SafeLength(Uint8Array.of(0x80, 0x80, 0x80, 0x80))).toBe(4);
  });

  it('any cut of valid UTF-8 decodes without loss (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.nat(), (s, n) => {
        const bytes = enc(s);
        const cut = bytes.length === 0 ? 0 : n % (bytes.length + 1);
        const head = bytes.subarray(0, cut);
        const safe = utf8SafeLength(head);
        const dec = new TextDecoder('utf-8', { fatal: true });
        const text = dec.decode(head.subarray(0, safe)) + dec.decode(bytes.subarray(safe));
        expect(text).toBe(s);
      }),
    );
  });
});

describe('countNewlines', () => {
  it('counts LF', () => {
    expect(countNewlines('')).toBe(0);
    expect(countNewlines('a\nb\r\nc\n')).toBe(3);
  });
});

describe('collectLines and contextLineNumbers', () => {
  const text = ['\ufeffone', 'two\r', 'three', 'four', 'five'].join('\n');

  it('numbers lines like the matcher, across chunks', () => {
    const wanted = new Set([1, 2, 5]);
    const expected = new Map([
      [1, 'one'],
      [2, 'two'],
      [5, 'five'],
    ]);
    expect(collectLines([text], wanted)).toEqual(expected);
    for (let cut = 0; cut <= text.length; cut++) {
      expect(collectLines([text.slice(0, cut), text.slice(cut)], wanted)).toEqual(expected);
    }
    expect(collectLines(text.split(''), wanted)).toEqual(expected);
  });

  it('cuts long lines like the matcher', () => {
    const long = 'x'.repeat(MAX_LINE_LENGTH + 50);
    expect(collectLines([`a\n${long}\nb`], new Set([2])).get(2)).toBe(
      long.slice(0, MAX_LINE_LENGTH),
    );
  });

  it('wants the lines around the first matches of each finding, within the log', () => {
    const a = analyzeLog(WIN_266_TLS_TIMEOUT);
    const wanted = contextLineNumbers(a);
    const tls = a.findings.find((f) => f.id === 'tls-key-negotiation-timeout');
    expect(tls?.firstLine).toBe(20);
    for (const n of [18, 19, 20, 21, 22]) expect(wanted.has(n)).toBe(true);
    expect(Math.max(...wanted)).toBeLessThanOrEqual(a.lineCount);
    expect(Math.min(...wanted)).toBeGreaterThanOrEqual(1);
  });
});

describe('excerptRows', () => {
  const context = new Map([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => [n, `line ${n}`]));

  it('merges adjacent ranges and marks the matched lines', () => {
    const rows = excerptRows(
      [
        { line: 3, text: 'match 3' },
        { line: 5, text: 'match 5' },
      ],
      context,
      10,
    );
    expect(rows).toEqual(
      [1, 2, 3, 4, 5, 6, 7].map((n) => ({
        kind: 'line',
        line: n,
        text: n === 3 ? 'match 3' : n === 5 ? 'match 5' : `line ${n}`,
        matched: n === 3 || n === 5,
      })),
    );
  });

  it('puts a gap between ranges and shows matches beyond the first with no context', () => {
    const rows = excerptRows(
      [
        { line: 1, text: 'm1' },
        { line: 9, text: 'm9' },
      ],
      context,
      10,
      1,
      1,
      1,
    );
    expect(
      rows.map((r) => (r.kind === 'gap' ? 'gap' : `${r.line}${r.matched ? '*' : ''}`)),
    ).toEqual(['1*', '2', 'gap', '9*']);
  });

  it('shows only the matched lines when no context is known', () => {
    const rows = excerptRows([{ line: 4, text: 'm' }], new Map(), 10);
    expect(rows).toEqual([{ kind: 'line', line: 4, text: 'm', matched: true }]);
  });
});

describe('analyzeSource', () => {
  it('analyses pasted text like analyzeLog, with progress', async () => {
    const messages = await run({ kind: 'text', text: LINUX_2412_PERIODIC });
    const d = done(messages);
    expect(same(d.analysis)).toEqual(same(analyzeLog(LINUX_2412_PERIODIC)));
    expect(messages.some((m) => m.type === 'progress')).toBe(true);
    expect(d.context.size).toBeGreaterThan(0);
  });

  it('analyses a file in chunks like analyzeLog, whatever the chunk cuts', async () => {
    // Multi-byte characters across the 1 MiB chunk boundary.
    const filler = '2026-11-20 09:14:04 MANAGEMENT: 日本語のテスト行 😀 ü\n';
    let big = '';
    while (big.length < CHUNK_BYTES * 1.3) big += filler;
    const text = big + WIN_266_TLS_TIMEOUT + '\n' + big;
    const messages = await run({ kind: 'file', file: new Blob([enc(text)]) });
    const d = done(messages);
    expect(same(d.analysis)).toEqual(same(analyzeLog(text)));
    const progress = messages.filter((m) => m.type === 'progress');
    expect(progress.length).toBeGreaterThanOrEqual(3);
    const last = progress[progress.length - 1];
    expect(last?.type === 'progress' && last.done === last.total).toBe(true);
    const tls = d.analysis.findings[0];
    expect(tls?.id).toBe('tls-key-negotiation-timeout');
    expect(d.context.get((tls?.firstLine ?? 0) - 1)).toContain('>STATE');
  });

  it.each([
    ['empty', new Uint8Array(0)],
    ['empty', enc('  \n\r\n\t ')],
    ['binary', Uint8Array.of(0x4f, 0x70, 0x65, 0x00, 0x6e)],
    ['not-utf8', Uint8Array.of(0xff, 0xfe, 0x41)],
    ['not-utf8', Uint8Array.of(0x41, 0xc3, 0x28, 0x0a)],
  ] as const)('rejects a file as %s', async (reason, bytes) => {
    const messages = await run({ kind: 'file', file: new Blob([bytes]) });
    expect(messages[messages.length - 1]).toEqual({ type: 'rejected', reason });
  });

  it('rejects binary data late in a big file', async () => {
    const bytes = new Uint8Array(CHUNK_BYTES * 2 + 10).fill(0x61);
    bytes[CHUNK_BYTES + 5] = 0;
    const messages = await run({ kind: 'file', file: new Blob([bytes]) });
    expect(messages[messages.length - 1]).toEqual({ type: 'rejected', reason: 'binary' });
  });

  it('reports a read error as read-failed', async () => {
    const broken = {
      size: 10,
      slice: () => ({ arrayBuffer: () => Promise.reject(new Error('gone')) }),
    } as unknown as Blob;
    const messages = await run({ kind: 'file', file: broken });
    expect(messages[messages.length - 1]).toEqual({ type: 'rejected', reason: 'read-failed' });
  });
});
