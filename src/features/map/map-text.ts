import { useMemo } from 'react';
import {
  causeNamespace,
  edges,
  treeNamespace,
  type NodeKind,
  type Tree,
  type TreeNode,
} from '@/engine';
import { evaluators } from '@/network/evaluators';
import { paths } from '@/config/paths';
import { type Lang } from '@/i18n/langs';
import { useLooseT, useT } from '@/i18n/use-lang';
import { useTerms } from '@/i18n/use-terms';
import { entries, type Entry } from './graph';
import type { BoxText } from './box';

/** The words and link of one node of a tree map, in the active language. */
export interface MapNodeText extends BoxText {
  readonly node: TreeNode;
  /** The wizard at this node (with the answers that lead there), or the cause page. */
  readonly href: string;
  /** The link's accessible name: kind, id, title and where it goes. */
  readonly linkLabel: string;
}

/** The namespaces a tree map needs. */
export function mapNamespaces(tree: Tree): string[] {
  return [
    'common',
    'map',
    treeNamespace(tree.id),
    ...tree.nodes.filter((n) => n.kind === 'diagnosis').map((n) => causeNamespace(n.id)),
  ];
}

/** Count of nodes per kind. */
export function kindCounts(tree: Tree): Record<NodeKind, number> {
  const out: Record<NodeKind, number> = { question: 0, check: 0, compute: 0, diagnosis: 0 };
  for (const n of tree.nodes) out[n.kind] += 1;
  return out;
}

/**
 * Every node's words and link, plus the breadth-first entries (shortest answers to each node).
 * Platform names use the generic terms, as on the cause pages.
 */
export function useMapText(tree: Tree, lang: Lang) {
  const ns = treeNamespace(tree.id);
  const { t } = useT('map');
  // The nodes' words, from the tree's and the causes' namespaces (named from data).
  const { t: tl } = useLooseT([ns, 'common']);
  const terms = useTerms({});
  const entryMap = useMemo(() => entries(tree, evaluators), [tree]);
  const texts = useMemo(() => {
    const out = new Map<string, MapNodeText>();
    for (const node of tree.nodes) {
      const entry: Entry | undefined = entryMap.get(node.id);
      if (!entry) continue;
      const kind = t(`kinds.${node.kind}`);
      const title =
        node.kind === 'diagnosis'
          ? tl('title', { ns: causeNamespace(node.id), ...terms })
          : tl(`nodes.${node.id}.title`, { ns, ...terms });
      const options = edges(node).map(([outcome]) => ({
        outcome,
        label:
          node.kind === 'compute'
            ? tl(`nodes.${node.id}.results.${outcome}`, { ns, ...terms })
            : tl(`nodes.${node.id}.options.${outcome}`, { ns, ...terms }),
      }));
      const diagnosis = node.kind === 'diagnosis';
      out.set(node.id, {
        node,
        kind,
        id: node.id,
        title,
        options,
        href: diagnosis
          ? paths.cause.href(lang, node.id)
          : paths.diagnose.href(lang, tree.id, entry.answers),
        linkLabel: t(diagnosis ? 'symptom.openCause' : 'symptom.openWizard', {
          kind,
          id: node.id,
          title,
        }),
      });
    }
    return out;
  }, [tree, entryMap, t, tl, terms, ns, lang]);
  return { texts, entries: entryMap };
}
