import { graphlib, layout } from '@dagrejs/dagre';
import type { HandoffGraph, MapEdge, MapNode } from './graph';
import { centreLabelX, curveThrough, overlaps, portOn, type Box, type Point } from './map-geometry';

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
  /** SVG path data from the source box to the target box, through the label's centre. */
  path: string;
  /** The points the path passes through, in order from source to target. */
  points: Point[];
  /** The label's box, centred at `x`, `y`, and the text drawn in it (long tool names are shortened). */
  label: Box & { text: string };
}

export interface MapLayout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
}

/** What the browser draws: the layout without the routes' points, which only the server's layout reads. */
export type DrawnEdge = Omit<PlacedEdge, 'points'>;
export interface MapDrawing extends Omit<MapLayout, 'edges'> {
  edges: DrawnEdge[];
}

/**
 * The layout as the page sends it to the browser. It is serialised into the page twice (as HTML and
 * as the client component's props), so each route sends only what is drawn.
 */
export function toDrawing(layout: MapLayout): MapDrawing {
  return { ...layout, edges: layout.edges.map(({ points, ...edge }) => edge) };
}

// Text is measured by estimate (no DOM on the server): ~7 px a character of a 13 px name, and a label's
// 11 px monospace character is 0.6 em (6.6 px); the estimate errs wide so the text always fits its background.
const CHAR_WIDTH = 7;
const NODE_HEIGHT = 40;
const NODE_MIN_WIDTH = 110;
const NODE_MAX_CHARS = 26;
export const LABEL_CHAR_WIDTH = 6.8;
export const LABEL_PADDING_X = 8;
export const LABEL_HEIGHT = 20;
const LABEL_MAX_CHARS = 32;
/** Empty room around the drawing, so arrows and focus rings at its edges are not cut off. */
export const MARGIN = 24;

/**
 * Lays out the handoff map left to right with dagre: routes flow from entry points to specialists,
 * each label gets its own room halfway along its route, and a hub with 30 spokes stays a readable column.
 * Runs on the server, so the layout code never reaches the browser.
 */
export function layoutHandoffGraph(graph: HandoffGraph): MapLayout {
  const g = new graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: 'LR', nodesep: 20, ranksep: 72, edgesep: 12, marginx: MARGIN, marginy: MARGIN });
  g.setDefaultEdgeLabel(() => ({}));
  for (const node of graph.nodes) g.setNode(node.id, nodeSize(node.name));
  for (const edge of graph.edges) {
    // labelpos 'c': dagre gives the label a slot of its own in a rank between the two agents.
    g.setEdge(edge.from, edge.to, { width: labelWidth(labelText(edge.toolName)), height: LABEL_HEIGHT, labelpos: 'c' }, edge.id);
  }
  layout(g);

  const nodes = graph.nodes.map((node) => {
    const placed = g.node(node.id);
    return { ...node, x: placed.x ?? 0, y: placed.y ?? 0, width: placed.width, height: placed.height, shownName: shortenName(node.name) };
  });
  const routes = graph.edges.map((edge) => {
    const placed = g.edge({ v: edge.from, w: edge.to, name: edge.id });
    const label: Box = { x: placed.x ?? 0, y: placed.y ?? 0, width: placed.width ?? 0, height: placed.height ?? LABEL_HEIGHT };
    const points = ((placed.points ?? []) as Point[]).map(({ x, y }) => ({ x, y }));
    return { edge, label, points, labelIndex: nearestIndex(points, label) };
  });
  const size = g.graph();
  return { width: Math.ceil(size.width ?? 0), height: Math.ceil(size.height ?? 0), nodes, edges: finishRoutes(nodes, routes) };
}

/** A route as a layout engine placed it: its points in order, and which of them is its label's centre. */
export interface RawRoute {
  edge: MapEdge;
  label: Box;
  points: Point[];
  labelIndex: number;
}

/**
 * The last step every layout shares: routes' ends moved onto the facing sides of their agents' boxes,
 * each label slid towards the middle of its route where that covers nothing, and the curve drawn.
 */
export function finishRoutes(nodes: PlacedNode[], routes: RawRoute[]): PlacedEdge[] {
  const boxes = new Map<string, Box>(nodes.map((node) => [node.id, node]));
  const isFree = (box: Box, self: string) =>
    nodes.every((node) => !overlaps(box, node)) && routes.every((other) => other.edge.id === self || !overlaps(box, other.label));
  for (const route of routes) {
    attachEnds(route.points, boxes.get(route.edge.from), boxes.get(route.edge.to), route.edge.from === route.edge.to);
    route.label.x = centreLabelX(route.points, route.labelIndex, route.label, (box) => isFree(box, route.edge.id));
    const labelPoint = route.points[route.labelIndex];
    if (labelPoint) labelPoint.x = route.label.x;
    attachEnds(route.points, boxes.get(route.edge.from), boxes.get(route.edge.to), route.edge.from === route.edge.to);
  }
  // A tenth of a unit is far below a pixel; the full float would cost a page ~15 digits per number.
  return routes.map(({ edge, label, points }) => ({
    ...edge,
    path: curveThrough(points),
    points: points.map(({ x, y }) => ({ x: roundTenth(x), y: roundTenth(y) })),
    label: { x: roundTenth(label.x), y: roundTenth(label.y), width: label.width, height: label.height, text: labelText(edge.toolName) },
  }));
}

/** An agent's box: wide enough for its name as drawn (long names shortened). */
export function nodeSize(name: string): { width: number; height: number } {
  return { width: Math.max(NODE_MIN_WIDTH, shortenName(name).length * CHAR_WIDTH + 28), height: NODE_HEIGHT };
}

export function shortenName(name: string): string {
  return shorten(name, NODE_MAX_CHARS);
}

/** A route's label as drawn: its tool name, long ones shortened. */
export function labelText(toolName: string): string {
  return shorten(toolName, LABEL_MAX_CHARS);
}

/** The width of a label's background: its text plus padding either side. */
export function labelWidth(text: string): number {
  return Math.ceil(text.length * LABEL_CHAR_WIDTH + 2 * LABEL_PADDING_X);
}

/** Moves a route's two ends onto the facing sides of its agents' boxes (a route back to itself keeps dagre's loop). */
function attachEnds(points: Point[], from: Box | undefined, to: Box | undefined, isLoop: boolean): void {
  const second = points[1];
  const beforeLast = points[points.length - 2];
  if (isLoop || !from || !to || !second || !beforeLast) return;
  points[0] = portOn(from, second);
  points[points.length - 1] = portOn(to, beforeLast);
}

/** Dagre puts the label's own point among the route's points; find it. */
function nearestIndex(points: Point[], target: Point): number {
  let best = -1;
  let bestDistance = Number.POSITIVE_INFINITY;
  points.forEach((point, index) => {
    const distance = Math.hypot(point.x - target.x, point.y - target.y);
    if (distance < bestDistance) [best, bestDistance] = [index, distance];
  });
  return best;
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export function roundTenth(value: number): number {
  return Math.round(value * 10) / 10;
}
