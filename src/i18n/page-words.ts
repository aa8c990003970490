import type { BundleMap } from './i18n';

/** The id of the JSON data block that carries a prerendered page's words. */
export const WORDS_ELEMENT_ID = 'page-words';

/**
 * The data block for a page's words: `<script type="application/json">` is a data block, not a
 * script (the browser never executes it, so `script-src 'self'` is not involved). `<` is
 * escaped so no text inside can close the element; U+2028/2029 for old JSON readers.
 */
export function wordsBlock(bundles: BundleMap): string {
  const json = JSON.stringify(bundles)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return `<script type="application/json" id="${WORDS_ELEMENT_ID}">${json}</script>`;
}
