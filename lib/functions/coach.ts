import { z } from 'zod';
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
});
export type CoachRequest = z.infer<typeof CoachRequestSchema>;

/**
 * The description coach: the type's checks against the agent's other functions. The live hints in
 * the form and the review page's findings both come from here.
 */
export async function coachDescription(ctx: ServiceContext, request: CoachRequest): Promise<DescriptionHint[]> {
  const definition = getFunctionType(request.type);
  const siblings = (await listFunctionsForAgent(ctx, request.agentId))
    .filter((fn) => fn.id !== request.functionId && fn.type === request.type)
    .map((fn) => ({
      id: fn.id,
      toolName: fn.toolName,
      targetName: fn.targetAgent?.name ?? null,
      description: getFunctionType(fn.type).describe(fn.config),
    }));
  return definition.coach(request.description, siblings);
}
