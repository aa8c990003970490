import { describe, expect, it } from 'vitest';
import { newCase, parseCases, syncCase, withNote } from './cases';
import {
  readJson,
  readText,
  removeKey,
  writeJson,
  writeText,
  type KeyValueStore,
} from '@/lib/storage';
import {
  KEYS,
  createSupportStore,
  hasSupportFlag,
  setSupportFlag,
  type StoreEnv,
} from './support-store';

/** An in-memory Storage that can be switched to full or broken. */
class FakeStore implements KeyValueStore {
  data = new Map<string, string>();
  mode: 'ok' | 'full' | 'throws' = 'ok';
  getItem(key: string) {
    if (this.mode === 'throws') throw new DOMException('denied', 'SecurityError');
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.mode === 'throws') throw new DOMException('denied', 'SecurityError');
    if (this.mode === 'full') throw new DOMException('full', 'QuotaExceededError');
    this.data.set(key, value);
  }
  removeItem(key: string) {
    if (this.mode === 'throws') throw new DOMException('denied', 'SecurityError');
    this.data.delete(key);
  }
}

describe('storage results', () => {
  it('reads and writes JSON', () => {
    const s = new FakeStore();
    expect(writeJson(s, 'k', { a: 1 })).toEqual({ ok: true, value: undefined });
    expect(readJson(s, 'k')).toEqual({ ok: true, value: { a: 1 } });
    expect(readJson(s, 'missing')).toEqual({ ok: true, value: undefined });
  });

  it('a full storage is an error result, not an exception', () => {
    const s = new FakeStore();
    s.mode = 'full';
    expect(writeText(s, 'k', 'v')).toEqual({ ok: false, error: 'full' });
    expect(writeJson(s, 'k', [1])).toEqual({ ok: false, error: 'full' });
  });

  it('legacy quota codes count as full', () => {
    const s: KeyValueStore = {
      getItem: () => null,
      setItem: () => {
        throw Object.assign(new Error('quota'), { code: 22 });
      },
      removeItem: () => undefined,
    };
    expect(writeText(s, 'k', 'v')).toEqual({ ok: false, error: 'full' });
  });

  it('unavailable or throwing storage is an error result, not an exception', () => {
    expect(readText(undefined, 'k')).toEqual({ ok: false, error: 'unavailable' });
    expect(writeText(undefined, 'k', 'v')).toEqual({ ok: false, error: 'unavailable' });
    expect(removeKey(undefined, 'k')).toEqual({ ok: false, error: 'unavailable' });
    const s = new FakeStore();
    s.mode = 'throws';
    expect(readJson(s, 'k')).toEqual({ ok: false, error: 'unavailable' });
    expect(writeJson(s, 'k', 1)).toEqual({ ok: false, error: 'unavailable' });
    expect(removeKey(s, 'k')).toEqual({ ok: false, error: 'unavailable' });
  });

  it('junk JSON reads as nothing; unserialisable values do not throw', () => {
    const s = new FakeStore();
    s.data.set('k', '{not json');
    expect(readJson(s, 'k')).toEqual({ ok: true, value: undefined });
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(writeJson(s, 'k', loop).ok).toBe(false);
  });
});

describe('parseCases', () => {
  it('drops junk, prototype keys and repeated ids', () => {
    const good = newCase('cannot-connect', new Date('2025-05-01T00:00:00Z'));
    const hostile = JSON.parse(
      `{"id":"x-1","treeId":"cannot-connect","startedAt":"2025-05-01T00:00:00Z","updatedAt":"2025-05-01T00:00:00Z","answers":{"__proto__":"x","platform":"alibaba"},"notes":{"__proto__":"n","platform":"ok"},"answerLog":{}}`,
    ) as unknown;
    const list = parseCases([good, good, 'junk', { id: '<script>' }, hostile, null]);
    expect(list.map((c) => c.id).sort()).toEqual([good.id, 'x-1'].sort());
    const h = list.find((c) => c.id === 'x-1')!;
    expect(h.answers).toEqual({ platform: 'alibaba' });
    expect(h.notes).toEqual({ platform: 'ok' });
    expect(Object.getPrototypeOf(h.notes)).toBe(Object.prototype);
    expect(parseCases('nope')).toEqual([]);
  });
});

describe('URL flag', () => {
  it('is read and written without touching the answers', () => {
    expect(hasSupportFlag('?support=1&platform=x')).toBe(true);
    expect(hasSupportFlag('?support=0')).toBe(false);
    expect(setSupportFlag('/en/diagnose/x?platform=a#h', true)).toBe(
      '/en/diagnose/x?platform=a&support=1#h',
    );
    expect(setSupportFlag('https://h.example/en/diagnose/x?support=1&platform=a', false)).toBe(
      'https://h.example/en/diagnose/x?platform=a',
    );
  });
});

function env(local: FakeStore | undefined, session: FakeStore | undefined, search = ''): StoreEnv {
  let tick = Date.parse('2025-05-01T00:00:00Z');
  return {
    local: () => local,
    session: () => session,
    initialSearch: () => search,
    now: () => new Date((tick += 1000)),
  };
}

describe('support store', () => {
  it('remembers the mode; a support=1 page load turns it on and says so', () => {
    const local = new FakeStore();
    const a = createSupportStore(env(local, new FakeStore()));
    expect(a.getState().on).toBe(false);
    a.setMode(true);
    expect(local.data.get(KEYS.mode)).toBe('on');
    expect(createSupportStore(env(local, new FakeStore())).getState()).toMatchObject({
      on: true,
      viaLink: false,
    });
    const fresh = new FakeStore();
    const b = createSupportStore(env(fresh, new FakeStore(), '?support=1&platform=x'));
    expect(b.getState()).toMatchObject({ on: true, viaLink: true });
    b.setMode(false);
    expect(b.getState()).toMatchObject({ on: false, viaLink: false });
    expect(fresh.data.has(KEYS.mode)).toBe(false);
  });

  it('saves the current case as it goes and reads it back after a reload', () => {
    const local = new FakeStore();
    const session = new FakeStore();
    const s = createSupportStore(env(local, session));
    const c = s.caseFor('cannot-connect');
    s.updateCase(c.id, (x) => syncCase(x, { platform: 'alibaba' }, undefined, new Date()), 'case');
    s.updateCase(c.id, (x) => withNote(x, 'platform', 'hello', new Date()), 'notes');
    const reloaded = createSupportStore(env(local, session));
    expect(reloaded.getState().currentId).toBe(c.id);
    expect(reloaded.caseFor('cannot-connect')).toMatchObject({
      id: c.id,
      answers: { platform: 'alibaba' },
      notes: { platform: 'hello' },
    });
    // Another tree starts another case.
    expect(reloaded.caseFor('some-clients').id).not.toBe(c.id);
    expect(reloaded.getState().cases).toHaveLength(2);
  });

  it('a full storage keeps the case in memory and reports where it happened', () => {
    const local = new FakeStore();
    const s = createSupportStore(env(local, new FakeStore()));
    const c = s.caseFor('cannot-connect');
    local.mode = 'full';
    expect(() =>
      s.updateCase(c.id, (x) => withNote(x, 'platform', 'kept', new Date()), 'notes'),
    ).not.toThrow();
    expect(s.getState().errors).toEqual({ notes: 'full' });
    expect(s.getState().cases.find((x) => x.id === c.id)?.notes).toEqual({ platform: 'kept' });
    local.mode = 'ok';
    s.updateCase(c.id, (x) => withNote(x, 'platform', 'kept!', new Date()), 'notes');
    expect(s.getState().errors.notes).toBeUndefined();
    expect(local.data.get(KEYS.cases)).toContain('kept!');
  });

  it('unavailable storage: everything works in memory, errors are results', () => {
    const s = createSupportStore(env(undefined, undefined, '?support=1'));
    expect(s.getState()).toMatchObject({ on: true, readError: 'unavailable' });
    expect(s.getState().errors).toEqual({ mode: 'unavailable' });
    const c = s.caseFor('cannot-connect');
    expect(s.getState().currentId).toBe(c.id);
    s.updateCase(c.id, (x) => withNote(x, 'platform', 'memo', new Date()), 'notes');
    expect(s.getState().cases[0]?.notes).toEqual({ platform: 'memo' });
    expect(s.getState().errors).toMatchObject({
      mode: 'unavailable',
      case: 'unavailable',
      notes: 'unavailable',
    });
    expect(s.deleteCase(c.id)).toEqual({ ok: false, error: 'unavailable' });
    expect(s.getState().cases).toEqual([]);
    expect(s.deleteAll()).toEqual({ ok: false, error: 'unavailable' });
  });

  it('throwing storage (SecurityError) never throws out of the store', () => {
    const local = new FakeStore();
    local.mode = 'throws';
    const s = createSupportStore(env(local, local));
    expect(() => {
      s.setMode(true);
      const c = s.caseFor('cannot-connect');
      s.updateCase(c.id, (x) => withNote(x, 'platform', 'x', new Date()), 'notes');
      s.deleteAll();
      s.refresh();
    }).not.toThrow();
    expect(s.getState().on).toBe(true);
  });

  it('two tabs never drop each other’s cases', () => {
    const local = new FakeStore();
    const tab1 = createSupportStore(env(local, new FakeStore()));
    const tab2 = createSupportStore(env(local, new FakeStore()));
    const a = tab1.caseFor('cannot-connect');
    const b = tab2.caseFor('cannot-connect');
    expect(a.id).not.toBe(b.id);
    tab1.updateCase(a.id, (x) => withNote(x, 'platform', 'from tab 1', new Date()), 'notes');
    const stored = parseCases(JSON.parse(local.data.get(KEYS.cases) ?? '[]'));
    expect(stored.map((c) => c.id).sort()).toEqual([a.id, b.id].sort());
  });

  it('deletes one case, then all of them', () => {
    const local = new FakeStore();
    const s = createSupportStore(env(local, new FakeStore()));
    const a = s.caseFor('cannot-connect');
    const b = s.startCase('cannot-connect');
    expect(s.getState().currentId).toBe(b.id);
    expect(s.deleteCase(b.id).ok).toBe(true);
    expect(s.getState().currentId).toBeUndefined();
    expect(s.getState().cases.map((c) => c.id)).toEqual([a.id]);
    expect(s.deleteAll().ok).toBe(true);
    expect(s.getState().cases).toEqual([]);
    expect(local.data.has(KEYS.cases)).toBe(false);
  });
});
