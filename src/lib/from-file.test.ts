import { describe, expect, it } from 'vitest';
import { FROM_KEY, fromFileParam, readFromFile, stepOfAnswerKey } from './from-file';

describe('from-file', () => {
  it('round-trips step ids and leaves out the one answered again', () => {
    const p = new URLSearchParams(fromFileParam(['log-message', 'initial-packet', 'log-message']));
    expect([...readFromFile(p)]).toEqual(['log-message', 'initial-packet']);
    expect(fromFileParam(readFromFile(p), 'log-message')).toEqual({ [FROM_KEY]: 'initial-packet' });
    expect(fromFileParam(['x'], 'x')).toEqual({});
  });
  it('drops junk and never throws', () => {
    const p = new URLSearchParams({ from: 'ok,<script>,,A,' + 'x'.repeat(70) });
    expect([...readFromFile(p)]).toEqual(['ok']);
    expect(readFromFile(new URLSearchParams({ from: 'a,'.repeat(3000) })).size).toBe(0);
    expect(readFromFile(new URLSearchParams()).size).toBe(0);
  });
  it('maps a compute field key to its step', () => {
    expect(stepOfAnswerKey('lan-conflict.client-lan')).toBe('lan-conflict');
    expect(stepOfAnswerKey('platform')).toBe('platform');
  });
});
