import { analyseTerms } from '@/lib/text/terms';
import type { DecideInput, Decision } from '../types';
import { stableHash } from './hash';
import { chooseOutcome } from './policy';
import { buildQuery } from './query';
import { scoreTools } from './score';
import { toolSetIndex } from './tool-set-index';
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

/** The simulated model's whole decision, synchronous and pure: the same input gives the same output. */
export function decideSimulated(input: DecideInput): Decision {
  const { agent, messages, tools } = input;
  const index = toolSetIndex(agent, tools);
  const ranked = scoreTools(buildQuery(messages), index);
  const outcome = chooseOutcome(ranked);
  const scores = ranked.map(({ toolName, score, matched }) => ({ toolName, score, matched }));
  const labelOf = (toolName: string) =>
    index.profiles.find((profile) => profile.name === toolName)?.label ?? toolName;

  if (outcome.kind === 'handoff') {
    const { chosen, runnerUp } = outcome;
    const label = labelOf(chosen.toolName);
    // Derived from the conversation so far: a replay of the same conversation gets the same id.
    const id = `call_sim_${stableHash(JSON.stringify([messages.length, messages.at(-1)?.content ?? '', chosen.toolName]))}`;
    return {
      type: 'tool_calls',
      calls: [{ id, name: chosen.toolName, arguments: { reason: handoffReason(chosen, label) } }],
      why: { summary: handoffSummary(chosen, label, runnerUp), scores },
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
  const lastUser = messages.filter((message) => message.role === 'user').at(-1)?.content ?? '';
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
  return { type: 'reply', text, why: { summary: staySummary(outcome.best, tools.length), scores } };
}
