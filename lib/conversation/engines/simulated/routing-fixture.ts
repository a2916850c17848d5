import type { DecideInput, EngineTool, LlmEngine } from '../types';
import { isClarifyingQuestion } from './wording';

/** A routing set as in bench/fixtures/dev/routing-dev.json: agents, handoffs, and what to expect. */
export interface RoutingFixture {
  start: string;
  agents: { name: string; description: string; instructions?: string }[];
  /** `examples`: the admin's example customer messages, offered only when a run asks for them. */
  handoffs: { from: string; to: string; description: string; examples?: string[] }[];
  cases: { say: string; expect: string | null }[];
}

export interface RoutingOptions {
  /** Offer each handoff's example phrases (as the handoff registry does), not only its description. */
  examples?: boolean;
}

// As the registry sends them to an OpenAI-compatible endpoint: a few examples after the description.
const EXAMPLES_LEAD = '\n\nExamples of customer messages for this handoff: ';

function describedWithExamples(description: string, examples: readonly string[]): string {
  const shown = examples.slice(0, 5).map((example) => `“${example}”`);
  return shown.length === 0 ? description : `${description}${EXAMPLES_LEAD}${shown.join('; ')}`;
}

export interface RoutingResult {
  say: string;
  expect: string | null;
  /** The agent handed to, or null for a reply (including a clarifying question). */
  got: string | null;
  /** The reply asked which of two handoffs was meant. */
  clarified: boolean;
  ok: boolean;
}

/** "Product Specialists" → "transfer_to_product_specialists", the way handoff tools are named. */
export function handoffToolName(target: string): string {
  return `transfer_to_${target.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '')}`;
}

function handoffTool(fixture: RoutingFixture, handoff: RoutingFixture['handoffs'][number], options: RoutingOptions): EngineTool {
  const examples = options.examples ? (handoff.examples ?? []) : [];
  return {
    definition: {
      type: 'function',
      function: {
        name: handoffToolName(handoff.to),
        description: describedWithExamples(handoff.description, examples),
        parameters: {
          type: 'object',
          properties: { reason: { type: 'string', description: 'Why the conversation is handed over.' } },
          required: ['reason'],
          additionalProperties: false,
        },
      },
    },
    hints: {
      targetName: handoff.to,
      targetDescription: fixture.agents.find((agent) => agent.name === handoff.to)?.description ?? '',
      ...(examples.length > 0 ? { description: handoff.description, examples } : {}),
    },
  };
}

/** The decision input for one case: the case's message said to the start agent, with its handoffs. */
export function routingInput(fixture: RoutingFixture, say: string, options: RoutingOptions = {}): DecideInput {
  const start = fixture.agents.find((agent) => agent.name === fixture.start);
  const tools = fixture.handoffs.filter((handoff) => handoff.from === fixture.start).map((handoff) => handoffTool(fixture, handoff, options));
  return {
    agent: { name: fixture.start, description: start?.description ?? '', instructions: start?.instructions ?? '', greeting: '' },
    messages: [{ role: 'user', content: say }],
    tools,
  };
}

/** Runs every case through an engine; a case passes on the right target, or rightly no handoff. */
export async function evaluateRouting(fixture: RoutingFixture, engine: LlmEngine, options: RoutingOptions = {}): Promise<RoutingResult[]> {
  const targetOf = new Map(fixture.handoffs.map((handoff) => [handoffToolName(handoff.to), handoff.to]));
  const results: RoutingResult[] = [];
  for (const { say, expect } of fixture.cases) {
    const decision = await engine.decide(routingInput(fixture, say, options));
    const call = decision.type === 'tool_calls' ? decision.calls[0] : undefined;
    const got = call ? (targetOf.get(call.name) ?? call.name) : null;
    const clarified = decision.type === 'reply' && isClarifyingQuestion(decision.text);
    results.push({ say, expect, got, clarified, ok: got === expect });
  }
  return results;
}
