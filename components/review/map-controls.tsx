import { buttonClasses } from '@/components/ui/button';

interface MapControlsProps {
  scale: number;
  onZoomIn: () => void;
  onZoomOut: () => void;
  onReset: () => void;
  onPan: (direction: 'left' | 'right' | 'up' | 'down') => void;
}

const PAN_BUTTONS = [
  { direction: 'left', label: 'Pan left', symbol: '←' },
  { direction: 'up', label: 'Pan up', symbol: '↑' },
  { direction: 'down', label: 'Pan down', symbol: '↓' },
  { direction: 'right', label: 'Pan right', symbol: '→' },
] as const;

const ICON_BUTTON = buttonClasses('secondary', '', 'size-8 p-0 text-base leading-none');

/** Zoom and pan buttons for the handoff map; the same moves as its keys. */
export function MapControls({ scale, onZoomIn, onZoomOut, onReset, onPan }: MapControlsProps) {
  return (
    <div role="group" aria-label="Zoom and pan" className="flex flex-wrap items-center gap-1.5">
      <button type="button" aria-label="Zoom out" title="Zoom out (−)" onClick={onZoomOut} className={ICON_BUTTON}>
        <span aria-hidden="true">−</span>
      </button>
      <span className="w-12 text-center text-xs tabular-nums text-slate-600">{Math.round(scale * 100)}%</span>
      <button type="button" aria-label="Zoom in" title="Zoom in (+)" onClick={onZoomIn} className={ICON_BUTTON}>
        <span aria-hidden="true">+</span>
      </button>
      <span className="mx-1 h-5 w-px bg-slate-200" aria-hidden="true" />
      {PAN_BUTTONS.map(({ direction, label, symbol }) => (
        <button key={direction} type="button" aria-label={label} title={`${label} (arrow key)`} onClick={() => onPan(direction)} className={ICON_BUTTON}>
          <span aria-hidden="true">{symbol}</span>
        </button>
      ))}
      <button type="button" title="Reset view (0)" onClick={onReset} className={buttonClasses('ghost', '', 'xs')}>
        Reset view
      </button>
    </div>
  );
}
