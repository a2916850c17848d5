/**
 * How much routing tests may hold. A case is a few short customer messages; these bounds keep the
 * largest workspace export (lib/workspace-transfer/limits.ts) a file its import still takes.
 */
export const ROUTING_TEST_LIMITS = {
  /** Characters in a case's optional name. */
  name: 120,
  /** Customer messages in one case, sent in order. */
  messages: 20,
  /** Characters in one customer message. */
  messageLength: 2_000,
  /** Characters in all of a case's messages together. */
  caseLength: 4_000,
  /** Cases one start agent can hold. */
  perAgent: 500,
  /** Cases one workspace can hold. */
  perWorkspace: 5_000,
} as const;

/** The most bytes a CSV import request may take: 500 rows of long messages, with room to spare. */
export const CSV_IMPORT_MAX_BYTES = 4 * 1024 * 1024;
export const CSV_IMPORT_SIZE_LABEL = '4 MB';
