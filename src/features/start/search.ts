/**
 * Ranked search over symptoms and causes with MiniSearch (BM25 over fields), loaded on demand
 * by the start page only when there is a query (see `search-loader.ts`).
 *
 * What the ranking adds to plain BM25:
 * - field boosts: symptom and cause titles first, then the quoted log lines (`keywords`), then
 *   summaries, then everything else the page says;
 * - negation-aware phrases: "cannot connect" / 「接続できない」 and "connected, but" /
 *   「接続しているのに」 become phrase tokens, so a query for one never ranks the other first;
 * - exact log lines: a keyword phrase that the query contains (a pasted log line) or that
 *   contains the query counts extra, more for the keywords listed first (the main signals);
 * - Japanese without spaces: runs of kana and kanji are split into bigrams.
 *
 * Pure and linear: tokenising is one pass over the text with bounded look-behind; no regex
 * with nested quantifiers. Never throws.
 */
import MiniSearch from 'minisearch';

export { searchDocs, searchNamespaces } from './search-docs';

/** One searchable item: a symptom or a cause, with its words in one language. */
export interface SearchDoc {
  readonly kind: 'symptom' | 'cause';
  readonly id: string;
  readonly title: string;
  /** Summary shown under the title in the results. */
  readonly summary: string;
  /** Exact phrases users type or paste: log lines, error texts, product words (main ones first). */
  readonly keywords: readonly string[];
  /** Everything else the page says. */
  readonly body: string;
}

/** A result: the document and how well it matched (higher first). */
export interface SearchHit {
  readonly doc: SearchDoc;
  readonly score: number;
}

/** Longest query read (characters). */
export const MAX_QUERY = 200;

/** Synthetic phrase tokens (no normal token can contain a space). */
export const NEG_CONNECT = 'phrase cannot-connect';
export const CONNECTED_BUT = 'phrase connected-but';

/** Folds width (全角/半角), case and spacing so "ＡＵＴＨ＿ＦＡＩＬＥＤ" matches "AUTH_FAILED". */
export function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

function isWordChar(c: number): boolean {
  return (
    (c >= 0x30 && c <= 0x39) || // 0-9
    (c >= 0x61 && c <= 0x7a) || // a-z (text is lower-cased)
    c === 0x5f || // _
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) // Latin-1 / Extended letters
  );
}

function isCjk(c: number): boolean {
  return (
    (c >= 0x3041 && c <= 0x30ff) || // hiragana, katakana (incl. ー)
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    c === 0x3005 // 々
  );
}

/** English words that carry no meaning for ranking (after phrase detection). */
const STOP = new Set(
  'a an the to of in on at by for from with and or is are was be been it its this that my i me we our your you can could do does did will would please when after what which there'.split(
    ' ',
  ),
);

/** Words that negate a following "connect…" within two words. */
const NEGATORS = new Set([
  'cannot',
  'cant',
  'not',
  'never',
  'unable',
  'fail',
  'fails',
  'failed',
  'failing',
  'failure',
  'wont',
  'couldnt',
  'doesnt',
  'dont',
  'isnt',
  'no',
]);

function isConnectWord(w: string): boolean {
  return w === 'connect' || w === 'connects' || w === 'connecting' || w === 'connection';
}

/** Japanese phrases (normalised) for "cannot connect" and for "connected, but …". */
const JA_NEG = [
  '接続できない',
  '接続できません',
  '接続に失敗',
  '接続失敗',
  'つながらない',
  '繋がらない',
  'つながりません',
  '繋がりません',
];
const JA_BUT = [
  '接続しているのに',
  '接続できているのに',
  '接続できるが',
  '接続できますが',
  '接続できても',
  '接続済み',
  'つながるが',
  'つながっているのに',
  '繋がっているのに',
  '接続後',
];

/**
 * The tokens of a text: lower-case Latin words (an apostrophe joins: "can't" → "cant"), bigrams
 * of each kana/kanji run (a one-character run stays whole), plus the phrase tokens.
 */
export function tokenize(text: string): string[] {
  const s = normalize(text.slice(0, 100_000));
  const out: string[] = [];
  const words: string[] = [];
  let i = 0;
  const n = s.length;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (isWordChar(c)) {
      let j = i;
      let w = '';
      while (j < n) {
        const d = s.charCodeAt(j);
        if (isWordChar(d)) w += s[j];
        else if ((d === 0x27 || d === 0x2019) && j + 1 < n && isWordChar(s.charCodeAt(j + 1))) {
          // an apostrophe inside a word: skip it
        } else break;
        j++;
      }
      words.push(w);
      phraseCheck(words, out);
      if (!STOP.has(w) && !NEGATORS.has(w) && w !== 'but') out.push(w);
      i = j;
    } else if (isCjk(c)) {
      let j = i;
      while (j < n && isCjk(s.charCodeAt(j))) j++;
      if (j - i === 1) out.push(s[i] ?? '');
      for (let k = i; k + 1 < j; k++) out.push(s.slice(k, k + 2));
      words.push('');
      i = j;
    } else {
      i++;
    }
  }
  for (const p of JA_NEG) if (s.includes(p)) out.push(NEG_CONNECT);
  for (const p of JA_BUT) if (s.includes(p)) out.push(CONNECTED_BUT);
  return out;
}

/** Looks back at most three words from the last one for "cannot connect" / "connected but". */
function phraseCheck(words: readonly string[], out: string[]) {
  const last = words.length - 1;
  const w = words[last] ?? '';
  const prev = words[last - 1] ?? '';
  // "connection failed", "connect fails", "connection refused"
  if (
    isConnectWord(prev) &&
    (w === 'failed' || w === 'fails' || w === 'refused' || w === 'failure')
  ) {
    out.push(NEG_CONNECT);
  }
  if (isConnectWord(w)) {
    for (let k = last - 1; k >= 0 && k >= last - 3; k--) {
      const p = words[k] ?? '';
      if (NEGATORS.has(p)) {
        out.push(NEG_CONNECT);
        break;
      }
    }
  }
  if (w === 'but') {
    for (let k = last - 1; k >= 0 && k >= last - 2; k--) {
      const p = words[k] ?? '';
      if (p === 'connected' || p === 'connects' || p === 'connect' || p === 'up') {
        out.push(CONNECTED_BUT);
        break;
      }
    }
  }
}

/** The query's quoted phrases ("…", “…”, 「…」), normalised; at most 12. */
export function phrases(query: string): string[] {
  const out: string[] = [];
  const q = normalize(query);
  const pairs: readonly (readonly [string, string])[] = [
    ['"', '"'],
    ['“', '”'],
    ['「', '」'],
  ];
  for (const [open, close] of pairs) {
    let from = 0;
    while (out.length < 12) {
      const a = q.indexOf(open, from);
      if (a === -1) break;
      const b = q.indexOf(close, a + 1);
      if (b === -1) break;
      const p = q.slice(a + 1, b).trim();
      if (p) out.push(p);
      from = b + 1;
    }
  }
  return out;
}

const FIELDS = ['title', 'keywords', 'summary', 'body'] as const;
const BOOST = { title: 6, keywords: 4, summary: 2, body: 0.6 };

interface Indexed {
  readonly id: string;
  readonly title: string;
  readonly keywords: string;
  readonly summary: string;
  readonly body: string;
}

/** A built index over a language's documents. */
export interface SearchIndex {
  readonly docs: ReadonlyMap<string, SearchDoc>;
  readonly mini: MiniSearch<Indexed>;
  /** Normalised keyword phrases per document, main ones first. */
  readonly phrases: ReadonlyMap<string, readonly string[]>;
  /** Phrase tokens per document title+summary (the symptom's stance). */
  readonly stance: ReadonlyMap<string, Stance>;
}

/** What a title says about the symptom's scope: cannot connect, connected but, only some. */
interface Stance {
  readonly neg: boolean;
  readonly but: boolean;
  readonly narrow: boolean;
}

const NARROW_WORDS = new Set(['only', 'some', 'certain']);
const NARROW_JA = ['一部', 'だけ', 'しか', '特定の'];

/** True when a (normalised) text restricts itself to some clients or users. */
function isNarrow(text: string): boolean {
  if (NARROW_JA.some((w) => text.includes(w))) return true;
  return text.split(/[^a-z]+/).some((w) => NARROW_WORDS.has(w));
}

const keyOf = (d: SearchDoc) => `${d.kind}:${d.id}`;

/** Builds the index (once per language). */
export function buildIndex(docs: readonly SearchDoc[]): SearchIndex {
  const mini = new MiniSearch<Indexed>({
    fields: [...FIELDS],
    idField: 'id',
    tokenize: (text) => tokenize(text),
    processTerm: (term) => term,
    searchOptions: { tokenize: (text) => tokenize(text), processTerm: (term) => term },
  });
  const byKey = new Map<string, SearchDoc>();
  const phraseMap = new Map<string, string[]>();
  const stance = new Map<string, Stance>();
  for (const d of docs) {
    const key = keyOf(d);
    if (byKey.has(key)) continue;
    byKey.set(key, d);
    phraseMap.set(
      key,
      d.keywords.map(normalize).filter((p) => p.length >= 3),
    );
    const head = tokenize(`${d.title} ${d.summary}`);
    stance.set(key, {
      neg: head.includes(NEG_CONNECT),
      but: head.includes(CONNECTED_BUT),
      narrow: isNarrow(normalize(d.title)),
    });
    mini.add({
      id: key,
      title: d.title,
      keywords: d.keywords.join(' , '),
      summary: d.summary,
      body: d.body,
    });
  }
  return { docs: byKey, mini, phrases: phraseMap, stance };
}

/**
 * The documents matching a query, best first. Every word must match (a word of four letters
 * or more also matches as a prefix: "connect" finds "connection"); when nothing matches every
 * word (a long pasted log line), the best partial matches are shown, those scoring at least a
 * third of the best. Quoted phrases must appear as they are.
 */
export function search(index: SearchIndex, query: string, limit = 12): SearchHit[] {
  const q = query.slice(0, MAX_QUERY);
  const nq = normalize(q);
  const qTokens = tokenize(q);
  if (qTokens.length === 0) return [];
  const qNeg = qTokens.includes(NEG_CONNECT);
  const qBut = qTokens.includes(CONNECTED_BUT);
  const qNarrow = isNarrow(nq);
  const quoted = phrases(q);
  const options = {
    boost: BOOST,
    prefix: (term: string) => term.length >= 4 && !term.startsWith('phrase '),
    weights: { fuzzy: 0, prefix: 0.5 },
  };
  let raw = index.mini.search(q, { ...options, combineWith: 'AND' });
  if (raw.length === 0) {
    raw = index.mini.search(q, { ...options, combineWith: 'OR' });
  }
  const scored: SearchHit[] = [];
  for (const r of raw) {
    const key = String(r.id);
    const doc = index.docs.get(key);
    if (!doc) continue;
    const text = normalize(`${doc.title} ${doc.summary} ${doc.keywords.join(' ')} ${doc.body}`);
    if (quoted.some((p) => !text.includes(p))) continue;
    let score = r.score;
    // Exact log lines and phrases: the query contains a keyword, or a keyword the query.
    const list = index.phrases.get(key) ?? [];
    let best = 0;
    list.forEach((p, i) => {
      // A keyword equal to the query or inside a pasted line counts fully; a keyword that only
      // contains the query ("1台だけ接続できない" for "接続できない") counts half.
      const whole = p === nq || (p.length >= 6 && nq.includes(p));
      const part = !whole && nq.length >= 4 && p.includes(nq);
      const weight = (whole ? 1 : part ? 0.5 : 0) * (1 - (0.4 * i) / Math.max(1, list.length));
      best = Math.max(best, weight);
    });
    score *= 1 + 1.5 * best;
    // The stance of the symptom: "cannot connect" versus "connected, but …".
    const st = index.stance.get(key);
    if (st) {
      if ((qNeg && st.but && !st.neg) || (qBut && st.neg && !st.but)) score *= 0.25;
      if ((qNeg && st.neg) || (qBut && st.but)) score *= 1.5;
    }
    // A symptom first: its walk asks the question that tells apart the causes behind one line.
    if (doc.kind === 'symptom') score *= 2;
    // A narrower symptom ("only some clients") only when the query narrows too.
    if (st?.narrow && !qNarrow) score *= 0.6;
    scored.push({ doc, score });
  }
  scored.sort((a, b) => b.score - a.score || a.doc.title.localeCompare(b.doc.title));
  const top = scored[0]?.score ?? 0;
  return scored.filter((h) => h.score >= top / 3).slice(0, limit);
}
