import { z } from 'zod';
import { ILL_FORMED_TEXT_MESSAGE } from '@/lib/validation/well-formed-text';
import { DEFAULT_CLOSING_MESSAGE, END_SESSION_LIMITS, END_SESSION_TOOL_NAME } from './end-session-limits';

export { DEFAULT_CLOSING_MESSAGE, END_SESSION_LIMITS, END_SESSION_TOOL_NAME };

/** End Session's configuration, as the form, the server action and the API all send it. */
export const EndSessionConfigSchema = z.strictObject({
  description: z
    .string({ error: 'Write a Description so the LLM knows when to end the conversation.' })
    .trim()
    .min(1, 'Write a Description so the LLM knows when to end the conversation.')
    .max(END_SESSION_LIMITS.description, `Description must be at most ${END_SESSION_LIMITS.description} characters.`)
    .refine((text) => text.isWellFormed(), ILL_FORMED_TEXT_MESSAGE),
  // Left out, the default is said; sent empty (the form's cleared box), the conversation ends without one.
  closingMessage: z
    .string({ error: 'Closing message must be text.' })
    .trim()
    .max(END_SESSION_LIMITS.closingMessage, `Closing message must be at most ${END_SESSION_LIMITS.closingMessage} characters.`)
    .refine((text) => text.isWellFormed(), ILL_FORMED_TEXT_MESSAGE)
    .default(DEFAULT_CLOSING_MESSAGE),
});

export type EndSessionConfigInput = z.input<typeof EndSessionConfigSchema>;
export type EndSessionConfig = z.output<typeof EndSessionConfigSchema>;
