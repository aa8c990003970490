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
