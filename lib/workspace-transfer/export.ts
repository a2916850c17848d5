import { listAgents } from '@/lib/agents/service';
import { PHASES } from '@/lib/domain/constants';
import type { ServiceContext } from '@/lib/domain/context';
import { redactConfig } from '@/lib/function-types/redact-secrets';
import { listAllFunctions } from '@/lib/functions/service';
import { listRoutingTests } from '@/lib/routing-tests/service';
import { WORKSPACE_FORMAT, WORKSPACE_FORMAT_VERSION, type ExportedWorkspace } from './document-schema';

/**
 * The workspace's configuration as a versioned document: agents by name, then each agent's
 * functions in phase and list order, then each agent's routing tests in list order. Ids are replaced by
 * slugs, so importing it elsewhere (or into an empty workspace) rebuilds the same configuration. A test
 * whose expected agent was deleted is left out: it names no agent a file can refer to, and can only fail.
 */
export async function exportWorkspace(ctx: ServiceContext, now = new Date()): Promise<ExportedWorkspace> {
  const [agents, functions, tests] = await Promise.all([listAgents(ctx), listAllFunctions(ctx), listRoutingTests(ctx)]);
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
      // Secrets (header values) never travel: each is marked needsSecret, to be entered again.
      const config = redactConfig(fn.type, { ...fn.config }, 'export');
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
    // listRoutingTests orders by agent name, as listAgents does.
    tests: tests
      .filter((test) => test.expect.handoffTo === null || slugById.has(test.expect.handoffTo))
      .map((test) => ({
        agent: slugById.get(test.agentId) as string,
        name: test.name,
        messages: test.messages,
        expect: { handoffTo: test.expect.handoffTo === null ? null : (slugById.get(test.expect.handoffTo) as string) },
      })),
  };
}
