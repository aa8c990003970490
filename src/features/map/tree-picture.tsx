import { useMemo, type ReactNode } from 'react';
import { useHref, useLinkClickHandler } from 'react-router';
import type { NodeKind, Tree } from '@/engine';
import { boxOf, type Box } from './box';
import { DEFAULT_LAYOUT, layoutTree } from './graph';
import type { MapNodeText } from './map-text';

/** A link inside the SVG: a real `<a href>` (keyboard, middle-click) with client routing. */
function SvgLink({
  to,
  label,
  className,
  nodeId,
  children,
}: {
  to: string;
  label: string;
  className: string;
  nodeId: string;
  children: ReactNode;
}) {
  const href = useHref(to);
  const onClick = useLinkClickHandler(to);
  return (
    <a
      href={href}
      aria-label={label}
      className={className}
      onClick={onClick}
      data-map-node={nodeId}
    >
      {children}
    </a>
  );
}

/** The outline of a node: the kind is in its shape (and in its text), never in colour alone. */
export function KindShape({
  kind,
  width,
  height,
}: {
  kind: NodeKind;
  width: number;
  height: number;
}) {
  switch (kind) {
    case 'question':
      return <rect className="map-shape" x={0} y={0} width={width} height={height} />;
    case 'check':
      return (
        <rect
          className="map-shape map-shape-dashed"
          x={0}
          y={0}
          width={width}
          height={height}
          rx={10}
        />
      );
    case 'compute':
      return (
        <>
          <rect className="map-shape" x={0} y={0} width={width} height={height} rx={2} />
          <rect
            className="map-shape-inner"
            x={4}
            y={4}
            width={width - 8}
            height={height - 8}
            rx={1}
          />
        </>
      );
    case 'diagnosis':
      return (
        <rect
          className="map-shape map-shape-thick"
          x={0}
          y={0}
          width={width}
          height={height}
          rx={Math.min(18, height / 2)}
        />
      );
  }
}

function NodeDrawing({ text, box, width }: { text: MapNodeText; box: Box; width: number }) {
  return (
    <>
      <KindShape kind={text.node.kind} width={width} height={box.height} />
      {box.header.map((l, i) => (
        <text key={`h${i}`} className="map-kind" x={10} y={l.y}>
          {l.text}
        </text>
      ))}
      {box.title.map((l, i) => (
        <text key={`t${i}`} className="map-title" x={10} y={l.y}>
          {l.text}
        </text>
      ))}
      {box.options.map((o) => (
        <g key={o.outcome}>
          <line className="map-row-line" x1={6} x2={width - 6} y1={o.top} y2={o.top} />
          {o.lines.map((l, i) => (
            <text key={i} className="map-option" x={10} y={l.y}>
              {l.text}
            </text>
          ))}
          <circle className="map-port" cx={width} cy={o.portY} r={3.5} />
        </g>
      ))}
    </>
  );
}

/**
 * The tree as an SVG picture, laid out in columns by depth (see `layoutTree`). Every node is a
 * link; every edge starts at the row of the answer that takes it.
 */
export function TreePicture({
  tree,
  texts,
  labelledBy,
}: {
  tree: Tree;
  texts: ReadonlyMap<string, MapNodeText>;
  labelledBy: string;
}) {
  const width = DEFAULT_LAYOUT.nodeWidth;
  const { layout, boxes } = useMemo(() => {
    const boxes = new Map<string, Box>();
    for (const [id, text] of texts) boxes.set(id, boxOf(text, width));
    const layout = layoutTree(tree, (node) => {
      const box = boxes.get(node.id);
      return box ?? { height: 40, entryY: 18, ports: {} };
    });
    return { layout, boxes };
  }, [tree, texts, width]);

  return (
    <svg
      className="map-svg"
      width={layout.width}
      height={layout.height}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      role="group"
      aria-labelledby={labelledBy}
      data-testid="map-svg"
    >
      <defs>
        <marker
          id="map-arrow"
          viewBox="0 0 10 10"
          refX={9}
          refY={5}
          markerWidth={7}
          markerHeight={7}
          orient="auto-start-reverse"
        >
          <path className="map-arrowhead" d="M 0 0 L 10 5 L 0 10 z" />
        </marker>
      </defs>
      <g className="map-edges" aria-hidden="true">
        {layout.edges.map((e) => (
          <path
            key={`${e.from}>${e.outcome}`}
            className="map-edge"
            d={e.path}
            markerEnd="url(#map-arrow)"
            data-edge={`${e.from}>${e.outcome}>${e.to}`}
          />
        ))}
      </g>
      <g className="map-nodes">
        {layout.nodes.map((n) => {
          const text = texts.get(n.id);
          const box = boxes.get(n.id);
          if (!text || !box) return null;
          return (
            <g key={n.id} transform={`translate(${n.x} ${n.y})`}>
              <SvgLink
                to={text.href}
                label={text.linkLabel}
                className={`map-node map-${n.kind}`}
                nodeId={n.id}
              >
                <NodeDrawing text={text} box={box} width={width} />
              </SvgLink>
            </g>
          );
        })}
      </g>
    </svg>
  );
}
