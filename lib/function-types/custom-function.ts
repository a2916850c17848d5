import type { LlmTool } from '@/lib/domain/llm-tool';
import type { ToolCallInput, TurnEffect } from '@/lib/domain/turn-effect';
import { callCustomFunction, resultText, type FunctionCallInput } from '@/lib/webhooks/call-function';
import { CustomFunctionConfigSchema, headersWithoutValue, keepStoredHeaderValues, redactHeaders, type CustomFunctionConfig } from './custom-function-config';
import type { FunctionTypeDefinition, SessionHookInput, SessionStartOutcome } from './types';

/** The JSON schema the LLM sees, built from the parameter list. */
function toolOf(config: CustomFunctionConfig): LlmTool {
  const properties: LlmTool['definition']['function']['parameters']['properties'] = {};
  for (const parameter of config.parameters) {
    properties[parameter.name] = {
      type: parameter.type === 'enum' ? 'string' : parameter.type,
      ...(parameter.description ? { description: parameter.description } : {}),
      ...(parameter.type === 'enum' && 'values' in parameter ? { enum: parameter.values } : {}),
    };
  }
  const required = config.parameters.filter((parameter) => parameter.required).map((parameter) => parameter.name);
  return {
    definition: {
      type: 'function',
      function: {
        name: config.name,
        description: config.description,
        parameters: { type: 'object', properties, ...(required.length > 0 ? { required } : {}), additionalProperties: false },
      },
    },
    hints: { description: config.description },
  };
}

/** Only the declared parameters travel to the webhook: the LLM may add others. */
function declaredArguments(config: CustomFunctionConfig, args: Record<string, unknown>): Record<string, unknown> {
  const names = new Set(config.parameters.map((parameter) => parameter.name));
  return Object.fromEntries(Object.entries(args).filter(([name]) => names.has(name)));
}

async function onCall(config: CustomFunctionConfig, call: ToolCallInput): Promise<TurnEffect> {
  const agent = call.agent ?? { id: '', name: '' };
  if (!call.session) {
    // Routing test runs keep no session: they decide where a conversation goes and call nothing.
    const error = 'Not called: routing test runs never call webhooks.';
    const event = { type: 'function_call' as const, agentId: agent.id, functionId: call.functionId ?? '', name: config.name, phase: 'during_session' as const, request: { url: config.url, method: 'POST' as const, body: {} }, status: null, durationMs: 0, error, mode: config.mode };
    return { kind: 'tool_result', content: error, ok: false, event };
  }
  const { event, outcome } = await callCustomFunction(config, {
    phase: 'during_session',
    functionId: call.functionId ?? '',
    agent,
    sessionId: call.session.sessionId,
    workspaceId: call.session.workspaceId,
    variables: call.session.variables,
    signingSecret: call.session.signingSecret,
    arguments: declaredArguments(config, call.arguments),
  });
  if (outcome === null) return { kind: 'tool_result', content: 'The request was sent; its result will not be available in this conversation.', ok: true, event };
  return outcome.ok ? { kind: 'tool_result', content: resultText(outcome.result), ok: true, event } : { kind: 'tool_result', content: config.errorMessage, ok: false, event };
}

function hookInput(session: SessionHookInput, phase: FunctionCallInput['phase']): FunctionCallInput | null {
  if (!session.signingSecret) return null;
  const { sessionId, workspaceId, functionId, agent, variables, signingSecret } = session;
  return { phase, sessionId, workspaceId, functionId, agent, variables, signingSecret };
}

/** `{ "variables": {…} }` fills placeholders (values become text); `{ "block": true, "message" }` ends the session. */
function startOutcomeOf(result: unknown): Omit<SessionStartOutcome, 'events'> {
  if (typeof result !== 'object' || result === null || Array.isArray(result)) return {};
  const answer = result as Record<string, unknown>;
  const outcome: Omit<SessionStartOutcome, 'events'> = {};
  if (typeof answer.variables === 'object' && answer.variables !== null && !Array.isArray(answer.variables)) {
    const variables: Record<string, string> = {};
    for (const [name, value] of Object.entries(answer.variables)) {
      if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') variables[name] = String(value);
    }
    outcome.variables = variables;
  }
  if (answer.block === true) outcome.block = { message: typeof answer.message === 'string' ? answer.message.trim() : '' };
  return outcome;
}

/** Custom Function: a webhook called before, during (as an LLM tool) or after a conversation. */
export const customFunction: FunctionTypeDefinition<CustomFunctionConfig> = {
  type: 'custom_function',
  label: 'Custom Function',
  summary: 'Call your own webhook: before the conversation, as a tool the LLM may call, or after it ends.',
  phases: ['pre_session', 'during_session', 'post_session'],
  configSchema: CustomFunctionConfigSchema,
  targetAgentId: () => null,
  uniquePerTarget: false,
  toolName: (config) => config.name,
  toolNameField: 'name',
  complete: (config) => config,
  toTool: (config) => toolOf(config),
  onCall: (config, _target, call) => onCall(config, call),
  callReturnsResult: true,
  async onSessionStart(config, session) {
    const input = hookInput(session, 'pre_session');
    if (!input) return { events: [] };
    const { event, outcome } = await callCustomFunction(config, input);
    return { events: [event], ...(outcome?.ok ? startOutcomeOf(outcome.result) : {}) };
  },
  async onSessionEnd(config, session) {
    const input = hookInput(session, 'post_session');
    if (!input) return { events: [] };
    const { event } = await callCustomFunction(config, { ...input, transcript: session.transcript });
    return { events: [event] };
  },
  // The description coach's hints are about handoffs (triggers, targets); a webhook's description has none of them.
  coach: () => [],
  describe: (config) => config.description,
  redactSecrets: redactHeaders,
  keepSecrets: keepStoredHeaderValues,
  missingSecrets: headersWithoutValue,
};
