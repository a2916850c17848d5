import { clamp, type Point } from './map-geometry';

/** How the map is zoomed and panned: a translation (in map units) and a scale, applied as `translate() scale()`. */
export interface MapView {
  x: number;
  y: number;
  scale: number;
}

/** The drawing fitted to its box, as the layout made it. */
export const HOME_VIEW: MapView = { x: 0, y: 0, scale: 1 };
export const MIN_SCALE = 0.5;
export const MAX_SCALE = 8;
export const ZOOM_STEP = 1.25;
/** One pan step moves the drawing by this share of the visible width or height. */
export const PAN_SHARE = 0.1;
// At least this share of the box keeps showing the drawing, however far it is panned.
const KEEP_VISIBLE = 0.2;

export interface MapSize {
  width: number;
  height: number;
}

/** Zooms by `factor` around `centre` (map units; the middle of the box by default), keeping that point where it is on screen. */
export function zoomView(view: MapView, factor: number, size: MapSize, centre: Point = { x: size.width / 2, y: size.height / 2 }): MapView {
  const scale = clamp(view.scale * factor, MIN_SCALE, MAX_SCALE);
  const ratio = scale / view.scale;
  return keepInBox({ scale, x: centre.x - (centre.x - view.x) * ratio, y: centre.y - (centre.y - view.y) * ratio }, size);
}

/** Moves the drawing by `dx`, `dy` map units (positive: right and down). */
export function panView(view: MapView, dx: number, dy: number, size: MapSize): MapView {
  return keepInBox({ ...view, x: view.x + dx, y: view.y + dy }, size);
}

/** A pan step in a direction: "left" shows more of what is to the left, so the drawing moves right. */
export function panStep(view: MapView, direction: 'left' | 'right' | 'up' | 'down', size: MapSize): MapView {
  const dx = direction === 'left' ? 1 : direction === 'right' ? -1 : 0;
  const dy = direction === 'up' ? 1 : direction === 'down' ? -1 : 0;
  return panView(view, dx * size.width * PAN_SHARE, dy * size.height * PAN_SHARE, size);
}

/** Pans just enough to bring `box` (map units, before the view) fully into sight, e.g. when Tab moves focus to it. */
export function revealBox(view: MapView, box: { x: number; y: number; width: number; height: number }, size: MapSize): MapView {
  const left = view.x + (box.x - box.width / 2) * view.scale;
  const right = view.x + (box.x + box.width / 2) * view.scale;
  const top = view.y + (box.y - box.height / 2) * view.scale;
  const bottom = view.y + (box.y + box.height / 2) * view.scale;
  const dx = left < 0 ? -left : right > size.width ? size.width - right : 0;
  const dy = top < 0 ? -top : bottom > size.height ? size.height - bottom : 0;
  return dx === 0 && dy === 0 ? view : panView(view, dx, dy, size);
}

export function viewTransform(view: MapView): string {
  return `translate(${round(view.x)} ${round(view.y)}) scale(${round(view.scale)})`;
}

function keepInBox(view: MapView, size: MapSize): MapView {
  const x = clamp(view.x, size.width * KEEP_VISIBLE - size.width * view.scale, size.width * (1 - KEEP_VISIBLE));
  const y = clamp(view.y, size.height * KEEP_VISIBLE - size.height * view.scale, size.height * (1 - KEEP_VISIBLE));
  return { scale: view.scale, x, y };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
