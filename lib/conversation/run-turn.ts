import { contextFor, countPassed } from './context-window';
import type { AgentState } from './agent-state';
import type { LlmEngine, ToolCall } from './engines/types';
import type { SessionEventData } from './events';

/** Handoffs one user message may cause before the guard stops the chain. */
export const MAX_HANDOFFS_PER_MESSAGE = 3;

export interface TurnInput {
  /** Everything said and done in the session so far, oldest first. */
  history: readonly SessionEventData[];
  activeAgentId: string;
  userMessage: string;
  engine: LlmEngine;
  loadAgentState: (agentId: string) => Promise<AgentState>;
  /** Every agent's name, so each LLM sees who said what earlier in the conversation. */
  agentNames: ReadonlyMap<string, string>;
}

export interface TurnResult {
  events: SessionEventData[];
  activeAgentId: string;
}

/**
 * One user message through the engine: the active agent's LLM decides to reply or to call one of its
 * handoff tools; a handoff switches the agent, which then decides in turn with the context its
 * handoff passes. Guards stop runaway chains; engine failures become error events, never exceptions.
 */
export async function runTurn(input: TurnInput): Promise<TurnResult> {
  let activeAgentId = input.activeAgentId;
  const events: SessionEventData[] = [{ type: 'message', role: 'user', agentId: activeAgentId, content: input.userMessage, kind: 'user' }];
  const visited = [activeAgentId];
  const all = () => [...input.history, ...events];

  for (;;) {
    const state = await input.loadAgentState(activeAgentId);
    let decision;
    try {
      decision = await input.engine.decide({
        agent: state.agent,
        messages: contextFor(activeAgentId, all(), input.agentNames),
        tools: state.tools.map((t) => t.tool),
      });
    } catch (error) {
      events.push({ type: 'error', agentId: activeAgentId, message: describeError(error) });
      break;
    }

    if (decision.type === 'reply') {
      events.push({ type: 'message', role: 'assistant', agentId: activeAgentId, content: decision.text, kind: 'reply' });
      break;
    }

    const [call, ...ignored] = decision.calls as [ToolCall, ...ToolCall[]];
    if (ignored.length > 0) {
      for (const extra of ignored) {
        events.push({ type: 'tool_call', agentId: activeAgentId, toolName: extra.name, arguments: extra.arguments, result: 'ignored' });
      }
      events.push({
        type: 'guard',
        agentId: activeAgentId,
        code: 'multiple_calls',
        message: `The LLM asked for ${decision.calls.length} handoffs at once; only the first (${call.name}) was applied. Ignored: ${ignored.map((c) => c.name).join(', ')}.`,
      });
    }

    const offered = state.tools.find((tool) => tool.name === call.name);
    if (!offered) {
      events.push({ type: 'tool_call', agentId: activeAgentId, toolName: call.name, arguments: call.arguments, result: 'rejected' });
      events.push({
        type: 'guard',
        agentId: activeAgentId,
        code: 'unknown_tool',
        message: `The LLM called ${call.name}, which ${state.agent.name} does not offer; it was rejected, not executed.`,
      });
      break;
    }

    const handoffsSoFar = events.filter((event) => event.type === 'handoff').length;
    const blocked = handoffsSoFar >= MAX_HANDOFFS_PER_MESSAGE ? 'max_handoffs' : visited.includes(offered.target.id) ? 'ping_pong' : null;
    if (blocked) {
      events.push({ type: 'tool_call', agentId: activeAgentId, toolName: call.name, arguments: call.arguments, result: 'blocked' });
      events.push({
        type: 'guard',
        agentId: activeAgentId,
        code: blocked,
        message:
          blocked === 'max_handoffs'
            ? `Stopped a handoff to ${offered.target.name}: at most ${MAX_HANDOFFS_PER_MESSAGE} handoffs per message.`
            : `Stopped a handoff back to ${offered.target.name}: it already had the conversation during this message (ping-pong).`,
      });
      break;
    }

    const reason = typeof call.arguments.reason === 'string' && call.arguments.reason.trim() ? call.arguments.reason.trim() : decision.why.summary;
    events.push({ type: 'tool_call', agentId: activeAgentId, toolName: call.name, arguments: call.arguments, result: 'handoff' });
    if (offered.handoff.transferMessage) {
      events.push({ type: 'message', role: 'assistant', agentId: activeAgentId, content: offered.handoff.transferMessage, kind: 'transfer' });
    }
    const context = offered.handoff.context;
    events.push({
      type: 'handoff',
      fromAgentId: activeAgentId,
      toAgentId: offered.target.id,
      functionId: offered.functionId,
      toolName: offered.name,
      reason,
      summary: decision.why.summary,
      ...(decision.why.scores ? { scores: decision.why.scores } : {}),
      context: { ...context, messagesPassed: countPassed(all(), context) },
    });
    activeAgentId = offered.target.id;
    visited.push(activeAgentId);
    if (offered.handoff.greetOnArrival && offered.target.greeting) {
      events.push({ type: 'message', role: 'assistant', agentId: activeAgentId, content: offered.target.greeting, kind: 'greeting' });
    }
  }
  return { events, activeAgentId };
}

function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return `The LLM could not answer: ${message}`;
}
