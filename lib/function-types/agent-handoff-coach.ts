import { descriptionOverlap } from '@/lib/text/overlap';
import type { DescriptionHint, SiblingFunction } from './types';

const MIN_SPECIFIC_WORDS = 6;
const STRONG_OVERLAP = 0.5;

// A description tells the LLM *when*: a condition word, or a verb of the customer's intent.
const TRIGGER = /\b(when|whenever|if|once|as soon as|in case|for (?:any|all|questions|requests|issues)|about)\b/i;
// …and *what the customer asks*: who speaks and what they want.
const CUSTOMER_INTENT =
  /\b(customer|caller|user|client|traveller|traveler|guest|member|patient|buyer|visitor|they|someone|asks?|asking|wants?|needs?|requests?|mentions?|reports?|says?|complains?|questions?|enquir\w*|inquir\w*)\b/i;

/**
 * The spec's Tip, live: "vague descriptions lead to incorrect or missed handoffs". Every hint is a
 * warning with a reason; none blocks saving. The review page runs the same checks.
 */
export function coachHandoffDescription(
  description: string,
  siblings: SiblingFunction[],
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
  return hints;
}
