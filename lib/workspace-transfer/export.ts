import { listAgents } from '@/lib/agents/service';
import { PHASES } from '@/lib/domain/constants';
import type { ServiceContext } from '@/lib/domain/context';
import { listAllFunctions } from '@/lib/functions/service';
import { WORKSPACE_FORMAT, WORKSPACE_FORMAT_VERSION, type ExportedWorkspace } from './document-schema';

/**
 * The workspace's configuration as a versioned document: agents by name, then each agent's
 * functions in phase and list order. Ids are replaced by slugs, so importing it elsewhere (or into an
 * empty workspace) rebuilds the same configuration.
 */
export async function exportWorkspace(ctx: ServiceContext, now = new Date()): Promise<ExportedWorkspace> {
  const [agents, functions] = await Promise.all([listAgents(ctx), listAllFunctions(ctx)]);
  const slugById = new Map(agents.map((agent) => [agent.id, agent.slug]));
  const agentOrder = new Map(agents.map((agent, index) => [agent.id, index]));
  const ordered = [...functions].sort(
    (a, b) =>
      (agentOrder.get(a.agentId) ?? 0) - (agentOrder.get(b.agentId) ?? 0) ||
      PHASES.indexOf(a.phase) - PHASES.indexOf(b.phase) ||
      a.position - b.position ||
      a.createdAt.getTime() - b.createdAt.getTime(),
  );
  return {
    format: WORKSPACE_FORMAT,
    version: WORKSPACE_FORMAT_VERSION,
    exportedAt: now.toISOString(),
    agents: agents.map(({ slug, name, description, instructions, greeting }) => ({ slug, name, description, instructions, greeting })),
    functions: ordered.map((fn) => {
      // The target travels as `target` (a slug); the id inside the config means nothing elsewhere.
      const config = { ...fn.config };
      delete config.targetAgentId;
      return {
        agent: slugById.get(fn.agentId) as string,
        phase: fn.phase,
        type: fn.type,
        target: fn.targetAgentId ? (slugById.get(fn.targetAgentId) ?? null) : null,
        enabled: fn.enabled,
        config,
      };
    }),
  };
}
