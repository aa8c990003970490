import { expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { allPaths, nodeIndex, type Tree, type TreePath } from '../src/engine';
import { evaluators } from '../src/network/evaluators';

/** The `<main>` of the step with the testing contract's attributes. */
export function main(page: Page) {
  return page.locator('main#main');
}

/** Waits until the page shows the node with this id. */
export async function expectNode(page: Page, nodeId: string, kind?: string) {
  await expect(main(page)).toHaveAttribute('data-node-id', nodeId);
  if (kind) await expect(main(page)).toHaveAttribute('data-node-kind', kind);
}

/** Answers the current step as the path says, and presses Continue (or 次へ). */
export async function answerStep(
  page: Page,
  tree: Tree,
  nodeId: string,
  path: TreePath,
  lang: 'en' | 'ja',
) {
  const node = nodeIndex(tree).get(nodeId);
  if (!node) throw new Error(`no node ${nodeId}`);
  await expectNode(page, nodeId, node.kind);
  const answer = path.answers[nodeId];
  if (node.kind === 'compute' && answer === 'unsure') {
    await page
      .getByRole('button', {
        name: lang === 'en' ? "I don't know these values" : '値が分からないので次へ進む',
      })
      .click();
    return;
  }
  if (node.kind === 'compute') {
    const input = typeof answer === 'object' ? answer : {};
    for (const f of node.fields) {
      const value = input[f.id] ?? '';
      if (f.type === 'choice') {
        if (value) await page.locator(`#${nodeId}-${f.id}-${value}`).check();
      } else await page.locator(`#${nodeId}-${f.id}`).fill(value);
    }
  } else {
    if (typeof answer !== 'string') throw new Error(`no answer for ${nodeId}`);
    await page.locator(`#${nodeId}-${answer}`).check();
  }
  await page
    .getByRole('button', { name: lang === 'en' ? 'Continue' : '次へ', exact: true })
    .click();
}

/** Walks a whole path from the symptom's first step to its diagnosis through the UI. */
export async function walk(page: Page, tree: Tree, path: TreePath, lang: 'en' | 'ja') {
  await page.goto(`/${lang}/diagnose/${tree.id}`);
  for (const s of path.steps) await answerStep(page, tree, s.nodeId, path, lang);
  await expectNode(page, path.diagnosis, 'diagnosis');
}

/** Every path of a tree. */
export function pathsOf(tree: Tree): TreePath[] {
  return allPaths(tree, evaluators);
}

/** One shortest path per diagnosis. */
export function onePathPerDiagnosis(tree: Tree): TreePath[] {
  const best = new Map<string, TreePath>();
  for (const p of pathsOf(tree)) {
    const b = best.get(p.diagnosis);
    if (!b || p.steps.length < b.steps.length) best.set(p.diagnosis, p);
  }
  return [...best.values()];
}

/** Runs axe (WCAG 2.2 A/AA) and expects no violations. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

/**
 * The body lines of the key blocks in `text` (PEM base64 or static-key hex; BEGIN/END markers
 * and comments are public words, not key material).
 */
export function keyLines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length >= 16 && !l.startsWith('-----') && !l.startsWith('#'));
}

/** Headers of key blocks: their presence in the page would mean a block's text was shown. */
const KEY_HEADERS = [
  'PRIVATE KEY-----',
  'OpenVPN Static key V1-----',
  'tls-crypt-v2 client key-----',
];

/**
 * Expects none of `lines` (key material, see {@link keyLines}) in the page's HTML and text, its
 * URL (also decoded, and any 20-character start), its history state, localStorage,
 * sessionStorage, IndexedDB (database and store names, keys and values) or Cache Storage URLs.
 */
export async function expectNoKeyMaterial(page: Page, lines: readonly string[]) {
  expect(lines.length).toBeGreaterThan(0);
  const html = await page.content();
  const seen = await page.evaluate(async () => {
    const done = <T>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
      });
    const idb: unknown[] = [];
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      idb.push(info.name);
      const db = await done(indexedDB.open(info.name));
      for (const name of Array.from(db.objectStoreNames)) {
        const store = db.transaction(name, 'readonly').objectStore(name);
        idb.push(name, await done(store.getAllKeys()), await done(store.getAll()));
      }
      db.close();
    }
    const cached: string[] = [];
    for (const name of await caches.keys()) {
      cached.push(name, ...(await (await caches.open(name)).keys()).map((r) => r.url));
    }
    return {
      text: document.body.innerText,
      storage: JSON.stringify([{ ...localStorage }, { ...sessionStorage }]),
      idb: JSON.stringify(idb),
      history: JSON.stringify(history.state),
      cached: cached.join('\n'),
    };
  });
  const url = page.url();
  const places = { html, ...seen, url: `${url}\n${decodeURIComponent(url)}` };
  for (const [where, value] of Object.entries(places)) {
    for (const line of lines) {
      expect(value, `key material in ${where}`).not.toContain(line);
      expect(value, `key material in ${where}`).not.toContain(line.slice(0, 20));
    }
    for (const header of KEY_HEADERS) expect(value, `${header} in ${where}`).not.toContain(header);
  }
}
