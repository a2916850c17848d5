import { findNameMentions, type NameToFind } from '@/lib/text/name-mentions';
import { descriptionOverlap } from '@/lib/text/overlap';
import { coachHandoffExamples } from './agent-handoff-example-coach';
import type { CoachWorkspace, DescriptionHint, SiblingFunction } from './types';

const MIN_SPECIFIC_WORDS = 6;
const STRONG_OVERLAP = 0.5;

// A description tells the LLM *when*: a condition word, or a verb of the customer's intent.
const TRIGGER = /\b(when|whenever|if|once|as soon as|in case|for (?:any|all|questions|requests|issues)|about)\b/i;
// …and *what the customer asks*: who speaks and what they want.
const CUSTOMER_INTENT =
  /\b(customer|caller|user|client|traveller|traveler|guest|member|patient|buyer|visitor|they|someone|asks?|asking|wants?|needs?|requests?|mentions?|reports?|says?|complains?|questions?|enquir\w*|inquir\w*)\b/i;

/**
 * The spec's Tip, live: "vague descriptions lead to incorrect or missed handoffs". Every hint is a
 * warning with a reason; none blocks saving. The review page runs the same checks. Given the
 * handoff's example messages, it also names those that read like a sibling handoff's.
 */
export function coachHandoffDescription(
  description: string,
  siblings: SiblingFunction[],
  workspace?: CoachWorkspace,
  examples: readonly string[] = [],
): DescriptionHint[] {
  const text = description.trim();
  if (text.length === 0) return [];
  const hints: DescriptionHint[] = [];
  const words = text.split(/\s+/).filter((word) => /[a-z0-9]/i.test(word));
  if (words.length < MIN_SPECIFIC_WORDS) {
    hints.push({
      code: 'too_short',
      message: `Too short to be specific (${words.length} ${words.length === 1 ? 'word' : 'words'}): say which requests belong to the target agent.`,
    });
  }
  if (!TRIGGER.test(text)) {
    hints.push({
      code: 'no_trigger',
      message: 'No trigger condition: say when to hand off, e.g. “when the customer asks about …”.',
    });
  }
  if (!CUSTOMER_INTENT.test(text)) {
    hints.push({
      code: 'no_customer_intent',
      message: 'Says nothing about what the customer asks or needs, which is what the LLM matches on.',
    });
  }
  for (const sibling of siblings) {
    const overlap = descriptionOverlap(text, sibling.description);
    if (overlap.score >= STRONG_OVERLAP) {
      const name = sibling.targetName ? `the handoff to ${sibling.targetName}` : `${sibling.toolName ?? 'another function'}`;
      hints.push({
        code: 'overlap',
        message: `Overlaps strongly with ${name} (shared: ${overlap.sharedWords.slice(0, 6).join(', ')}): the LLM may not tell them apart.`,
      });
    }
  }
  const wrongTarget = workspace ? wrongTargetHint(text, workspace) : null;
  if (wrongTarget) hints.push(wrongTarget);
  if (examples.length > 0) {
    const targetName = workspace?.agents.find((agent) => agent.id === workspace.targetId)?.name ?? null;
    hints.push(...coachHandoffExamples({ description: text, targetName, examples }, siblings));
  }
  return hints;
}

/**
 * A description that names another agent of the workspace than the target ("Hand off to billing
 * when…" with Sales as the Target Agent): the LLM reads it as a handoff to Billing, or the admin picked
 * the wrong target. Flagged when another agent is named and the target is not, or when another agent
 * is where the text hands off to and the target is not; agents the text rules out ("not to Billing")
 * do not count, and the owner may be named as where the conversation comes from.
 */
// One list per workspace's agents, however many of its functions are coached (a review coaches them all).
const namesOfAgents = new WeakMap<CoachWorkspace['agents'], NameToFind[]>();

function namesToFind(agents: CoachWorkspace['agents']): NameToFind[] {
  let names = namesOfAgents.get(agents);
  if (!names) {
    names = agents.map((agent) => ({ key: agent.id, forms: [agent.name, agent.slug] }));
    namesOfAgents.set(agents, names);
  }
  return names;
}

function wrongTargetHint(text: string, { ownerId, targetId, agents }: CoachWorkspace): DescriptionHint | null {
  const target = agents.find((agent) => agent.id === targetId);
  if (!target) return null;
  const mentions = findNameMentions(text, namesToFind(agents)).filter((mention) => !mention.negated);
  const ofTarget = mentions.filter((mention) => mention.key === target.id);
  const targetIsDestination = ofTarget.some((mention) => mention.role === 'destination');
  const wrong = new Set<string>();
  for (const mention of mentions) {
    if (mention.key === target.id || (mention.key === ownerId && mention.role !== 'destination')) continue;
    if (mention.role === 'destination' ? !targetIsDestination : ofTarget.length === 0) wrong.add(mention.key);
  }
  if (wrong.size === 0) return null;
  const names = [...wrong].map((id) => agents.find((agent) => agent.id === id)?.name ?? id);
  return {
    code: 'wrong_target',
    message: `This description names ${listNames(names)}, but the Target Agent is ${target.name}. Pick the agent it means, or say when to hand off to ${target.name}.`,
  };
}

/** "Billing", "Billing and Refunds", "Billing, Refunds and Returns". */
function listNames(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
