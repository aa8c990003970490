import { causeNamespace, treeNamespace } from '@/engine';
import { trees } from '@/trees';
import type { SearchDoc } from './search';

/** Every cause id of every tree, once. */
export function searchableCauseIds(): string[] {
  return [
    ...new Set(
      trees.flatMap((t) => t.nodes.filter((n) => n.kind === 'diagnosis').map((n) => n.id)),
    ),
  ];
}

/** The namespaces search reads (loaded only when there is a query). */
export function searchNamespaces(): string[] {
  return [...trees.map((t) => treeNamespace(t.id)), ...searchableCauseIds().map(causeNamespace)];
}

/** Splits comma-separated keywords ("a, b, c") into phrases. */
export function splitKeywords(text: string): string[] {
  return text
    .split(/[,、，]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Every string in a locale value, joined by spaces. */
export function flat(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(flat).join(' ');
  if (typeof value === 'object' && value !== null) return Object.values(value).map(flat).join(' ');
  return '';
}

/**
 * The search documents of one language: every symptom and every cause. `get` reads one
 * interpolated string (empty when absent), `bundle` a whole namespace.
 */
export function searchDocs(
  get: (ns: string, key: string) => string,
  bundle: (ns: string) => unknown,
): SearchDoc[] {
  const doc = (kind: SearchDoc['kind'], id: string, ns: string): SearchDoc => ({
    kind,
    id,
    title: get(ns, 'title'),
    summary: get(ns, 'summary'),
    keywords: splitKeywords(get(ns, 'keywords')),
    body: flat(bundle(ns)),
  });
  return [
    ...trees.map((tree) => doc('symptom', tree.id, treeNamespace(tree.id))),
    ...searchableCauseIds().map((id) => doc('cause', id, causeNamespace(id))),
  ];
}
