import { z } from 'zod';
import { MESSAGE_MAX_LENGTH, SESSION_EVENTS_MAX_PAGE, SESSIONS_MAX_PAGE, TRANSCRIPT_PAGE_SIZE } from './limits';

export { MESSAGE_MAX_LENGTH, SESSION_EVENTS_MAX_PAGE, SESSIONS_MAX_PAGE, TRANSCRIPT_PAGE_SIZE };

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

/** POST /api/v1/sessions/{id}/end takes no fields: an empty body or `{}`. */
export const SessionEndSchema = z.strictObject({});

const positiveInt = (field: string, max?: number) => {
  const base = z.coerce
    .number({ error: `${field} must be a whole number.` })
    .int(`${field} must be a whole number.`)
    .min(1, `${field} must be at least 1.`);
  return (max === undefined ? base : base.max(max, `${field} can be at most ${max}.`)).optional();
};

/**
 * Which page of a transcript to read (GET /api/v1/sessions/{id}?limit=&before=, the transcript page):
 * the newest `limit` events whose seq is below `before`.
 */
export const SessionEventsQuerySchema = z.strictObject({
  limit: positiveInt('limit', SESSION_EVENTS_MAX_PAGE),
  before: positiveInt('before'),
});
export type SessionEventsQuery = z.infer<typeof SessionEventsQuerySchema>;

/** GET /api/v1/sessions?page=&size=: the session history newest first, `size` a page (1–100, default 100). */
export const SessionListQuerySchema = z.strictObject({
  page: positiveInt('page').default(1),
  size: positiveInt('size', SESSIONS_MAX_PAGE).default(SESSIONS_MAX_PAGE),
});
export type SessionListQuery = z.output<typeof SessionListQuerySchema>;
