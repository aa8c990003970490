/** One searchable item: a symptom or a cause, with its words in one language. */
export interface SearchDoc {
  readonly kind: 'symptom' | 'cause';
  readonly id: string;
  readonly title: string;
  /** Summary shown under the title in the results. */
  readonly summary: string;
  /** Everything else that should match: keywords (incl. exact log phrases), cause text. */
  readonly body: string;
}

/** A result: the document and how well it matched (higher first). */
export interface SearchHit {
  readonly doc: SearchDoc;
  readonly score: number;
}

/** Folds width (全角/半角), case and spacing so "ＡＵＴＨ＿ＦＡＩＬＥＤ" matches "AUTH_FAILED". */
export function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The query's terms: space-separated words; a quoted "phrase" stays one term. */
export function terms(query: string): string[] {
  const out: string[] = [];
  const re = /"([^"]+)"|“([^”]+)”|「([^」]+)」|(\S+)/g;
  const q = normalize(query);
  for (let m = re.exec(q); m; m = re.exec(q)) {
    const term = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? '').trim();
    if (term) out.push(term);
  }
  return out.slice(0, 12);
}

/**
 * Finds the documents containing every term (substring match, so Japanese without spaces and
 * exact log phrases both work). Title matches rank above summary matches, above body matches.
 * Pure; never throws.
 */
export function search(docs: readonly SearchDoc[], query: string, limit = 20): SearchHit[] {
  const ts = terms(query);
  if (ts.length === 0) return [];
  const hits: SearchHit[] = [];
  for (const doc of docs) {
    const title = normalize(doc.title);
    const summary = normalize(doc.summary);
    const body = normalize(doc.body);
    let score = 0;
    let all = true;
    for (const term of ts) {
      if (title.includes(term)) score += 5;
      else if (summary.includes(term)) score += 3;
      else if (body.includes(term)) score += 1;
      else {
        all = false;
        break;
      }
    }
    if (all) hits.push({ doc, score: score + (doc.kind === 'symptom' ? 0.5 : 0) });
  }
  return hits
    .sort((a, b) => b.score - a.score || a.doc.title.localeCompare(b.doc.title))
    .slice(0, limit);
}
