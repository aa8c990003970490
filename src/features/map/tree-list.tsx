import { Link } from 'react-router';
import { edges, nodeIndex, type Tree } from '@/engine';
import { useT } from '@/i18n/use-lang';
import type { Entry } from './graph';
import type { MapNodeText } from './map-text';

interface ListProps {
  readonly tree: Tree;
  readonly texts: ReadonlyMap<string, MapNodeText>;
  readonly entries: ReadonlyMap<string, Entry>;
}

/** The anchor of a step in the text version. */
export const listAnchor = (id: string) => `map-list-${id}`;

function NodeLink({ text }: { text: MapNodeText }) {
  return (
    <Link to={text.href} className="map-list-link" data-map-node={text.id}>
      <span className={`map-kind-tag map-kind-${text.node.kind}`}>{text.kind}</span>{' '}
      <code>{text.id}</code> <span className="map-list-title">{text.title}</span>
    </Link>
  );
}

function NodeItem({
  id,
  anchor,
  tree,
  texts,
  entries,
}: ListProps & { id: string; anchor: boolean }) {
  const { t } = useT('map');
  const text = texts.get(id);
  const node = nodeIndex(tree).get(id);
  if (!text || !node) return null;
  const out = edges(node);
  return (
    <li id={anchor ? listAnchor(id) : undefined}>
      <NodeLink text={text} />
      {out.length > 0 ? (
        <ul>
          {out.map(([outcome, next]) => {
            const label = text.options.find((o) => o.outcome === outcome)?.label ?? outcome;
            const target = texts.get(next);
            const via = entries.get(next)?.via;
            // A step is written out under the answer that reaches it first (breadth-first);
            // diagnoses are leaves and are written out everywhere.
            const first = via?.from === id && via.outcome === outcome;
            const expand = first || target?.node.kind === 'diagnosis';
            return (
              <li key={outcome} className="map-list-answer">
                <span className="map-answer">{label}</span> <span aria-hidden="true">→</span>
                <span className="visually-hidden">{t('symptom.leadsTo')}</span>{' '}
                {!target ? (
                  <code>{next}</code>
                ) : expand ? (
                  <ul>
                    <NodeItem
                      id={next}
                      anchor={first}
                      tree={tree}
                      texts={texts}
                      entries={entries}
                    />
                  </ul>
                ) : (
                  <a href={`#${listAnchor(next)}`}>
                    {t('symptom.seeStep', { kind: target.kind, id: next })}
                  </a>
                )}
              </li>
            );
          })}
        </ul>
      ) : null}
    </li>
  );
}

/** The text alternative of the picture: the tree as nested lists, one link per step. */
export function TreeList(props: ListProps) {
  return (
    <ul className="map-list">
      <NodeItem id={props.tree.root} anchor {...props} />
    </ul>
  );
}
