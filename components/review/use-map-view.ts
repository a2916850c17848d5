'use client';

import { useCallback, useEffect, useRef, useState, type KeyboardEvent, type MouseEvent, type PointerEvent } from 'react';
import type { Box } from '@/lib/review/map-geometry';
import { HOME_VIEW, panStep, panView, revealBox, ZOOM_STEP, zoomView, type MapSize, type MapView } from '@/lib/review/map-view';

type Direction = 'left' | 'right' | 'up' | 'down';

const ARROWS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };
// A press that moves less than this many pixels is a click on a link, not a drag.
const DRAG_THRESHOLD = 4;

/**
 * Zoom and pan for an SVG drawing of `size` map units: buttons, keys (+ − 0 and arrows on the focused map),
 * Ctrl/⌘ + wheel at the pointer, and dragging with a mouse. The view is a transform for one <g>.
 */
export function useMapView(size: MapSize) {
  const [view, setView] = useState<MapView>(HOME_VIEW);
  const svgRef = useRef<SVGSVGElement>(null);
  const drag = useRef<{ pointerId: number; startX: number; startY: number; start: MapView; moved: boolean } | null>(null);
  const suppressClick = useRef(false);

  const zoomIn = useCallback(() => setView((current) => zoomView(current, ZOOM_STEP, size)), [size]);
  const zoomOut = useCallback(() => setView((current) => zoomView(current, 1 / ZOOM_STEP, size)), [size]);
  const reset = useCallback(() => setView(HOME_VIEW), []);
  const pan = useCallback((direction: Direction) => setView((current) => panStep(current, direction, size)), [size]);
  const reveal = useCallback((box: Box) => setView((current) => revealBox(current, box, size)), [size]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const direction = ARROWS[event.key];
    if (direction) pan(direction);
    else if (event.key === '+' || event.key === '=') zoomIn();
    else if (event.key === '-' || event.key === '_') zoomOut();
    else if (event.key === '0') reset();
    else return;
    event.preventDefault();
  };

  // Wheel zoom needs a non-passive listener to keep the page from scrolling; plain wheel still scrolls the page.
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const onWheel = (event: WheelEvent) => {
      if (!event.ctrlKey && !event.metaKey) return;
      event.preventDefault();
      const centre = toMapPoint(svg, event.clientX, event.clientY);
      setView((current) => zoomView(current, event.deltaY < 0 ? ZOOM_STEP : 1 / ZOOM_STEP, size, centre));
    };
    svg.addEventListener('wheel', onWheel, { passive: false });
    return () => svg.removeEventListener('wheel', onWheel);
  }, [size]);

  const dragHandlers = {
    onPointerDown: (event: PointerEvent<SVGSVGElement>) => {
      if (event.pointerType === 'touch' || event.button !== 0) return;
      drag.current = { pointerId: event.pointerId, startX: event.clientX, startY: event.clientY, start: view, moved: false };
    },
    onPointerMove: (event: PointerEvent<SVGSVGElement>) => {
      const current = drag.current;
      const svg = svgRef.current;
      if (!current || !svg || current.pointerId !== event.pointerId) return;
      const dx = event.clientX - current.startX;
      const dy = event.clientY - current.startY;
      if (!current.moved && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
      if (!current.moved) {
        current.moved = true;
        // Captured only once it is a drag: capturing on press would take the click away from the links.
        svg.setPointerCapture(event.pointerId);
      }
      const unitsPerPixel = 1 / (svg.getScreenCTM()?.a || 1);
      setView(panView(current.start, dx * unitsPerPixel, dy * unitsPerPixel, size));
    },
    onPointerUp: (event: PointerEvent<SVGSVGElement>) => {
      if (drag.current?.moved) suppressClick.current = true;
      drag.current = null;
      if (svgRef.current?.hasPointerCapture(event.pointerId)) svgRef.current.releasePointerCapture(event.pointerId);
    },
    onPointerCancel: () => {
      drag.current = null;
    },
    // A drag that ends over a link must not follow it.
    onClickCapture: (event: MouseEvent<SVGSVGElement>) => {
      if (!suppressClick.current) return;
      suppressClick.current = false;
      event.preventDefault();
      event.stopPropagation();
    },
  };

  return { view, svgRef, zoomIn, zoomOut, reset, pan, reveal, onKeyDown, dragHandlers };
}

/** A point on screen in the drawing's own units (before the view's transform). */
function toMapPoint(svg: SVGSVGElement, clientX: number, clientY: number) {
  const matrix = svg.getScreenCTM();
  if (!matrix) return undefined;
  return { x: (clientX - matrix.e) / matrix.a, y: (clientY - matrix.f) / matrix.d };
}
