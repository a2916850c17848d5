import type { ToolCallSession } from '@/lib/domain/turn-effect';
import { contextFor, countPassed } from './context-window';
import type { ActiveAgent, AgentState } from './agent-state';
import type { LlmEngine, ToolCall, ToolResult } from './engines/types';
import type { GuardEvent, SessionEventData } from './events';

/** Handoffs one user message may cause before the guard stops the chain. */
export const MAX_HANDOFFS_PER_MESSAGE = 3;
/** Tool calls whose result goes back to the LLM (webhooks) one user message may cause. */
export const MAX_TOOL_RESULTS_PER_MESSAGE = 3;

export interface TurnInput {
  /** Everything said and done in the session so far, oldest first. */
  history: readonly SessionEventData[];
  activeAgentId: string;
  userMessage: string;
  engine: LlmEngine;
  loadAgentState: (agentId: string) => Promise<AgentState>;
  /** Every agent's name, so each LLM sees who said what earlier in the conversation. */
  agentNames: ReadonlyMap<string, string>;
  /** The kept conversation, for tools that call out (webhooks); absent in routing test runs. */
  session?: ToolCallSession;
}

export interface TurnResult {
  events: SessionEventData[];
  activeAgentId: string;
  /** A tool ended the conversation (its closing message is the last event). */
  ended?: true;
}

/**
 * One user message through the engine: the active agent's LLM decides to reply or to call one of its
 * tools; the tool's type says what the call does (switch agent, end the session), never its name here.
 * A switch moves the conversation to an agent that then decides in turn with the context the switch
 * passes. Guards stop runaway chains, and the agent left holding the conversation still answers;
 * engine failures become error events, never exceptions.
 */
export async function runTurn(input: TurnInput): Promise<TurnResult> {
  let activeAgentId = input.activeAgentId;
  const events: SessionEventData[] = [{ type: 'message', role: 'user', agentId: activeAgentId, content: input.userMessage, kind: 'user' }];
  const visited = [activeAgentId];
  const all = () => [...input.history, ...events];
  let ended = false;
  // What the active agent's tools answered during this message; its LLM reads them before replying.
  let toolResults: ToolResult[] = [];
  let toolResultCount = 0;

  for (;;) {
    const state = await input.loadAgentState(activeAgentId);
    let decision;
    try {
      decision = await input.engine.decide({
        agent: state.agent,
        messages: contextFor(activeAgentId, all(), input.agentNames),
        tools: state.tools.map((t) => t.tool),
        ...(toolResults.length > 0 ? { toolResults } : {}),
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
      const message = `The LLM called ${call.name}, which ${state.agent.name} does not offer; it was rejected, not executed`;
      events.push(...(await answerAfterGuard(input, state.agent, all(), { code: 'unknown_tool', message })));
      break;
    }

    if (toolResultCount >= MAX_TOOL_RESULTS_PER_MESSAGE && offered.returnsResult) {
      events.push({ type: 'tool_call', agentId: activeAgentId, toolName: call.name, arguments: call.arguments, result: 'blocked' });
      const message = `Stopped a call of ${call.name}: at most ${MAX_TOOL_RESULTS_PER_MESSAGE} tool calls per message`;
      events.push(...(await answerAfterGuard(input, state.agent, all(), { code: 'max_tool_calls', message }, toolResults)));
      break;
    }
    const effect = await offered.onCall(offered.config, offered.target, {
      arguments: call.arguments,
      summary: decision.why.summary,
      functionId: offered.functionId,
      agent: { id: state.agent.id, name: state.agent.name },
      ...(input.session ? { session: input.session } : {}),
    });
    if (effect.kind === 'tool_result') {
      events.push({ type: 'tool_call', agentId: activeAgentId, toolName: call.name, arguments: call.arguments, result: 'called' });
      events.push(effect.event);
      toolResults = [...toolResults, { call, content: effect.content, ok: effect.ok }];
      toolResultCount += 1;
      continue;
    }
    if (effect.kind === 'end_conversation') {
      events.push({ type: 'tool_call', agentId: activeAgentId, toolName: call.name, arguments: call.arguments, result: 'ended' });
      if (effect.message) events.push({ type: 'message', role: 'assistant', agentId: activeAgentId, content: effect.message, kind: 'reply' });
      ended = true;
      break;
    }

    const handoffsSoFar = events.filter((event) => event.type === 'handoff').length;
    const blocked = handoffsSoFar >= MAX_HANDOFFS_PER_MESSAGE ? 'max_handoffs' : visited.includes(effect.targetAgentId) ? 'ping_pong' : null;
    if (blocked) {
      events.push({ type: 'tool_call', agentId: activeAgentId, toolName: call.name, arguments: call.arguments, result: 'blocked' });
      const message =
        blocked === 'max_handoffs'
          ? `Stopped a handoff to ${effect.targetName}: at most ${MAX_HANDOFFS_PER_MESSAGE} handoffs per message`
          : `Stopped a handoff back to ${effect.targetName}: it already had the conversation during this message (ping-pong)`;
      events.push(...(await answerAfterGuard(input, state.agent, all(), { code: blocked, message })));
      break;
    }

    events.push({ type: 'tool_call', agentId: activeAgentId, toolName: call.name, arguments: call.arguments, result: 'handoff' });
    if (effect.transferMessage) {
      events.push({ type: 'message', role: 'assistant', agentId: activeAgentId, content: effect.transferMessage, kind: 'transfer' });
    }
    events.push({
      type: 'handoff',
      fromAgentId: activeAgentId,
      toAgentId: effect.targetAgentId,
      functionId: offered.functionId,
      toolName: offered.name,
      reason: effect.reason,
      summary: decision.why.summary,
      ...(decision.why.scores ? { scores: decision.why.scores } : {}),
      context: { ...effect.context, messagesPassed: countPassed(all(), effect.context) },
    });
    activeAgentId = effect.targetAgentId;
    visited.push(activeAgentId);
    toolResults = [];
    if (effect.greeting) {
      events.push({ type: 'message', role: 'assistant', agentId: activeAgentId, content: effect.greeting, kind: 'greeting' });
    }
  }
  return { events, activeAgentId, ...(ended ? { ended } : {}) };
}

/**
 * A guard stopped the chain, so nobody has answered the customer yet: the agent that holds the
 * conversation is asked once more with no tools, and its reply follows the guard event, which says so.
 * If that call fails too, an error event follows instead.
 */
async function answerAfterGuard(
  input: TurnInput,
  agent: ActiveAgent,
  events: readonly SessionEventData[],
  guard: { code: GuardEvent['code']; message: string },
  toolResults: ToolResult[] = [],
): Promise<SessionEventData[]> {
  let answer: { text: string } | { error: string };
  try {
    const messages = contextFor(agent.id, events, input.agentNames);
    const decision = await input.engine.decide({ agent, messages, tools: [], ...(toolResults.length > 0 ? { toolResults } : {}) });
    const text = decision.text?.trim();
    answer = text ? { text } : { error: 'The LLM could not answer: it called a tool again when asked to answer without tools.' };
  } catch (error) {
    answer = { error: describeError(error) };
  }
  if ('error' in answer) {
    return [
      { type: 'guard', agentId: agent.id, ...guard, message: `${guard.message}.` },
      { type: 'error', agentId: agent.id, message: answer.error },
    ];
  }
  return [
    { type: 'guard', agentId: agent.id, ...guard, message: `${guard.message}; ${agent.name} answered instead.`, answeredBy: agent.id },
    { type: 'message', role: 'assistant', agentId: agent.id, content: answer.text, kind: 'reply' },
  ];
}

function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return `The LLM could not answer: ${message}`;
}
