import { z } from 'zod';
import { blankToUndefined, formBoolean } from '@/lib/validation/coerce';
import { ILL_FORMED_TEXT_MESSAGE } from '@/lib/validation/well-formed-text';
import { defaultHandoffToolName, HANDOFF_LIMITS, TOOL_NAME_PATTERN } from './agent-handoff-limits';

export { defaultHandoffToolName, HANDOFF_LIMITS, TOOL_NAME_PATTERN };

export const CONTEXT_MODES = ['full', 'last_n'] as const;

const HandoffContextSchema = z
  .strictObject({
    mode: z.enum(CONTEXT_MODES, { error: 'Choose Full conversation or Last N messages.' }).default('full'),
    lastN: z.preprocess(
      blankToUndefined,
      z.coerce
        .number({ error: 'Enter how many messages to pass.' })
        .int('Enter a whole number of messages.')
        .min(1, 'Pass at least 1 message.')
        .max(HANDOFF_LIMITS.lastN, `Pass at most ${HANDOFF_LIMITS.lastN} messages.`)
        .optional(),
    ),
  })
  .superRefine((value, issue) => {
    if (value.mode === 'last_n' && value.lastN === undefined) {
      issue.addIssue({ code: 'custom', path: ['lastN'], message: 'Enter how many messages to pass.' });
    }
  })
  .transform((value) => (value.mode === 'full' ? { mode: 'full' as const } : { mode: 'last_n' as const, lastN: value.lastN as number }));

// A line break or other control character (a tab aside) would not survive the form's one-per-line box.
const CONTROL_CHARACTER = /[\u0000-\u0008\u000a-\u001f\u007f]/;

/** One example customer message: one line of well-formed text, trimmed, 1-300 characters. */
export const HandoffExampleSchema = z
  .string({ error: 'An example must be text.' })
  .trim()
  .min(1, 'An example cannot be empty.')
  .max(HANDOFF_LIMITS.example, `An example must be at most ${HANDOFF_LIMITS.example} characters.`)
  .refine((text) => text.isWellFormed(), ILL_FORMED_TEXT_MESSAGE)
  .refine((text) => !CONTROL_CHARACTER.test(text), 'An example must be one line, without line breaks or control characters.');

/** The form sends the examples as one text, one per line (blank lines dropped); the API sends a list. */
const exampleLines = (value: unknown) => (typeof value === 'string' ? value.split(/\r\n|\r|\n/).filter((line) => line.trim() !== '') : value);

/** Repeats (ignoring case) are dropped, keeping the first, so pasting a list twice is harmless. */
function withoutRepeats(examples: string[]): string[] {
  const kept = new Map<string, string>();
  for (const example of examples) if (!kept.has(example.toLowerCase())) kept.set(example.toLowerCase(), example);
  return [...kept.values()];
}

/** Agent Handoff's configuration, as the form, the server action and the API all send it. */
export const HandoffConfigSchema = z.strictObject({
  targetAgentId: z.string({ error: 'Choose the Target Agent.' }).trim().min(1, 'Choose the Target Agent.'),
  description: z
    .string({ error: 'Write a Description so the LLM knows when to hand off.' })
    .trim()
    .min(1, 'Write a Description so the LLM knows when to hand off.')
    .max(HANDOFF_LIMITS.description, `Description must be at most ${HANDOFF_LIMITS.description} characters.`),
  toolName: z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .regex(TOOL_NAME_PATTERN, 'Tool name must be 1-64 letters, digits, underscores or dashes (no spaces).')
      .optional(),
  ),
  transferMessage: z.preprocess(
    (value) => value ?? '',
    z
      .string()
      .trim()
      .max(HANDOFF_LIMITS.transferMessage, `Transfer message must be at most ${HANDOFF_LIMITS.transferMessage} characters.`),
  ),
  greetOnArrival: formBoolean.default(true),
  context: HandoffContextSchema.default({ mode: 'full' }),
  // Each example is checked at its own index (`examples.3`), then repeats go, then the count.
  examples: z
    .preprocess(exampleLines, z.array(HandoffExampleSchema, { error: 'Examples must be a list of customer messages.' }))
    .transform(withoutRepeats)
    .pipe(z.array(z.string()).max(HANDOFF_LIMITS.examples, `At most ${HANDOFF_LIMITS.examples} examples: keep the ones that differ most.`))
    .default([]),
});

export type HandoffConfigInput = z.input<typeof HandoffConfigSchema>;
export type HandoffConfig = z.output<typeof HandoffConfigSchema>;
export type HandoffContext = HandoffConfig['context'];

/** The examples of a stored config; rows saved before examples existed have none. */
export function handoffExamples(config: Record<string, unknown>): string[] {
  return Array.isArray(config.examples) ? config.examples.filter((item): item is string => typeof item === 'string') : [];
}
