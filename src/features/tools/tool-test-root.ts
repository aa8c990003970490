/**
 * Test helper for the tools' jsdom tests: the tools' words in the given languages, and a fresh
 * React root in its own host element for each test (unmounted and removed after it).
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, beforeEach } from 'vitest';
import { ensureNamespaces } from '@/i18n/i18n';
import type { Lang } from '@/i18n/langs';
import { TOOL_NAMESPACES } from './tools-loader';

export function toolTestRoot(langs: readonly Lang[]): () => Root {
  let root: Root | undefined;
  let host: HTMLElement | undefined;
  beforeAll(async () => {
    // jsdom does not scroll.
    Element.prototype.scrollIntoView = () => undefined;
    for (const lang of langs) await ensureNamespaces(lang, TOOL_NAMESPACES);
  });
  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
  });
  afterEach(() => {
    act(() => root?.unmount());
    host?.remove();
  });
  return () => {
    if (!root) throw new Error('toolTestRoot: no root outside a test');
    return root;
  };
}
