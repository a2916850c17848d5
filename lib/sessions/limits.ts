/** The session limits client components need too, without zod (lib/sessions/schema.ts validates with them). */
export const MESSAGE_MAX_LENGTH = 4000;

/** The most transcript events one read returns; GET /api/v1/sessions/{id} without `limit` returns this many. */
export const SESSION_EVENTS_MAX_PAGE = 1000;
/** Events per page on the transcript page, and what the chat pane loads when a session is continued. */
export const TRANSCRIPT_PAGE_SIZE = 200;

/** The most sessions one read of the session list returns, and what GET /api/v1/sessions returns by default. */
export const SESSIONS_MAX_PAGE = 100;
