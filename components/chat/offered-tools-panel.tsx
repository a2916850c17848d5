'use client';

import { useQuery } from '@tanstack/react-query';
import { Link } from '@/components/ui/link';
import { useId } from 'react';
import { useCan } from '@/components/auth/role-context';
import { FormAlert } from '@/components/ui/form-alert';
import { fetchOfferedTools, offeredToolsKey } from './offered-tools-api';

interface OfferedToolsPanelProps {
  agentId: string;
  agentName: string;
}

/** The tools the active agent's LLM is offered on the next message: what a handoff can be chosen from. */
export function OfferedToolsPanel({ agentId, agentName }: OfferedToolsPanelProps) {
  const headingId = useId();
  const tools = useQuery({ queryKey: offeredToolsKey(agentId), queryFn: () => fetchOfferedTools(agentId) });
  const canEdit = useCan('edit');
  return (
    <section aria-labelledby={headingId} aria-busy={tools.isPending} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex items-baseline justify-between gap-2">
        <h2 id={headingId} className="font-semibold">
          Offered tools
        </h2>
        <Link href={`/integrations/agentic-functions/${agentId}`} className="shrink-0 text-xs font-medium text-indigo-700 hover:underline">
          {canEdit ? 'Edit functions' : 'View functions'}
        </Link>
      </div>
      <p className="mt-1 text-xs text-slate-600">
        What <strong className="font-medium">{agentName}</strong> may call on the next message.
      </p>
      {tools.isError ? (
        <div className="mt-3">
          <FormAlert>{tools.error.message}</FormAlert>
        </div>
      ) : tools.isPending ? (
        <p className="mt-3 text-sm text-slate-500">Loading tools…</p>
      ) : tools.data.length === 0 ? (
        <p className="mt-3 text-sm text-slate-600">No tools: {agentName} answers every message itself.</p>
      ) : (
        <ul className="mt-3 space-y-3">
          {tools.data.map((tool) => (
            <li key={tool.name} className="rounded-lg border border-slate-200 bg-slate-50 px-3 py-2 text-sm">
              <code className="block break-all font-mono text-xs font-semibold text-slate-900">{tool.name}</code>
              <p className="mt-0.5 text-xs text-slate-600">
                <span className="font-medium">Target agent:</span> {tool.targetName ?? 'unknown'}
              </p>
              <p className="mt-1 break-words text-slate-700">{tool.description}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
