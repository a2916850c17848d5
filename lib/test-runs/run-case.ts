import type { Decision, LlmEngine } from '@/lib/conversation/engines/types';
import type { SessionEventData } from '@/lib/conversation/events';
import { runTurn } from '@/lib/conversation/run-turn';
import type { AgentStateSnapshot } from './agent-states';
import type { RunnableCase } from './read-cases';
import { whyOf, type RunWhy } from './run-why';

/** How one case came out. */
export interface CaseOutcome {
  ok: boolean;
  /** The agent holding the conversation after the last message; null when that is the start agent. */
  reached: string | null;
  why: RunWhy;
}

/**
 * Runs one case in a throw-away conversation held in memory: it opens like a Test Chat session (the
 * start agent's greeting), sends each message in order through runTurn with the run's snapshot of
 * agent states, and is never written anywhere. An abort stops it between (or inside) messages.
 */
export async function runCase(testCase: RunnableCase, snapshot: AgentStateSnapshot, engine: LlmEngine, signal?: AbortSignal): Promise<CaseOutcome> {
  const start = snapshot.state(testCase.agentId).agent;
  const history: SessionEventData[] = start.greeting
    ? [{ type: 'message', role: 'assistant', agentId: start.id, content: start.greeting, kind: 'greeting' }]
    : [];
  const recorder = recordingEngine(engine, signal);
  let activeAgentId = start.id;
  let lastTurn: SessionEventData[] = [];
  for (const message of testCase.messages) {
    // A turn on the built-in model can run on promises already resolved and never give the thread
    // back: yield once per message, so the server answers its other requests while a run goes on.
    await new Promise((resolve) => setImmediate(resolve));
    signal?.throwIfAborted();
    recorder.decisions.length = 0;
    const turn = await runTurn({
      history,
      activeAgentId,
      userMessage: message,
      engine: recorder,
      loadAgentState: async (agentId) => snapshot.state(agentId),
      agentNames: snapshot.names,
    });
    // runTurn turns an engine's failure into an error event; an abort must stop the case instead.
    signal?.throwIfAborted();
    history.push(...turn.events);
    lastTurn = turn.events;
    activeAgentId = turn.activeAgentId;
  }
  const reached = activeAgentId === start.id ? null : activeAgentId;
  return { ok: reached === testCase.expectHandoffTo, reached, why: whyOf(history, lastTurn, activeAgentId, lastDecision(recorder.decisions)) };
}

interface Recorded {
  decision: Decision;
  withTools: boolean;
}

/** The engine, passed the run's signal, remembering the decisions it made. */
function recordingEngine(engine: LlmEngine, signal: AbortSignal | undefined): LlmEngine & { decisions: Recorded[] } {
  const decisions: Recorded[] = [];
  return {
    id: engine.id,
    label: engine.label,
    decisions,
    async decide(input) {
      const decision = await engine.decide(signal ? { ...input, signal } : input);
      decisions.push({ decision, withTools: input.tools.length > 0 });
      return decision;
    },
  };
}

/** The last message's deciding decision: the last one made with tools on offer (a guard's answer has none). */
function lastDecision(decisions: readonly Recorded[]): Decision | undefined {
  return (decisions.findLast((recorded) => recorded.withTools) ?? decisions.at(-1))?.decision;
}
