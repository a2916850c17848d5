/** Geometry of the handoff map's routes, in map units; boxes are centred like dagre's. */
export interface Point {
  x: number;
  y: number;
}

export interface Box extends Point {
  width: number;
  height: number;
}

// Arrows meet a box this far inside its corners, so they never slide off along its top or bottom.
const PORT_INSET = 8;
// A label never gets closer than this to the points either side of it along its route.
const LABEL_STEP_GAP = 12;
// Empty room kept around a label when it is moved towards the middle of its route.
const LABEL_CLEARANCE = 4;

export function overlaps(a: Box, b: Box, gap = 0): boolean {
  return Math.abs(a.x - b.x) < (a.width + b.width) / 2 + gap && Math.abs(a.y - b.y) < (a.height + b.height) / 2 + gap;
}

/** Where a route leaves or enters a box: on the side that faces the route, so arrows run left to right, never along an edge. */
export function portOn(box: Box, toward: Point): Point {
  const side = toward.x >= box.x ? 1 : -1;
  const halfWidth = box.width / 2;
  const dx = toward.x - box.x;
  const slope = dx === 0 ? 0 : (toward.y - box.y) / dx;
  const reach = Math.max(0, box.height / 2 - PORT_INSET);
  return { x: box.x + side * halfWidth, y: box.y + clamp(slope * side * halfWidth, -reach, reach) };
}

/**
 * Slides a route's label along x towards the middle of its route, so it sits halfway between the two
 * agents rather than in the middle of dagre's label column. Steps back towards dagre's own spot, which is
 * always free, until the label covers no agent and no other label.
 */
export function centreLabelX(points: Point[], labelIndex: number, label: Box, isFree: (box: Box) => boolean): number {
  const first = points[0];
  const last = points[points.length - 1];
  const before = points[labelIndex - 1];
  const after = points[labelIndex + 1];
  if (!first || !last || !before || !after) return label.x;
  const low = Math.min(before.x, after.x) + LABEL_STEP_GAP;
  const high = Math.max(before.x, after.x) - LABEL_STEP_GAP;
  if (low > high) return label.x;
  const target = clamp((first.x + last.x) / 2, low, high);
  for (const share of [1, 0.75, 0.5, 0.25]) {
    const x = label.x + (target - label.x) * share;
    if (isFree({ ...label, x, width: label.width + 2 * LABEL_CLEARANCE, height: label.height + 2 * LABEL_CLEARANCE })) return x;
  }
  return label.x;
}

/** A smooth left-to-right curve through every point (horizontal at each, like d3's curveBumpX), so it passes through the label. */
export function curveThrough(points: Point[]): string {
  const [first, ...rest] = points;
  if (!first) return '';
  let path = `M${round(first.x)},${round(first.y)}`;
  let previous = first;
  for (const point of rest) {
    const middle = round((previous.x + point.x) / 2);
    path += ` C${middle},${round(previous.y)} ${middle},${round(point.y)} ${round(point.x)},${round(point.y)}`;
    previous = point;
  }
  return path;
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
