import { z } from 'zod';
import { listAgents } from '@/lib/agents/service';
import type { ServiceContext } from '@/lib/domain/context';
import { FUNCTION_TYPES } from '@/lib/domain/constants';
import { getFunctionType } from '@/lib/function-types/registry';
import type { DescriptionHint } from '@/lib/function-types/types';
import { listFunctionsForAgent } from './service';

export const CoachRequestSchema = z.object({
  agentId: z.string().min(1),
  type: z.enum(FUNCTION_TYPES),
  description: z.string().max(5000),
  /** The function being edited, so it is not compared with itself. */
  functionId: z.string().optional(),
  /** The agent the function leads to as the form has it now, so a description naming another is caught. */
  targetAgentId: z.string().max(200).optional(),
  /** The examples as the form has them now (one per line) or as a list; loosely bounded, never refused for their length. */
  examples: z
    .preprocess(
      (value) => (typeof value === 'string' ? value.split(/\r\n|\r|\n/) : value),
      z.array(z.string().max(5000)).max(500).transform((lines) => lines.map((line) => line.trim()).filter(Boolean)),
    )
    .optional(),
});
export type CoachRequest = z.output<typeof CoachRequestSchema>;
export type CoachRequestInput = z.input<typeof CoachRequestSchema>;

/**
 * The description coach: the type's checks against the agent's other functions and the workspace's
 * agents. The live hints in the form and the review page's findings both come from the type's coach.
 */
export async function coachDescription(ctx: ServiceContext, request: CoachRequest): Promise<DescriptionHint[]> {
  const definition = getFunctionType(request.type);
  const [functions, agents] = await Promise.all([listFunctionsForAgent(ctx, request.agentId), listAgents(ctx)]);
  const siblings = functions
    .filter((fn) => fn.id !== request.functionId && fn.type === request.type)
    .map((fn) => ({
      id: fn.id,
      toolName: fn.toolName,
      targetName: fn.targetAgent?.name ?? null,
      description: getFunctionType(fn.type).describe(fn.config),
      examples: getFunctionType(fn.type).examples?.(fn.config) ?? [],
    }));
  const workspace = {
    ownerId: request.agentId,
    targetId: request.targetAgentId || null,
    agents: agents.map(({ id, name, slug }) => ({ id, name, slug })),
  };
  return definition.coach(request.description, siblings, workspace, request.examples);
}
