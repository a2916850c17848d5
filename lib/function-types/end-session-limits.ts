// What the End Session form needs of its type, without zod (end-session-config.ts validates with it).

export const END_SESSION_LIMITS = { description: 1000, closingMessage: 500 } as const;

/** The one tool name End Session offers: an agent has at most one, so it never needs another. */
export const END_SESSION_TOOL_NAME = 'end_session';

export const DEFAULT_CLOSING_MESSAGE = 'Thanks for contacting us. Goodbye!';
