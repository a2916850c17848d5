import { describe, expect, it } from 'vitest';
import { HOME_VIEW, MAX_SCALE, MIN_SCALE, panStep, revealBox, viewTransform, zoomView } from '../map-view';

const size = { width: 800, height: 400 };

describe('map view', () => {
  it('zooms around the middle of the box by default, keeping that point in place', () => {
    const zoomed = zoomView(HOME_VIEW, 2, size);
    expect(zoomed).toEqual({ scale: 2, x: -400, y: -200 });
    // The middle (400, 200) is drawn at 400 * 2 - 400 = 400: unmoved.
    expect(400 * zoomed.scale + zoomed.x).toBe(400);
    expect(zoomView(zoomed, 0.5, size)).toEqual(HOME_VIEW);
  });

  it('zooms around a given point, e.g. under the pointer', () => {
    const zoomed = zoomView(HOME_VIEW, 2, size, { x: 100, y: 50 });
    expect(100 * zoomed.scale + zoomed.x).toBe(100);
    expect(50 * zoomed.scale + zoomed.y).toBe(50);
  });

  it('stops at the smallest and largest scale', () => {
    let view = HOME_VIEW;
    for (let i = 0; i < 40; i++) view = zoomView(view, 1.25, size);
    expect(view.scale).toBe(MAX_SCALE);
    for (let i = 0; i < 40; i++) view = zoomView(view, 0.8, size);
    expect(view.scale).toBe(MIN_SCALE);
  });

  it('pans a tenth of the box a step, and never so far that the drawing leaves the box', () => {
    expect(panStep(HOME_VIEW, 'left', size)).toEqual({ scale: 1, x: 80, y: 0 });
    expect(panStep(HOME_VIEW, 'down', size)).toEqual({ scale: 1, x: 0, y: -40 });
    let view = HOME_VIEW;
    for (let i = 0; i < 50; i++) view = panStep(view, 'right', size);
    // At least a fifth of the box still shows the drawing.
    expect(view.x + size.width * view.scale).toBeCloseTo(size.width * 0.2);
  });

  it('pans just enough to reveal a box that is out of sight, and not at all when it is in sight', () => {
    const zoomed = zoomView(HOME_VIEW, 4, size);
    const farLeft = { x: 50, y: 200, width: 60, height: 20 };
    const revealed = revealBox(zoomed, farLeft, size);
    expect(revealed.scale).toBe(4);
    expect(revealed.x + (farLeft.x - farLeft.width / 2) * revealed.scale).toBeCloseTo(0);
    const inSight = { x: 400, y: 200, width: 20, height: 20 };
    expect(revealBox(zoomed, inSight, size)).toBe(zoomed);
  });

  it('writes the view as an SVG transform', () => {
    expect(viewTransform({ x: 12.34567, y: -8, scale: 1.25 })).toBe('translate(12.346 -8) scale(1.25)');
  });
});
