import type { ToolCallInput } from '@/lib/domain/turn-effect';
import { coachHandoffDescription } from './agent-handoff-coach';
import { defaultHandoffToolName, HandoffConfigSchema, handoffExamples, type HandoffConfig } from './agent-handoff-config';
import { describeWithExamples } from './agent-handoff-tool-description';
import type { FunctionTypeDefinition } from './types';

/** The LLM's one-sentence reason, or the engine's own account when it gave none. */
function reasonOf(call: ToolCallInput): string {
  const reason = call.arguments.reason;
  return typeof reason === 'string' && reason.trim() ? reason.trim() : call.summary;
}

/** Agent Handoff: the LLM calls it and the session moves to a specialist agent. */
export const agentHandoff: FunctionTypeDefinition<HandoffConfig> = {
  type: 'agent_handoff',
  label: 'Agent Handoff',
  summary: 'Route an active conversation to a different specialized agent.',
  // The spec's availability table: During-Session only.
  phases: ['during_session'],
  configSchema: HandoffConfigSchema,
  targetAgentId: (config) => config.targetAgentId,
  uniquePerTarget: true,
  toolName: (config) => config.toolName ?? null,
  complete: (config, target) => ({
    ...config,
    toolName: config.toolName ?? (target ? defaultHandoffToolName(target.slug) : undefined),
  }),
  toTool: (config, target) => ({
    definition: {
      type: 'function',
      function: {
        name: config.toolName ?? defaultHandoffToolName(target?.slug ?? 'agent'),
        description: describeWithExamples(config.description, handoffExamples(config)),
        parameters: {
          type: 'object',
          properties: {
            reason: {
              type: 'string',
              description: 'One sentence on why the conversation is handed off, shown to the admin.',
            },
          },
          required: ['reason'],
          additionalProperties: false,
        },
      },
    },
    hints: {
      ...(target ? { targetName: target.name, targetDescription: target.description } : {}),
      description: config.description,
      examples: handoffExamples(config),
    },
  }),
  onCall: (config, target, call) => ({
    kind: 'switch_agent',
    targetAgentId: target?.id ?? config.targetAgentId,
    targetName: target?.name ?? config.targetAgentId,
    reason: reasonOf(call),
    transferMessage: config.transferMessage,
    greeting: config.greetOnArrival ? (target?.greeting ?? '') : '',
    context: config.context,
  }),
  coach: coachHandoffDescription,
  describe: (config) => config.description,
  examples: (config) => handoffExamples(config),
};
