/**
 * Property tests of the app's routing: any path and query on any route ends on a step, a
 * diagnosis, a page of the app or the not-found page — never on the error page, never an
 * exception. The route table, its lazy modules and its loaders run for real through
 * react-router's static handler (the same matching and loader pipeline as the browser router,
 * without a DOM); the page a match renders is then classified from the pure wizard state.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import {
  createStaticHandler,
  isRouteErrorResponse,
  matchRoutes,
  type StaticHandler,
} from 'react-router';
import { decodeAnswers, encodeAnswers, type Answers, type Tree } from '@/engine';
import { findTree, trees } from '@/trees';
import { wizardState } from '@/features/wizard/use-wizard';
import { langOfPath, paths, switchLangHref } from '@/config/paths';
import { LANGS, isLang } from '@/i18n/langs';

// The root route's loader reads the browser's languages; Node 20 has no `navigator`.
vi.stubGlobal('navigator', { languages: ['en-US'] });

// react-router warns (and then matches the raw path) for malformed %-encoding: expected here.
const warn = console.warn.bind(console);
vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
  if (typeof args[0] === 'string' && args[0].includes('could not be decoded')) return;
  warn(...args);
});

const ORIGIN = 'http://localhost';

const treeIds = trees.map((t) => t.id);
const nodeIds = [...new Set(trees.flatMap((t) => t.nodes.map((n) => n.id)))];
const causeIds = [
  ...new Set(trees.flatMap((t) => t.nodes.filter((n) => n.kind === 'diagnosis').map((n) => n.id))),
];
const optionIds = [
  ...new Set(
    trees.flatMap((t) =>
      t.nodes.flatMap((n) =>
        n.kind === 'question'
          ? n.options.map((o) => o.id)
          : n.kind === 'check'
            ? ['pass', 'fail', 'unsure']
            : [],
      ),
    ),
  ),
];
const computeKeys = trees.flatMap((t) =>
  t.nodes.flatMap((n) => (n.kind === 'compute' ? n.fields.map((f) => `${n.id}.${f.id}`) : [])),
);

/** Words of the app's own routes, mixed into generated paths so real routes are hit often. */
const routeWords = [
  ...LANGS,
  'xx',
  'EN',
  'ja-JP',
  'diagnose',
  'causes',
  'tools',
  'support',
  'cases',
  'client-cidr',
  'firewall-rules',
  'log-analyzer',
  'inspector',
  'clock',
  ...treeIds,
  ...causeIds.slice(0, 12),
];

const hostile = [
  '',
  '.',
  '..',
  '%2e%2e',
  '..%2f..%2f',
  '..%2F..%2Fetc%2Fpasswd',
  '%00',
  '%',
  '%%',
  '%E0%A4%A',
  '%ZZ',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '%3Cscript%3E',
  'javascript:alert(1)',
  '\\..\\..\\',
  '\u0000',
  '\u202e',
  '\ud800',
  '😀',
  'ｄｉａｇｎｏｓｅ',
  '診断',
  ' ',
  '\t\n',
  'a'.repeat(300),
];

const junkText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom(...hostile),
);

/** A raw path segment: a route word, a hostile constant or random text (raw or %-encoded). */
const segment = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...routeWords) },
  { weight: 2, arbitrary: fc.constantFrom(...hostile) },
  {
    weight: 1,
    arbitrary: junkText.map((s) => encodeURIComponent(s.replace(/[\ud800-\udfff]/g, ''))),
  },
  { weight: 1, arbitrary: junkText },
);

const langish = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...LANGS) },
  { weight: 1, arbitrary: segment },
);
const orJunk = (words: readonly string[]) =>
  fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...words) }, { weight: 1, arbitrary: segment });
/** The app's own route shapes with real or junk parameters, and extra segments now and then. */
const routeShape = fc.oneof(
  fc.constant<string[]>([]),
  fc.tuple(fc.constant('diagnose'), orJunk(treeIds)),
  fc.tuple(fc.constant('causes'), orJunk(causeIds)),
  fc.constant(['causes']),
  fc.tuple(
    fc.constant('tools'),
    orJunk(['client-cidr', 'firewall-rules', 'log-analyzer', 'inspector', 'clock']),
  ),
  fc.constant(['support', 'cases']),
);

/** A path as typed into the address bar (the URL parser normalises it like a browser does). */
const rawPath = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .tuple(
        langish,
        routeShape,
        fc.array(segment, { maxLength: 2 }),
        fc.nat({ max: 4 }),
        fc.boolean(),
      )
      .map(
        ([lang, shape, extra, keep, slash]) =>
          `/${[lang, ...shape, ...(keep === 0 ? extra : [])].join('/')}${slash ? '/' : ''}`,
      ),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.array(segment, { minLength: 0, maxLength: 5 }), fc.boolean())
      .map(([segs, slash]) => `/${segs.join('/')}${slash ? '/' : ''}`),
  },
);

const queryKey = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...nodeIds) },
  { weight: 2, arbitrary: fc.constantFrom(...computeKeys) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('edit', 'support', 'lang', 'from', '__proto__', 'constructor'),
  },
  { weight: 1, arbitrary: junkText },
);
const queryValue = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...optionIds) },
  { weight: 1, arbitrary: fc.constantFrom(...nodeIds) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '10.0.0.0/24',
      '192.168.0.0/26',
      '10.0.0.0/33',
      'fd00::/64',
      '::ffff:10.0.0.1',
      '50',
      '-1',
      '1e309',
      '0x10',
      '10.0.0.0/8,172.16.0.0/12',
      '',
    ),
  },
  { weight: 2, arbitrary: junkText },
  { weight: 1, arbitrary: fc.nat({ max: 5000 }).map((n) => 'x'.repeat(n)) },
);
/** A query string: pairs of (mostly real) keys and (mostly real) values, encoded or not. */
const rawQuery = fc.oneof(
  fc.constant(''),
  fc
    .tuple(fc.array(fc.tuple(queryKey, queryValue), { maxLength: 12 }), fc.boolean())
    .map(
      ([pairs, encode]) =>
        '?' +
        pairs
          .map(([k, v]) =>
            encode
              ? `${encodeURIComponent(k.replace(/[\ud800-\udfff]/g, ''))}=${encodeURIComponent(v.replace(/[\ud800-\udfff]/g, ''))}`
              : `${k}=${v}`,
          )
          .join('&'),
    ),
  junkText.map((s) => `?${s}`),
);

/** A walk's own answers plus junk: deep links that mostly reach real steps and diagnoses. */
const walkQuery = fc
  .tuple(
    fc.constantFrom(...trees),
    fc.array(fc.tuple(queryKey, queryValue), { maxLength: 6 }),
    fc.array(fc.constantFrom(...optionIds), { minLength: 1, maxLength: 10 }),
  )
  .map(([tree, junk, picks]) => {
    const answers: Record<string, string> = {};
    tree.nodes.forEach((n, i) => {
      if (n.kind === 'question' || n.kind === 'check') answers[n.id] = picks[i % picks.length]!;
    });
    const params = new URLSearchParams(answers);
    for (const [k, v] of junk) params.append(k, v);
    return { tree, query: `?${params.toString()}` };
  });

/** What the browser would show for a URL. */
type Shown =
  | { page: 'redirect'; to: string }
  | { page: 'not-found' }
  | { page: 'step' | 'diagnosis'; nodeId: string }
  | { page: 'start' | 'causes' | 'cause' | 'other' };

let handler: StaticHandler;

beforeAll(async () => {
  const { routes } = await import('./router');
  handler = createStaticHandler(routes);
});

/** Runs the real route matching and loaders for a URL and classifies the page it renders. */
async function show(url: URL): Promise<Shown> {
  const ctx = await handler.query(new Request(url));
  if (ctx instanceof Response) {
    expect([301, 302, 303, 307, 308]).toContain(ctx.status);
    return { page: 'redirect', to: ctx.headers.get('Location') ?? '' };
  }
  const errors = Object.values(ctx.errors ?? {});
  for (const e of errors) {
    // Only a 404 is an expected outcome (the not-found page); anything else is the error page.
    expect(isRouteErrorResponse(e) ? e.status : String(e), `${url.href}`).toBe(404);
  }
  if (errors.length > 0) return { page: 'not-found' };
  const leaf = ctx.matches.at(-1);
  if (!leaf) return { page: 'not-found' };
  const { route, params } = leaf;
  if (route.path === '*') return { page: 'not-found' };
  if (route.index) return { page: 'start' };
  if (route.path === paths.causes.path) return { page: 'causes' };
  if (route.path === paths.cause.path) return { page: 'cause' };
  if (route.path === paths.diagnose.path) {
    const tree = findTree(params.symptomId ?? '');
    expect(tree, url.href).toBeDefined(); // the loader 404s an unknown symptom
    const { resolution } = wizardState(tree as Tree, url.searchParams);
    expect(tree!.nodes).toContain(resolution.current);
    return resolution.done
      ? { page: 'diagnosis', nodeId: resolution.current.id }
      : { page: 'step', nodeId: resolution.current.id };
  }
  return { page: 'other' };
}

function urlOf(path: string, query = ''): URL | undefined {
  try {
    const url = new URL(path + query, ORIGIN);
    return url.origin === ORIGIN ? url : undefined;
  } catch {
    return undefined;
  }
}

describe('routes: properties', () => {
  it('any path and query → a step, a diagnosis, a page or not-found (3,000 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(rawPath, rawQuery, async (path, query) => {
        const url = urlOf(path, query);
        fc.pre(url !== undefined);
        const shown = await show(url);
        const lang = langOfPath(url.pathname);
        // Only `/` (which react-router also matches for `//`, `///`, …) redirects.
        if (shown.page === 'redirect') expect(url.pathname).toMatch(/^\/+$/);
        if (shown.page !== 'not-found' && shown.page !== 'redirect') expect(lang).toBeDefined();
        if (lang === undefined && !/^\/+$/.test(url.pathname)) expect(shown.page).toBe('not-found');
      }),
      { numRuns: 3000 },
    );
  }, 60_000);

  it('any query on every symptom → one of its steps or diagnoses (2,000 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...LANGS),
        fc.oneof(
          walkQuery,
          fc.tuple(fc.constantFrom(...trees), rawQuery).map(([tree, query]) => ({ tree, query })),
        ),
        async (lang, { tree, query }) => {
          const url = urlOf(`/${lang}/diagnose/${tree.id}`, query)!;
          const shown = await show(url);
          expect(['step', 'diagnosis']).toContain(shown.page);
          if ('nodeId' in shown) expect(tree.nodes.map((n) => n.id)).toContain(shown.nodeId);
        },
      ),
      { numRuns: 2000 },
    );
  }, 60_000);

  it('link builders round-trip through route matching (1,000 runs)', () => {
    const answers = fc
      .array(
        fc.tuple(
          fc.constantFrom(...nodeIds),
          fc.string({ minLength: 1, maxLength: 30 }).map((s) => s.replace(/[\ud800-\udfff]/g, 'x')),
        ),
        { maxLength: 6 },
      )
      .map((pairs) => Object.fromEntries(pairs) as Answers);
    fc.assert(
      fc.property(
        fc.constantFrom(...LANGS),
        fc.string({ minLength: 1, maxLength: 40 }).map((s) => s.replace(/[\ud800-\udfff]/g, 'x')),
        answers,
        (lang, id, ans) => {
          const diagnose = paths.diagnose.href(lang, id, ans);
          const m = matchRoutes(
            [{ path: paths.home.path, children: [{ path: paths.diagnose.path }] }],
            diagnose.split('?')[0]!,
          );
          expect(m?.at(-1)?.params).toEqual({ lang, symptomId: id });
          const query = diagnose.includes('?') ? diagnose.slice(diagnose.indexOf('?')) : '';
          expect(decodeAnswers(query)).toEqual(decodeAnswers(encodeAnswers(ans)));

          const cause = paths.cause.href(lang, id);
          const c = matchRoutes(
            [{ path: paths.home.path, children: [{ path: paths.cause.path }] }],
            cause,
          );
          expect(c?.at(-1)?.params).toEqual({ lang, causeId: id });
          expect(langOfPath(cause)).toBe(lang);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('language paths: properties', () => {
  /** A location as the browser reports it for something typed into the address bar. */
  const location = fc
    .tuple(
      fc.oneof(rawPath, fc.constantFrom('/en', '/ja', '/en/', '/ja/', '/', '/enx', '/jaa/b')),
      rawQuery,
      fc.oneof(
        fc.constant(''),
        junkText.map((s) => `#${s}`),
      ),
    )
    .map(([p, q, h]) => urlOf(p, q + h))
    .filter((u): u is URL => u !== undefined);

  it('switchLangHref keeps the place, the query and the hash (2,000 runs)', () => {
    fc.assert(
      fc.property(location, fc.constantFrom(...LANGS), (u, to) => {
        const href = switchLangHref(u.pathname, u.search, u.hash, to);
        const back = new URL(href, ORIGIN);
        expect(back.origin).toBe(ORIGIN);
        expect(langOfPath(back.pathname)).toBe(to);
        expect(back.search).toBe(u.search);
        expect(back.hash).toBe(u.hash);
        // The rest of the path is unchanged.
        const rest = (p: string) => p.replace(/^\/(en|ja)(?=\/|$)/, '').replace(/^\/?$/, '/');
        if (langOfPath(u.pathname)) expect(rest(back.pathname)).toBe(rest(u.pathname));
        else expect(back.pathname).toBe(`/${to}${u.pathname}`);
        // Switching there and back is the same as switching once; switching to itself is a no-op.
        for (const other of LANGS) {
          const twice = switchLangHref(back.pathname, back.search, back.hash, other);
          expect(twice).toBe(switchLangHref(u.pathname, u.search, u.hash, other));
        }
        expect(switchLangHref(back.pathname, back.search, back.hash, to)).toBe(href);
      }),
      { numRuns: 2000 },
    );
  });

  it('langOfPath and isLang never throw and accept only en and ja (2,000 runs)', () => {
    fc.assert(
      fc.property(
        fc.oneof(junkText, rawPath, fc.constantFrom(...routeWords)),
        fc.oneof(junkText, fc.constantFrom(...routeWords)),
        (path, word) => {
          expect(isLang(word)).toBe(word === 'en' || word === 'ja');
          const lang = langOfPath(path);
          const first = path.split('/')[1];
          expect(lang).toBe(first === 'en' || first === 'ja' ? first : undefined);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('routes: examples', () => {
  it.each([
    ['/', 'redirect'],
    ['/en/', 'start'],
    ['/ja/', 'start'],
    ['/en', 'start'],
    ['/xx/', 'not-found'],
    ['/en/causes', 'causes'],
    ['/en/causes/client-cert-expired', 'cause'],
    ['/ja/causes/%00', 'not-found'],
    ['/en/diagnose/..%2f..%2f', 'not-found'],
    ['/en/diagnose/__proto__', 'not-found'],
    ['/en/diagnose/constructor', 'not-found'],
    ['/en/no/such/page', 'not-found'],
    ['/en/diagnose/cannot-connect', 'step'],
    ['/en/diagnose/cannot-connect?platform=alibaba&log-message=tun-missing', 'diagnosis'],
    ['/en/diagnose/cannot-connect?__proto__=x&constructor=y&platform.alibaba=1', 'step'],
  ])('%s → %s', async (path, page) => {
    expect((await show(urlOf(path)!)).page).toBe(page);
  });
});
