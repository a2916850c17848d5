import { analyseTerms } from '@/lib/text/terms';
import type { DecideInput, Decision, ToolResult } from '../types';
import { agentRole } from './agent-role';
import { fuseMeaning, fusionFor, lexicallyClear } from './fuse';
import { stableHash } from './hash';
import type { EncoderProvider } from './meaning/encoder';
import { meaningIndex, meaningMatches, messageVector } from './meaning/meaning-index';
import { chooseOutcome } from './policy';
import { buildQuery } from './query';
import { scoreConversation, type OwnScore, type ScoredTool } from './score';
import { simulatedArguments } from './tool-arguments';
import { replyWithToolResults } from './tool-result-reply';
import { toolSetIndex, type ToolSetIndex } from './tool-set-index';
import {
  clarifySummary,
  clarifyText,
  greetingText,
  handoffReason,
  handoffSummary,
  staySummary,
  stayText,
  takeoverText,
} from './wording';

/** Every tool scored on words alone (BM25 over stems, WordNet relatives and phrases), best first. */
export function rankByWords(input: DecideInput): { index: ToolSetIndex; ranked: ScoredTool[]; own: OwnScore } {
  const index = toolSetIndex(input.agent, input.tools);
  return { index, ...scoreConversation(buildQuery(input.messages), index) };
}

/** A tool answered during this message: the model now replies with its result rather than deciding again. */
function hasToolResults(input: DecideInput): input is DecideInput & { toolResults: ToolResult[] } {
  return (input.toolResults?.length ?? 0) > 0;
}

/** Example messages are few-shot evidence only the encoder weighs well: with them it is always asked. */
function hasExamples(input: DecideInput): boolean {
  return input.tools.some((tool) => (tool.hints?.examples?.length ?? 0) > 0);
}

/** Builds (and caches) everything a decision for this agent and these tools needs, message aside. */
export async function prepareSimulated(input: Pick<DecideInput, 'agent' | 'tools'>, encoders: EncoderProvider | undefined): Promise<void> {
  const index = toolSetIndex(input.agent, input.tools);
  if (!encoders || encoders.failed || input.tools.length === 0) return;
  const encoder = await encoders.get();
  // A failure here is logged (and handled) by the next decision, which falls back to words.
  if (encoder) await meaningIndex(encoder, input.agent, input.tools, index).catch(() => undefined);
}

function lastUserText(input: DecideInput): string {
  return input.messages.filter((message) => message.role === 'user').at(-1)?.content ?? '';
}

let embeddingFailureLogged = false;

/**
 * The words' ranking with the sentence encoder's evidence added, when the words alone do not settle
 * it and the encoder is available; otherwise the words' ranking unchanged.
 */
async function rankWithMeaning(
  input: DecideInput,
  words: { index: ToolSetIndex; ranked: ScoredTool[] },
  encoders: EncoderProvider | undefined,
): Promise<ScoredTool[]> {
  const { ranked } = words;
  const text = lastUserText(input);
  if (!encoders || encoders.failed || input.tools.length === 0 || !text.trim()) return ranked;
  if (lexicallyClear(ranked) && !hasExamples(input)) return ranked;
  const encoder = await encoders.get();
  if (!encoder) return ranked;
  try {
    const [index, message] = await Promise.all([meaningIndex(encoder, input.agent, input.tools, words.index), messageVector(encoder, text)]);
    return fuseMeaning(ranked, meaningMatches(index, message, text), fusionFor(agentRole(input.agent)));
  } catch (error) {
    if (!embeddingFailureLogged) {
      embeddingFailureLogged = true;
      console.warn(`[simulated model] sentence encoder failed, matching words only: ${error instanceof Error ? error.message : String(error)}`);
    }
    return ranked;
  }
}

/**
 * The simulated model's whole decision. Deterministic: the same input gives the same output (the
 * encoder's vectors depend only on the texts embedded). With `encoders` undefined, or when the encoder
 * cannot be loaded, it decides on words alone.
 */
export async function decideSimulated(input: DecideInput, encoders?: EncoderProvider): Promise<Decision> {
  if (hasToolResults(input)) return replyWithToolResults(input);
  const words = rankByWords(input);
  const ranked = await rankWithMeaning(input, words, encoders);
  input.signal?.throwIfAborted();
  return decisionFrom(input, words.index, ranked, words.own);
}

/** The decision on words alone, synchronously: what the model falls back to without its encoder. */
export function decideByWords(input: DecideInput): Decision {
  if (hasToolResults(input)) return replyWithToolResults(input);
  const { index, ranked, own } = rankByWords(input);
  return decisionFrom(input, index, ranked, own);
}

function decisionFrom(input: DecideInput, index: ToolSetIndex, ranked: ScoredTool[], own: OwnScore): Decision {
  const { agent, messages, tools } = input;
  const outcome = chooseOutcome(ranked, { role: agentRole(agent), own });
  const scores = ranked.map(({ toolName, score, matched }) => ({ toolName, score, matched }));
  const labelOf = (toolName: string) =>
    index.profiles.find((profile) => profile.name === toolName)?.label ?? toolName;

  if (outcome.kind === 'handoff') {
    const { chosen, runnerUp } = outcome;
    const label = labelOf(chosen.toolName);
    // A tool without a target agent (ending the chat, a lookup) is a call, not a handoff, in the wording.
    const chosenTool = tools.find((tool) => tool.definition.function.name === chosen.toolName);
    const leadsToAgent = Boolean(chosenTool?.hints?.targetName);
    // Derived from the conversation so far: a replay of the same conversation gets the same id.
    const id = `call_sim_${stableHash(JSON.stringify([messages.length, messages.at(-1)?.content ?? '', chosen.toolName]))}`;
    return {
      type: 'tool_calls',
      calls: [{ id, name: chosen.toolName, arguments: simulatedArguments(chosenTool, lastUserText(input), handoffReason(chosen, label, leadsToAgent)) }],
      why: { summary: handoffSummary(chosen, label, runnerUp, leadsToAgent), scores },
    };
  }
  if (outcome.kind === 'clarify') {
    const { first, second } = outcome;
    return {
      type: 'reply',
      text: clarifyText(agent.name, labelOf(first.toolName), labelOf(second.toolName)),
      why: { summary: clarifySummary(first, second), scores },
    };
  }
  const lastUser = lastUserText(input);
  // Before the agent has said anything, its own greeting is the most natural reply.
  const firstTurn = !messages.some((message) => message.role === 'assistant');
  const lastUserIndex = messages.findLastIndex((message) => message.role === 'user');
  // An agent that had not spoken before the customer's latest message has just been handed it.
  const justArrived =
    !firstTurn &&
    lastUserIndex >= 0 &&
    !messages.slice(0, lastUserIndex).some((message) => message.role === 'assistant' && message.agentName === agent.name);
  const text =
    firstTurn && agent.greeting.trim()
      ? greetingText(agent.greeting.trim())
      : justArrived && analyseTerms(lastUser).length > 0
        ? takeoverText(agent.name, lastUser)
        : stayText(agent.name, analyseTerms(lastUser).length > 0);
  return { type: 'reply', text, why: { summary: staySummary(outcome.best, tools.length, outcome.reason, outcome.minScore), scores } };
}
