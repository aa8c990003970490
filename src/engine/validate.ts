import { CHECK_OUTCOMES, COMPUTE_UNSURE } from './types';
import { edges, isId, nodeIndex } from './tree-index';
import { RESERVED_KEYS } from './url';
import type { EvaluatorRegistry, Tree, TreeNode } from './types';

/** One parsed locale file (`locales/<lang>/<namespace>.json`). */
export type LocaleBundle = Readonly<Record<string, unknown>>;

/** The namespace holding a tree's words (its non-diagnosis nodes): `tree-<treeId>`. */
export function treeNamespace(treeId: string): string {
  return `tree-${treeId}`;
}

/**
 * The namespace holding a diagnosis' words: `cause-<diagnosisId>`. Diagnoses are a shared cause
 * library: two trees that end in the same cause use the same id and the same words.
 */
export function causeNamespace(diagnosisId: string): string {
  return `cause-${diagnosisId}`;
}

/** Options for {@link validateTree}. */
export interface ValidateOptions {
  readonly evaluators: EvaluatorRegistry;
  /**
   * Language → namespace → bundle (every locale file of that language). When given, the words
   * of the tree and of each of its diagnoses are checked in every language.
   */
  readonly locales?: Readonly<Record<string, Readonly<Record<string, LocaleBundle>>>>;
}

/**
 * The text keys of each node kind in the locale bundle (`nodes.<nodeId>.<key>`).
 * `required` keys must be present and non-empty; `optional` keys may be; anything else is
 * reported as unused.
 */
export const NODE_TEXT_KEYS = {
  question: { required: ['title', 'options'], optional: ['help', 'hints'] },
  check: { required: ['title', 'body', 'options'], optional: ['help', 'commands'] },
  compute: { required: ['title', 'fields', 'results'], optional: ['help'] },
} as const satisfies Record<
  Exclude<TreeNode['kind'], 'diagnosis'>,
  { required: readonly string[]; optional: readonly string[] }
>;

/** The keys of a cause file (`cause-<diagnosisId>.json`). */
export const CAUSE_TEXT_KEYS = {
  required: ['title', 'summary', 'cause', 'steps', 'verify', 'collect', 'sources'],
  optional: ['keywords'],
} as const;

/** Tree-level keys of a bundle besides `nodes`. */
export const TREE_TEXT_KEYS = { required: ['title', 'summary'], optional: ['keywords'] } as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every leaf path of a JSON value (`a.b.0.c`), with its value. */
function leaves(value: unknown, prefix = ''): [string, unknown][] {
  if (Array.isArray(value)) {
    if (value.length === 0) return [[prefix, value]];
    return value.flatMap((v, i) => leaves(v, prefix ? `${prefix}.${i}` : String(i)));
  }
  if (isRecord(value)) {
    const entries = Object.entries(value);
    if (entries.length === 0) return [[prefix, value]];
    return entries.flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
  }
  return [[prefix, value]];
}

function expectedSubKeys(
  node: Exclude<TreeNode, { kind: 'diagnosis' }>,
  key: string,
): readonly string[] | undefined {
  if (key === 'options') {
    if (node.kind === 'question') return node.options.map((o) => o.id);
    if (node.kind === 'check') return CHECK_OUTCOMES;
  }
  if (key === 'hints' && node.kind === 'question') return undefined;
  if (node.kind === 'compute') {
    if (key === 'fields') return node.fields.map((f) => f.id);
    if (key === 'results')
      return [...Object.keys(node.results), ...(node.unsure ? [COMPUTE_UNSURE] : [])];
  }
  return undefined;
}

function checkNodeText(
  node: Exclude<TreeNode, { kind: 'diagnosis' }>,
  text: unknown,
  where: string,
  errors: string[],
): void {
  if (!isRecord(text)) {
    errors.push(`${where}: missing text for ${node.kind} "${node.id}"`);
    return;
  }
  const spec = NODE_TEXT_KEYS[node.kind];
  const allowed = new Set<string>([...spec.required, ...spec.optional]);
  for (const key of spec.required) {
    if (!Object.hasOwn(text, key)) errors.push(`${where}: "${node.id}" lacks "${key}"`);
  }
  for (const key of Object.keys(text)) {
    if (!allowed.has(key)) {
      errors.push(`${where}: "${node.id}.${key}" is unused`);
      continue;
    }
    const sub = expectedSubKeys(node, key);
    if (!sub) continue;
    const value = text[key];
    if (!isRecord(value)) {
      errors.push(`${where}: "${node.id}.${key}" must be an object`);
      continue;
    }
    for (const k of sub)
      if (!Object.hasOwn(value, k)) errors.push(`${where}: "${node.id}.${key}.${k}" missing`);
    for (const k of Object.keys(value))
      if (!sub.includes(k)) errors.push(`${where}: "${node.id}.${key}.${k}" is unused`);
  }
  if (node.kind === 'question' && isRecord(text.hints)) {
    const ids = node.options.map((o) => o.id);
    for (const k of Object.keys(text.hints))
      if (!ids.includes(k)) errors.push(`${where}: "${node.id}.hints.${k}" is unused`);
  }
}

/** Reports empty strings and non-text leaves of a bundle. */
function checkLeaves(bundle: LocaleBundle, where: string, errors: string[]): void {
  for (const [path, value] of leaves(bundle)) {
    if (typeof value === 'string' ? value.trim() === '' : typeof value !== 'number') {
      errors.push(`${where}: "${path}" is empty or not text`);
    }
  }
}

function checkKeys(
  bundle: LocaleBundle,
  spec: { readonly required: readonly string[]; readonly optional: readonly string[] },
  where: string,
  errors: string[],
  extra: readonly string[] = [],
): void {
  for (const key of spec.required)
    if (!Object.hasOwn(bundle, key)) errors.push(`${where}: lacks "${key}"`);
  const allowed = new Set<string>([...spec.required, ...spec.optional, ...extra]);
  for (const key of Object.keys(bundle))
    if (!allowed.has(key)) errors.push(`${where}: "${key}" is unused`);
}

function checkBundle(
  tree: Tree,
  lang: string,
  files: Readonly<Record<string, LocaleBundle>>,
  errors: string[],
): void {
  const ns = treeNamespace(tree.id);
  const where = `${lang}/${ns}`;
  const bundle = files[ns];
  if (!bundle) {
    errors.push(`${where}.json is missing`);
    return;
  }
  checkKeys(bundle, TREE_TEXT_KEYS, where, errors, ['nodes']);
  checkLeaves(bundle, where, errors);
  const nodes = bundle.nodes;
  if (!isRecord(nodes)) {
    errors.push(`${where}: lacks "nodes"`);
    return;
  }
  const index = nodeIndex(tree);
  for (const node of tree.nodes) {
    if (node.kind === 'diagnosis') {
      const cns = causeNamespace(node.id);
      const cause = files[cns];
      if (!cause) errors.push(`${lang}/${cns}.json is missing`);
      else {
        checkKeys(cause, CAUSE_TEXT_KEYS, `${lang}/${cns}`, errors);
        checkLeaves(cause, `${lang}/${cns}`, errors);
      }
      if (Object.hasOwn(nodes, node.id))
        errors.push(`${where}: diagnosis "${node.id}" belongs in ${cns}.json`);
      continue;
    }
    checkNodeText(node, nodes[node.id], where, errors);
  }
  for (const id of Object.keys(nodes))
    if (!index.has(id)) errors.push(`${where}: node "${id}" is unused`);
}

/** Reports keys present in one language's bundle and not in another's. */
function checkParity(
  locales: Readonly<Record<string, Readonly<Record<string, LocaleBundle>>>>,
  namespaces: readonly string[],
  errors: string[],
): void {
  const langs = Object.keys(locales);
  for (const ns of namespaces) {
    const keySets = langs.map((lang) => {
      const bundle = locales[lang]?.[ns];
      return [lang, new Set(bundle ? leaves(bundle).map(([p]) => p) : [])] as const;
    });
    for (const [lang, keys] of keySets) {
      for (const [other, otherKeys] of keySets) {
        if (lang === other) continue;
        for (const k of keys)
          if (!otherKeys.has(k)) errors.push(`${ns}: "${k}" is in ${lang} but not in ${other}`);
      }
    }
  }
}

/**
 * Checks a tree's structure (and, given locale bundles, its words). Returns a list of human-
 * readable problems; an empty list means the tree is sound:
 * - ids are kebab-case, unique, and not reserved query keys;
 * - every edge targets an existing node; every node is reachable from the root;
 * - no cycle; every non-diagnosis node can reach a diagnosis; questions have 2+ options;
 * - every named evaluator exists, lists exactly the node's result keys, and its examples give
 *   the results they are named for;
 * - every text key is present in each language (tree words in `tree-<id>`, each diagnosis in
 *   `cause-<id>`), none is unused or empty, and the languages match key for key.
 */
export function validateTree(tree: Tree, options: ValidateOptions): string[] {
  const errors: string[] = [];
  const index = nodeIndex(tree);
  if (!isId(tree.id)) errors.push(`tree id "${tree.id}" is not kebab-case`);
  const seenIds = new Set<string>();
  for (const node of tree.nodes) {
    if (seenIds.has(node.id)) errors.push(`duplicate node id "${node.id}"`);
    seenIds.add(node.id);
    if (!isId(node.id)) errors.push(`node id "${node.id}" is not kebab-case`);
    if (RESERVED_KEYS.has(node.id)) errors.push(`node id "${node.id}" is a reserved query key`);
    const out = edges(node);
    const outcomes = out.map(([o]) => o);
    if (new Set(outcomes).size !== outcomes.length)
      errors.push(`"${node.id}" repeats an answer id`);
    for (const [outcome, next] of out) {
      if (!isId(outcome)) errors.push(`"${node.id}" answer "${outcome}" is not kebab-case`);
      if (!index.has(next)) errors.push(`"${node.id}" → "${next}" targets a missing node`);
    }
    if (node.kind === 'question' && node.options.length < 2)
      errors.push(`question "${node.id}" has fewer than 2 options`);
    if (node.kind === 'compute') {
      for (const f of node.fields)
        if (!isId(f.id)) errors.push(`"${node.id}" field "${f.id}" is not kebab-case`);
      const evaluator = options.evaluators[node.evaluator];
      if (!evaluator) {
        errors.push(`"${node.id}" names missing evaluator "${node.evaluator}"`);
      } else {
        const want = Object.keys(node.results).sort().join(',');
        const have = [...evaluator.results].sort().join(',');
        if (want !== have)
          errors.push(`"${node.id}" results [${want}] ≠ evaluator results [${have}]`);
        for (const r of evaluator.results) {
          const example = evaluator.examples[r];
          const verdict = example ? evaluator.evaluate(example) : undefined;
          if (!verdict?.ok || verdict.result !== r)
            errors.push(`evaluator "${node.evaluator}" example for "${r}" does not give it`);
        }
      }
    }
  }
  if (!index.has(tree.root)) {
    errors.push(`root "${tree.root}" is missing`);
    return errors;
  }

  // Reachability and cycles (iterative DFS with colours).
  const colour = new Map<string, 1 | 2>();
  const visit = (id: string, stack: string[]) => {
    const node = index.get(id);
    if (!node) return;
    const c = colour.get(id);
    if (c === 1) {
      errors.push(`cycle: ${[...stack, id].join(' → ')}`);
      return;
    }
    if (c === 2) return;
    colour.set(id, 1);
    for (const [, next] of edges(node)) visit(next, [...stack, id]);
    colour.set(id, 2);
  };
  visit(tree.root, []);
  for (const node of tree.nodes)
    if (!colour.has(node.id)) errors.push(`"${node.id}" is unreachable from the root`);

  // Every node leads to some diagnosis (no dead ends).
  const reachesDiagnosis = new Set<string>(
    tree.nodes.filter((n) => n.kind === 'diagnosis').map((n) => n.id),
  );
  for (let changed = true; changed;) {
    changed = false;
    for (const node of tree.nodes) {
      if (reachesDiagnosis.has(node.id)) continue;
      if (edges(node).some(([, next]) => reachesDiagnosis.has(next))) {
        reachesDiagnosis.add(node.id);
        changed = true;
      }
    }
  }
  for (const node of tree.nodes)
    if (!reachesDiagnosis.has(node.id)) errors.push(`"${node.id}" leads to no diagnosis`);

  if (options.locales) {
    for (const [lang, files] of Object.entries(options.locales))
      checkBundle(tree, lang, files, errors);
    const namespaces = [
      treeNamespace(tree.id),
      ...tree.nodes.filter((n) => n.kind === 'diagnosis').map((n) => causeNamespace(n.id)),
    ];
    checkParity(options.locales, namespaces, errors);
  }
  return errors;
}
