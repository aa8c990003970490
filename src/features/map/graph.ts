/**
 * The tree map's pure part: which answers reach each node, the layered layout of the picture
 * and text wrapping. No React here, so all of it is unit-tested; the pages only draw the result.
 */
import {
  edges,
  nodeIndex,
  step,
  type Answer,
  type Answers,
  type EvaluatorRegistry,
  type Id,
  type Tree,
  type TreeNode,
} from '@/engine';

/** One edge of a tree: from a node, by an option / outcome / result key, to a node. */
export interface MapEdge {
  readonly from: Id;
  readonly outcome: Id;
  readonly to: Id;
}

/** How the map reaches a node: the answers of the shortest path, and the edge it came by. */
export interface Entry {
  /** Answers that make the wizard stop at this node (compute steps use evaluator examples). */
  readonly answers: Answers;
  /** The edge of the breadth-first search that found the node first (none for the root). */
  readonly via?: MapEdge;
  /** Number of answered steps on that path. */
  readonly depth: number;
}

/**
 * Breadth-first search from the root: for every reachable node, the answers of a shortest path
 * to it. A compute step is crossed with its evaluator's example for the edge's result key, and
 * only when the example really gives that key in this walk's context (the platform answer).
 */
export function entries(tree: Tree, evaluators: EvaluatorRegistry): Map<Id, Entry> {
  const index = nodeIndex(tree);
  const out = new Map<Id, Entry>();
  if (!index.has(tree.root)) return out;
  out.set(tree.root, { answers: {}, depth: 0 });
  const queue: Id[] = [tree.root];
  while (queue.length > 0) {
    const id = queue.shift() as Id;
    const node = index.get(id);
    const entry = out.get(id);
    if (!node || !entry) continue;
    for (const [outcome, next] of edges(node)) {
      if (out.has(next) || !index.has(next)) continue;
      let answer: Answer = outcome;
      if (node.kind === 'compute') {
        const example = evaluators[node.evaluator]?.examples?.[outcome];
        if (!example) continue;
        const result = step(node, example, evaluators, entry.answers);
        if (!result.ok || result.outcome !== outcome) continue;
        answer = example;
      }
      out.set(next, {
        answers: { ...entry.answers, [id]: answer },
        via: { from: id, outcome, to: next },
        depth: entry.depth + 1,
      });
      queue.push(next);
    }
  }
  return out;
}

/** Every edge between nodes reachable from the root, in node and option order. */
export function mapEdges(tree: Tree): MapEdge[] {
  const index = nodeIndex(tree);
  const reachable = reachableIds(tree);
  return tree.nodes
    .filter((n) => reachable.has(n.id) && index.get(n.id) === n)
    .flatMap((n) =>
      edges(n)
        .filter(([, to]) => index.has(to))
        .map(([outcome, to]) => ({ from: n.id, outcome, to })),
    );
}

function reachableIds(tree: Tree): Set<Id> {
  const index = nodeIndex(tree);
  const seen = new Set<Id>();
  const stack = index.has(tree.root) ? [tree.root] : [];
  while (stack.length > 0) {
    const id = stack.pop() as Id;
    if (seen.has(id)) continue;
    seen.add(id);
    const node = index.get(id);
    if (node) for (const [, next] of edges(node)) if (index.has(next)) stack.push(next);
  }
  return seen;
}

/**
 * The column of each reachable node: the longest path from the root (trees are acyclic, which
 * `validateTree` enforces), so every edge points to a later column. A cycle, should one slip in,
 * is cut rather than looped over.
 */
export function layersOf(tree: Tree): Map<Id, number> {
  const all = mapEdges(tree);
  const reachable = reachableIds(tree);
  const incoming = new Map<Id, number>();
  for (const id of reachable) incoming.set(id, 0);
  for (const e of all) incoming.set(e.to, (incoming.get(e.to) ?? 0) + 1);
  const layer = new Map<Id, number>([[tree.root, 0]]);
  const ready = [...reachable].filter((id) => incoming.get(id) === 0);
  const done = new Set<Id>();
  while (ready.length > 0) {
    const id = ready.shift() as Id;
    done.add(id);
    const l = layer.get(id) ?? 0;
    for (const e of all) {
      if (e.from !== id) continue;
      layer.set(e.to, Math.max(layer.get(e.to) ?? 0, l + 1));
      const left = (incoming.get(e.to) ?? 0) - 1;
      incoming.set(e.to, left);
      if (left === 0) ready.push(e.to);
    }
  }
  // Nodes on a cycle never became ready: put them after their deepest placed parent.
  for (const id of reachable) if (!done.has(id) && !layer.has(id)) layer.set(id, 1);
  return layer;
}

/** Sizes of one drawn node, relative to its top-left corner. */
export interface NodeMetrics {
  readonly height: number;
  /** Where incoming arrows end (y offset). */
  readonly entryY: number;
  /** The y offset where each outgoing edge starts, by outcome. */
  readonly ports: Readonly<Record<Id, number>>;
}

/** A placed node. */
export interface PlacedNode {
  readonly id: Id;
  readonly kind: TreeNode['kind'];
  readonly layer: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A placed edge, with an SVG path from its port to the target's entry point. */
export interface PlacedEdge extends MapEdge {
  readonly path: string;
}

/** The picture: its size, nodes and edges. */
export interface MapLayout {
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly PlacedNode[];
  readonly edges: readonly PlacedEdge[];
}

/** Spacing of the layout, in px. */
export interface LayoutOptions {
  readonly nodeWidth: number;
  readonly columnGap: number;
  readonly rowGap: number;
  /** Height of the lane a long edge takes through a column it crosses. */
  readonly laneHeight: number;
  readonly padding: number;
}

export const DEFAULT_LAYOUT: LayoutOptions = {
  nodeWidth: 260,
  columnGap: 96,
  rowGap: 24,
  laneHeight: 10,
  padding: 16,
};

interface Item {
  readonly key: string;
  /** A real node, or a lane of a long edge crossing the column. */
  readonly node?: TreeNode;
  readonly height: number;
  readonly entryY: number;
  /** Incoming: the item before in the chain, and the port offset there. */
  readonly from: { key: string; port: number }[];
  order: number;
  y: number;
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Lays a tree out in columns (a small Sugiyama layout): the longest-path layer picks the
 * column, an edge spanning several columns gets a lane through each column it crosses, each
 * column is ordered by the barycentre of its parents' ports, and each item is placed as close
 * as it can to the height of the ports that point at it without overlapping the one above.
 */
export function layoutTree(
  tree: Tree,
  metrics: (node: TreeNode) => NodeMetrics,
  options: LayoutOptions = DEFAULT_LAYOUT,
): MapLayout {
  const { nodeWidth, columnGap, rowGap, laneHeight, padding } = options;
  const index = nodeIndex(tree);
  const layer = layersOf(tree);
  const all = mapEdges(tree);
  const sizes = new Map<Id, NodeMetrics>();
  for (const id of layer.keys()) {
    const node = index.get(id);
    if (node) sizes.set(id, metrics(node));
  }
  const columns: Item[][] = [];
  const items = new Map<string, Item>();
  const add = (l: number, item: Item) => {
    (columns[l] ??= []).push(item);
    items.set(item.key, item);
  };
  for (const node of tree.nodes) {
    const l = layer.get(node.id);
    const m = sizes.get(node.id);
    if (l === undefined || !m || items.has(node.id)) continue;
    add(l, { key: node.id, node, height: m.height, entryY: m.entryY, from: [], order: 0, y: 0 });
  }
  /** Each edge's chain of item keys: source, lanes…, target. */
  const chains = all.map((e) => {
    const from = layer.get(e.from) ?? 0;
    const to = layer.get(e.to) ?? 0;
    const chain = [e.from];
    for (let l = from + 1; l < to; l++) {
      const key = `${e.from}>${e.outcome}@${l}`;
      add(l, { key, height: laneHeight, entryY: laneHeight / 2, from: [], order: 0, y: 0 });
      chain.push(key);
    }
    chain.push(e.to);
    return { edge: e, chain };
  });
  for (const { edge, chain } of chains) {
    for (let i = 1; i < chain.length; i++) {
      const prev = chain[i - 1] as string;
      const port = i === 1 ? (sizes.get(edge.from)?.ports[edge.outcome] ?? 0) : laneHeight / 2;
      items.get(chain[i] as string)?.from.push({ key: prev, port });
    }
  }

  // Order: barycentre of the parents' ports (order + port position), stable on ties.
  const portRank = (key: string, port: number) => {
    const src = items.get(key);
    return src ? src.order + (src.height > 0 ? port / src.height : 0.5) : 0;
  };
  for (let l = 0; l < columns.length; l++) {
    const column = columns[l] ?? [];
    const bary = new Map(
      column.map((it, i) => [
        it.key,
        it.from.length > 0
          ? it.from.reduce((s, f) => s + portRank(f.key, f.port), 0) / it.from.length
          : i,
      ]),
    );
    column.sort((a, b) => (bary.get(a.key) ?? 0) - (bary.get(b.key) ?? 0));
    column.forEach((it, i) => (it.order = i));
  }

  // Heights: as near the incoming ports as possible, never overlapping.
  for (let l = 0; l < columns.length; l++) {
    let bottom = padding;
    let prevLane = false;
    let first = true;
    for (const it of columns[l] ?? []) {
      const lane = !it.node;
      const ports = it.from
        .map((f) => {
          const src = items.get(f.key);
          return src ? src.y + f.port : undefined;
        })
        .filter((v): v is number => v !== undefined);
      const wanted = ports.length > 0 ? ports.reduce((a, b) => a + b, 0) / ports.length : 0;
      const gap = first ? 0 : lane || prevLane ? rowGap / 2 : rowGap;
      it.y = Math.max(wanted - it.entryY, bottom + gap);
      bottom = it.y + it.height;
      prevLane = lane;
      first = false;
    }
  }

  const xOf = (l: number) => padding + l * (nodeWidth + columnGap);
  const placed: PlacedNode[] = [];
  for (let l = 0; l < columns.length; l++) {
    for (const it of columns[l] ?? []) {
      if (!it.node) continue;
      placed.push({
        id: it.node.id,
        kind: it.node.kind,
        layer: l,
        x: xOf(l),
        y: round(it.y),
        width: nodeWidth,
        height: it.height,
      });
    }
  }

  const curve = (x1: number, y1: number, x2: number, y2: number) => {
    const dx = (x2 - x1) / 2;
    return `C ${round(x1 + dx)} ${round(y1)} ${round(x2 - dx)} ${round(y2)} ${round(x2)} ${round(y2)}`;
  };
  const placedEdges: PlacedEdge[] = chains.map(({ edge, chain }) => {
    const start = items.get(edge.from);
    const fromLayer = layer.get(edge.from) ?? 0;
    let x = xOf(fromLayer) + nodeWidth;
    let y = (start?.y ?? 0) + (sizes.get(edge.from)?.ports[edge.outcome] ?? 0);
    const parts = [`M ${round(x)} ${round(y)}`];
    for (let i = 1; i < chain.length; i++) {
      const it = items.get(chain[i] as string);
      const l = fromLayer + i;
      const ty = (it?.y ?? 0) + (it?.entryY ?? 0);
      const tx = xOf(l) - (i === chain.length - 1 ? 4 : 0);
      parts.push(curve(x, y, tx, ty));
      x = tx;
      y = ty;
      if (i < chain.length - 1) {
        x = xOf(l) + nodeWidth;
        parts.push(`L ${round(x)} ${round(y)}`);
      }
    }
    return { ...edge, path: parts.join(' ') };
  });

  const width =
    padding * 2 + columns.length * nodeWidth + Math.max(0, columns.length - 1) * columnGap;
  const height = Math.max(padding, ...[...items.values()].map((it) => it.y + it.height)) + padding;
  return { width, height: Math.ceil(height), nodes: placed, edges: placedEdges };
}

/** Rough advance width of a character in em: full-width scripts 1, Latin about 0.58. */
function charWidth(ch: string): number {
  const c = ch.codePointAt(0) ?? 0;
  if (
    c >= 0x1100 &&
    (c <= 0x115f ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6))
  )
    return 1;
  if (ch === ' ') return 0.3;
  if (/[ilj.,:;'’|!]/.test(ch)) return 0.32;
  if (/[A-ZMWmw@%]/.test(ch)) return 0.72;
  return 0.58;
}

/** Width of a text in px at a font size (an estimate; the map leaves slack for it). */
export function textWidth(text: string, fontSize: number): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch);
  return w * fontSize;
}

/**
 * Wraps text to lines no wider than `maxWidth` px: between words for Latin text, between any
 * two characters for Japanese (keeping closing punctuation on the line it ends), and inside a
 * word only when the word alone is too long.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  // Break opportunities: after spaces, and around full-width characters.
  const tokens =
    text.match(/[^\s\u3000-\u9fff\uff00-\uffef]+\s*|[\u3000-\u9fff\uff00-\uffef]\s*|\s+/g) ?? [];
  const lines: string[] = [];
  let line = '';
  const push = () => {
    if (line.trim() !== '') lines.push(line.trimEnd());
    line = '';
  };
  const noStart = /^[、。，．）」』】〕！？：；ー・]/;
  for (const token of tokens) {
    if (textWidth((line + token).trimEnd(), fontSize) <= maxWidth) {
      line += token;
      continue;
    }
    if (noStart.test(token) && line !== '') {
      line += token; // kinsoku: never start a line with closing punctuation
      continue;
    }
    push();
    if (textWidth(token.trimEnd(), fontSize) <= maxWidth) {
      line = token.trimStart();
      continue;
    }
    for (const ch of token) {
      if (textWidth(line + ch, fontSize) > maxWidth) push();
      line += ch;
    }
  }
  push();
  return lines.length > 0 ? lines : [''];
}
