import { graphlib, layout } from '@dagrejs/dagre';
import type { HandoffGraph, MapEdge, MapNode } from './graph';

export interface PlacedNode extends MapNode {
  /** Centre of the box. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** The name as drawn: long names are shortened; the full one stays in `name`. */
  shownName: string;
}

export interface PlacedEdge extends MapEdge {
  /** SVG path data from the source box to the target box. */
  path: string;
  label: { x: number; y: number; width: number; height: number };
}

export interface MapLayout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
}

// Text is measured by estimate (no DOM on the server): ~7 px a character at the map's 12-13 px font.
const CHAR_WIDTH = 7;
const NODE_HEIGHT = 40;
const NODE_MIN_WIDTH = 110;
const NODE_MAX_CHARS = 26;
const LABEL_HEIGHT = 16;
const LABEL_MAX_CHARS = 40;

/**
 * Lays out the handoff map left to right with dagre: routes flow from entry points to specialists,
 * labels get their own room, and a hub with 30 spokes stays a readable column. Runs on the server,
 * so the layout code never reaches the browser.
 */
export function layoutHandoffGraph(graph: HandoffGraph): MapLayout {
  const g = new graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: 'LR', nodesep: 18, ranksep: 70, edgesep: 14, marginx: 16, marginy: 16 });
  g.setDefaultEdgeLabel(() => ({}));
  const shown = new Map<string, string>();
  for (const node of graph.nodes) {
    const name = shorten(node.name, NODE_MAX_CHARS);
    shown.set(node.id, name);
    g.setNode(node.id, { width: Math.max(NODE_MIN_WIDTH, name.length * CHAR_WIDTH + 28), height: NODE_HEIGHT });
  }
  for (const edge of graph.edges) {
    const label = shorten(edge.toolName, LABEL_MAX_CHARS);
    g.setEdge(edge.from, edge.to, { width: label.length * 6.2 + 8, height: LABEL_HEIGHT, labelpos: 'c' }, edge.id);
  }
  layout(g);
  const nodes = graph.nodes.map((node) => {
    const placed = g.node(node.id);
    return { ...node, x: placed.x ?? 0, y: placed.y ?? 0, width: placed.width, height: placed.height, shownName: shown.get(node.id) ?? node.name };
  });
  const edges = graph.edges.map((edge) => {
    const placed = g.edge({ v: edge.from, w: edge.to, name: edge.id });
    const points = placed.points ?? [];
    return {
      ...edge,
      path: toPath(points),
      label: { x: placed.x ?? 0, y: placed.y ?? 0, width: placed.width ?? 0, height: placed.height ?? LABEL_HEIGHT },
    };
  });
  const size = g.graph();
  return { width: Math.ceil(size.width ?? 0), height: Math.ceil(size.height ?? 0), nodes, edges };
}

/** Straight segments through dagre's bend points, rounded a little at each bend. */
function toPath(points: { x: number; y: number }[]): string {
  const [first, ...rest] = points;
  if (!first) return '';
  let path = `M${round(first.x)},${round(first.y)}`;
  rest.forEach((point, index) => {
    const next = rest[index + 1];
    if (next) {
      const endX = (point.x + next.x) / 2;
      const endY = (point.y + next.y) / 2;
      path += ` Q${round(point.x)},${round(point.y)} ${round(endX)},${round(endY)}`;
    } else {
      path += ` L${round(point.x)},${round(point.y)}`;
    }
  });
  return path;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
