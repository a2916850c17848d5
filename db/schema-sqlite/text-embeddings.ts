import { blob, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * The simulated model's sentence-encoder vectors of configuration texts (tool passages, agent
 * descriptions, small-talk phrases), kept so a restart re-uses them instead of embedding every tool
 * again (lib/conversation/engines/simulated/meaning/embedding-store.ts). Not per workspace: the same
 * text embeds the same everywhere, and a row holds only the text's SHA-256 and its vector, never the
 * text, so nothing of one workspace can be read through another. Customer messages are never stored.
 */
export const textEmbeddings = sqliteTable(
  'text_embeddings',
  {
    /** Which encoder made the vector (package versions and dimension): rows of another model are ignored. */
    modelVersion: text('model_version').notNull(),
    /** SHA-256 (hex) of the exact text embedded. */
    textHash: text('text_hash').notNull(),
    /** The unit vector as Float32 little-endian bytes (2 KB for 512 dimensions). */
    vector: blob('vector', { mode: 'buffer' }).notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.modelVersion, table.textHash] })],
);
