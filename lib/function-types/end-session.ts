import { END_SESSION_TOOL_NAME, EndSessionConfigSchema, type EndSessionConfig } from './end-session-config';
import type { DescriptionHint, FunctionTypeDefinition } from './types';

const MIN_SPECIFIC_WORDS = 4;
// When to end: a condition, or the customer's own way of saying they are done.
const TRIGGER = /\b(when|whenever|if|once|as soon as|after|goodbye|bye|thanks?|thank you|done|finished|that'?s all|nothing else)\b/i;

/** The coach for End Session: the description must say when the conversation is over. */
function coachEndSession(description: string): DescriptionHint[] {
  const text = description.trim();
  if (text.length === 0) return [];
  const hints: DescriptionHint[] = [];
  const words = text.split(/\s+/).filter((word) => /[a-z0-9]/i.test(word));
  if (words.length < MIN_SPECIFIC_WORDS) {
    hints.push({
      code: 'too_short',
      message: `Too short to be specific (${words.length} ${words.length === 1 ? 'word' : 'words'}): say when the conversation is over.`,
    });
  }
  if (!TRIGGER.test(text)) {
    hints.push({
      code: 'no_trigger',
      message: 'No trigger condition: say when to end, e.g. “when the customer says goodbye or has nothing else to ask”.',
    });
  }
  return hints;
}

/** End Session (a Default Function): the LLM may end the conversation politely, with a closing message. */
export const endSession: FunctionTypeDefinition<EndSessionConfig> = {
  type: 'end_session',
  label: 'End Session',
  summary: 'Let the agent end the conversation politely when the customer is done.',
  // A tool the LLM calls while the conversation runs: During-Session only.
  phases: ['during_session'],
  configSchema: EndSessionConfigSchema,
  targetAgentId: () => null,
  uniquePerTarget: false,
  // One fixed tool name, so one per agent: a second would be a tool the LLM cannot tell from the first.
  onePerAgent: true,
  toolName: () => END_SESSION_TOOL_NAME,
  complete: (config) => config,
  toTool: (config) => ({
    definition: {
      type: 'function',
      function: {
        name: END_SESSION_TOOL_NAME,
        description: config.description,
        parameters: {
          type: 'object',
          properties: {
            reason: { type: 'string', description: 'One sentence on why the conversation ends, shown to the admin.' },
          },
          required: ['reason'],
          additionalProperties: false,
        },
      },
    },
    hints: { description: config.description },
  }),
  onCall: (config) => ({ kind: 'end_conversation', message: config.closingMessage }),
  coach: coachEndSession,
  describe: (config) => config.description,
};
