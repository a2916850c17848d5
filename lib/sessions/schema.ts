import { z } from 'zod';

export const MESSAGE_MAX_LENGTH = 4000;

/** POST /api/v1/sessions and the chat pane's "start" both parse with this. */
export const SessionCreateSchema = z.strictObject({
  agentId: z.string({ error: 'Choose the agent the conversation starts with.' }).trim().min(1, 'Choose the agent the conversation starts with.'),
});
export type SessionCreateInput = z.infer<typeof SessionCreateSchema>;

/** One user message: 1 to 4,000 characters. */
export const MessageCreateSchema = z.strictObject({
  content: z
    .string({ error: 'Write a message.' })
    .trim()
    .min(1, 'Write a message.')
    .max(MESSAGE_MAX_LENGTH, `A message can be at most ${MESSAGE_MAX_LENGTH} characters.`),
});
export type MessageCreateInput = z.infer<typeof MessageCreateSchema>;
