'use client';

import { useRouter } from 'next/navigation';

/** Jump between agents without going back to the list; each agent has its own shareable URL. */
export function AgentSwitcher({ agents, currentId }: { agents: { id: string; name: string }[]; currentId: string }) {
  const router = useRouter();
  return (
    <label className="flex items-center gap-2 text-sm text-slate-700">
      <span>Agent</span>
      <select
        value={currentId}
        onChange={(event) => router.push(`/integrations/agentic-functions/${event.target.value}`)}
        className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
      >
        {agents.map((agent) => (
          <option key={agent.id} value={agent.id}>
            {agent.name}
          </option>
        ))}
      </select>
    </label>
  );
}
