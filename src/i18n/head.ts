import type { TFunction } from 'i18next';
import type { Params } from 'react-router';
import type { Lang } from './langs';
import type { LooseT } from './use-lang';

/** What a route's head function gets: words of the route's language and the route's URL. */
export interface HeadContext {
  /** `t` fixed to the route's language (namespaces the route's loader loaded are present). */
  readonly t: TFunction;
  /** The same, for words of a per-item namespace (`cause-<id>`, `tree-<id>`) or keys from data. */
  readonly looseT: LooseT;
  readonly lang: Lang;
  readonly params: Params;
  readonly search: URLSearchParams;
}

/** A page's title (without the app name) and description. */
export interface PageHead {
  /** The page's own title parts, most specific first; the app name is appended by `documentTitle`. */
  readonly title: readonly string[];
  readonly description?: string;
}

/** Computes a page's head: the only source of titles, read by the layout and the prerenderer. */
export type HeadFn = (context: HeadContext) => PageHead;

/** What every route module may put in its `handle`. */
export interface RouteHandle {
  readonly head?: HeadFn;
}

/** The `head` of a route's handle, if it has one. */
export function headOf(handle: unknown): HeadFn | undefined {
  if (typeof handle !== 'object' || handle === null) return undefined;
  const head = (handle as RouteHandle).head;
  return typeof head === 'function' ? head : undefined;
}

/** The document title: the page's parts, then the app name, joined by an en dash. */
export function documentTitle(parts: readonly (string | undefined)[], appName: string): string {
  return [...parts, appName].filter(Boolean).join(' – ');
}
