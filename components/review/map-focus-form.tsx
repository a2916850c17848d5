import { FOCUS_DEPTHS, type FocusDepth } from '@/lib/review/map-focus';
import { Button, ButtonLink } from '@/components/ui/button';

interface MapFocusFormProps {
  agents: { id: string; name: string }[];
  /** What the search box shows: the focused agent's name, or what was searched for. */
  query: string;
  depth: FocusDepth;
  /** Whether the whole map may be shown (small workspaces): then "Whole map" clears the focus. */
  canShowAll: boolean;
  focused: boolean;
}

const CONTROL = 'mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm';

/** Jump to an agent by name and choose how far around it to look; a plain GET form, so it works without JavaScript. */
export function MapFocusForm({ agents, query, depth, canShowAll, focused }: MapFocusFormProps) {
  return (
    <form role="search" aria-label="Focus the map" action="/review/map" className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <label className="min-w-56 flex-1 text-sm font-medium text-slate-700">
        Find an agent
        <input type="search" name="q" list="map-agent-names" defaultValue={query} placeholder="Agent name…" className={CONTROL} />
      </label>
      <datalist id="map-agent-names">
        {agents.map((agent) => (
          <option key={agent.id} value={agent.name} />
        ))}
      </datalist>
      <label className="text-sm font-medium text-slate-700">
        Depth
        <select name="depth" defaultValue={String(depth)} className={CONTROL}>
          {FOCUS_DEPTHS.map((value) => (
            <option key={value} value={value}>
              {value === 1 ? '1 route away' : `${value} routes away`}
            </option>
          ))}
        </select>
      </label>
      <Button type="submit">Focus</Button>
      {canShowAll && focused && (
        <ButtonLink href="/review/map" variant="secondary">
          Whole map
        </ButtonLink>
      )}
    </form>
  );
}
