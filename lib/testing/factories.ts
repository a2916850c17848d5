import { createAgent } from '@/lib/agents/service';
import type { ServiceContext } from '@/lib/domain/context';
import type { HandoffConfigInput } from '@/lib/function-types/agent-handoff-config';
import { FunctionCreateSchema } from '@/lib/functions/schema';
import { createFunction } from '@/lib/functions/service';

/** Creates an agent with sensible filler for the fields a test does not care about. */
export function makeAgent(ctx: ServiceContext, name: string, description = `${name} agent`) {
  return createAgent(ctx, { name, description, instructions: `You are ${name}.`, greeting: `Hi, ${name} here.` });
}

/** Adds a During-Session handoff through the shared schema, as the form and API do. */
export function makeHandoff(ctx: ServiceContext, fromId: string, config: Partial<HandoffConfigInput> & { targetAgentId: string }) {
  const input = FunctionCreateSchema.parse({
    phase: 'during_session',
    type: 'agent_handoff',
    config: { description: 'Hand off when the customer asks about invoices or payments.', ...config },
  });
  return createFunction(ctx, fromId, input);
}

/** The three agents most tests need: a triage agent and two specialists. */
export async function makeSupportTeam(ctx: ServiceContext) {
  return {
    general: await makeAgent(ctx, 'General Support'),
    billing: await makeAgent(ctx, 'Billing'),
    tech: await makeAgent(ctx, 'Technical Support'),
  };
}
