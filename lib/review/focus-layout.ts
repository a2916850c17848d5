import type { HandoffGraph, MapEdge } from './graph';
import { finishRoutes, LABEL_HEIGHT, labelText, labelWidth, MARGIN, nodeSize, roundTenth, shortenName, type MapLayout, type PlacedNode, type RawRoute } from './layout';
import { distancesAround } from './map-focus';

// Spacing as the whole map's dagre layout has it: 20 between agents in a column, 12 around labels and
// bends, 36 between a column of agents and a column of labels.
const NODE_GAP = 20;
const ROUTE_GAP = 12;
const COLUMN_GAP = 36;
/** A column of bends only (a route passing a column with no label there) still keeps this much room. */
const MIN_LANE_WIDTH = 24;
const ORDER_SWEEPS = 4;
const PLACE_SWEEPS = 8;

/** Something stacked in a column: an agent's box, a route's label, or a bend where a route passes a column. */
interface Item {
  layer: number;
  width: number;
  height: number;
  neighbours: Item[];
  /** Position within its layer while ordering, then the centre's y. */
  order: number;
  y: number;
}

/**
 * Lays out a focus view (one agent and its neighbourhood) in columns by distance: the focused agent in
 * the middle, the agents it hands off to one route away in the column to its right, two routes away in
 * the next, and the agents handing off to it on the left the same way (an agent both ways is placed on
 * its nearer side, forwards on a tie). Every route gets its label in a column of labels between two
 * columns of agents (next to where it starts), and a bend in every column it passes. The columns are
 * given, so what is left is ordering each column (a few barycenter sweeps) and placing it (closest to
 * each item's neighbours while keeping the order and the gaps): linear-ish in the routes, a few
 * milliseconds where dagre's general layering took over 200 ms for a depth-2 view at 300 agents.
 */
export function layoutFocusView(graph: HandoffGraph, focusId: string): MapLayout {
  const column = columnsAround(graph, focusId);
  const columns = [...column.values()];
  const first = Math.min(0, ...columns);
  // Layers: agents on odd layers, labels and bends between them on even ones, including one either end for
  // a route between two agents of an end column.
  const layerOf = (id: string) => 2 * ((column.get(id) ?? 0) - first) + 1;
  const layerCount = 2 * (Math.max(0, ...columns) - first) + 3;
  const layers: Item[][] = Array.from({ length: layerCount }, () => []);
  const add = (layer: number, width: number, height: number): Item => {
    const item: Item = { layer, width, height, neighbours: [], order: layers[layer]?.length ?? 0, y: 0 };
    layers[layer]?.push(item);
    return item;
  };

  const nodeItems = new Map(
    graph.nodes.map((node) => {
      const size = nodeSize(node.name);
      return [node.id, add(layerOf(node.id), size.width, size.height)];
    }),
  );
  const chains = graph.edges.map((edge) => {
    const from = nodeItems.get(edge.from);
    const to = nodeItems.get(edge.to);
    if (!from || !to) throw new Error(`route ${edge.id} leaves the focus view`);
    // Rightwards to a later column; within a column, outwards (right of the focus and its right side, left of its left side).
    const rightwards = to.layer > from.layer || (to.layer === from.layer && (column.get(edge.from) ?? 0) >= 0);
    const step = rightwards ? 1 : -1;
    const label = add(from.layer + step, labelWidth(labelText(edge.toolName)), LABEL_HEIGHT);
    const bends: Item[] = [];
    for (let layer = label.layer + step; step > 0 ? layer < to.layer : layer > to.layer; layer += step) bends.push(add(layer, 0, 0));
    const chain = [from, label, ...bends, to];
    chain.forEach((item, index) => {
      const next = chain[index + 1];
      if (next) link(item, next);
    });
    return { edge, chain };
  });

  orderLayers(layers);
  placeLayers(layers);
  const x = layerCentres(layers);

  const top = Math.min(0, ...layers.flat().map((item) => item.y - item.height / 2));
  const shiftY = MARGIN - top;
  const nodes: PlacedNode[] = graph.nodes.map((node) => {
    const item = nodeItems.get(node.id) as Item;
    return { ...node, x: x[item.layer] ?? 0, y: roundTenth(item.y + shiftY), width: item.width, height: item.height, shownName: shortenName(node.name) };
  });
  const routes: RawRoute[] = chains.map(({ edge, chain }) => routeOf(edge, chain, x, shiftY));
  const bottom = Math.max(0, ...layers.flat().map((item) => item.y + shiftY + item.height / 2));
  const right = Math.max(0, ...layers.map((layer, index) => (layer.length === 0 ? 0 : (x[index] ?? 0) + layerWidth(layer) / 2)));
  return { width: Math.ceil(right + MARGIN), height: Math.ceil(bottom + MARGIN), nodes, edges: finishRoutes(nodes, routes) };
}

/** Each agent's column: forwards distance on the right, backwards distance on the left, the nearer side winning. */
function columnsAround(graph: HandoffGraph, focusId: string): Map<string, number> {
  const { forwards, backwards } = distancesAround(graph, focusId);
  return new Map(
    graph.nodes.map((node) => {
      const ahead = forwards.get(node.id) ?? Number.POSITIVE_INFINITY;
      const behind = backwards.get(node.id) ?? Number.POSITIVE_INFINITY;
      // An agent reached neither way (not part of a focus view) stays in the focus's column rather than breaking the layout.
      return [node.id, ahead <= behind ? (Number.isFinite(ahead) ? ahead : 0) : -behind];
    }),
  );
}

function link(a: Item, b: Item): void {
  a.neighbours.push(b);
  b.neighbours.push(a);
}

/** Barycenter sweeps: each layer sorted by the mean position of its items' neighbours in the layer just swept. */
function orderLayers(layers: Item[][]): void {
  for (let sweep = 0; sweep < ORDER_SWEEPS; sweep += 1) {
    const forwards = sweep % 2 === 0;
    for (let step = 1; step < layers.length; step += 1) {
      const index = forwards ? step : layers.length - 1 - step;
      const fixed = index + (forwards ? -1 : 1);
      const layer = layers[index] ?? [];
      const keys = new Map(layer.map((item) => [item, barycenter(item, fixed) ?? item.order]));
      layer.sort((a, b) => (keys.get(a) ?? 0) - (keys.get(b) ?? 0) || a.order - b.order);
      layer.forEach((item, order) => (item.order = order));
    }
  }
}

function barycenter(item: Item, layer: number): number | undefined {
  const orders = item.neighbours.filter((other) => other.layer === layer).map((other) => other.order);
  return orders.length === 0 ? undefined : orders.reduce((sum, order) => sum + order, 0) / orders.length;
}

/**
 * Each layer stacked in its order with its gaps, then moved, sweep after sweep, as close as the order and
 * gaps allow to where its items' neighbours are (least squares, by pooling adjacent violators).
 */
function placeLayers(layers: Item[][]): void {
  for (const layer of layers) {
    let y = 0;
    layer.forEach((item, index) => {
      const previous = layer[index - 1];
      y += previous ? gapBetween(previous, item) : item.height / 2;
      item.y = y;
    });
  }
  for (let sweep = 0; sweep < PLACE_SWEEPS; sweep += 1) {
    const order = sweep % 2 === 0 ? layers : [...layers].reverse();
    for (const layer of order) {
      const wanted = layer.map((item) => (item.neighbours.length === 0 ? item.y : item.neighbours.reduce((sum, other) => sum + other.y, 0) / item.neighbours.length));
      const placed = closestInOrder(wanted, layer.map((item, index) => (index === 0 ? 0 : gapBetween(layer[index - 1] as Item, item))));
      layer.forEach((item, index) => (item.y = placed[index] ?? item.y));
    }
  }
}

function gapBetween(a: Item, b: Item): number {
  const bothAgents = a.height > LABEL_HEIGHT && b.height > LABEL_HEIGHT;
  return (a.height + b.height) / 2 + (bothAgents ? NODE_GAP : ROUTE_GAP);
}

/**
 * The positions closest (least squares) to `wanted` that keep each at least `gaps[i]` below the one before:
 * shifted by the running gap, that is an isotonic regression, solved by pooling adjacent violators.
 */
export function closestInOrder(wanted: number[], gaps: number[]): number[] {
  const offsets: number[] = [];
  let offset = 0;
  wanted.forEach((_, index) => {
    offset += gaps[index] ?? 0;
    offsets.push(offset);
  });
  const blocks: { sum: number; count: number }[] = [];
  wanted.forEach((value, index) => {
    blocks.push({ sum: value - (offsets[index] ?? 0), count: 1 });
    while (blocks.length > 1) {
      const last = blocks[blocks.length - 1] as { sum: number; count: number };
      const before = blocks[blocks.length - 2] as { sum: number; count: number };
      if (before.sum / before.count <= last.sum / last.count) break;
      blocks.pop();
      before.sum += last.sum;
      before.count += last.count;
    }
  });
  const placed: number[] = [];
  for (const block of blocks) for (let i = 0; i < block.count; i += 1) placed.push(block.sum / block.count + (offsets[placed.length] ?? 0));
  return placed;
}

/** Each layer's centre x: as wide as its widest item, a column gap after each layer that holds anything. */
function layerCentres(layers: Item[][]): number[] {
  let left = MARGIN;
  return layers.map((layer) => {
    const width = layerWidth(layer);
    const centre = left + width / 2;
    if (width > 0) left += width + COLUMN_GAP;
    return centre;
  });
}

function layerWidth(layer: Item[]): number {
  return layer.length === 0 ? 0 : Math.max(MIN_LANE_WIDTH, ...layer.map((item) => item.width));
}

function routeOf(edge: MapEdge, chain: Item[], x: number[], shiftY: number): RawRoute {
  const points = chain.map((item) => ({ x: x[item.layer] ?? 0, y: item.y + shiftY }));
  const label = chain[1] as Item;
  return { edge, label: { x: x[label.layer] ?? 0, y: label.y + shiftY, width: label.width, height: label.height }, points, labelIndex: 1 };
}
