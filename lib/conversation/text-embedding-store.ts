import { and, eq, inArray, lt, ne } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { textEmbeddings } from '@/db/schema';
import { withTransaction } from '@/db/transaction';
import { vectorFromBytes, vectorToBytes, type EmbeddingStore } from './engines/simulated/meaning/embedding-store';

/** Most hashes one delete names. */
const DELETE_CHUNK = 500;

/**
 * The simulated model's kept vectors in the database's `text_embeddings` table, on either dialect:
 * a blob (SQLite) or bytea (PostgreSQL) of Float32 little-endian numbers, 2 KB a vector where base64
 * text would take 2.7 KB and a decode. Rows are not per workspace: a row is a text's SHA-256 and its
 * vector, nothing a workspace wrote can be read back from it, and the same text embeds the same in
 * every workspace. Writes are insert-or-ignore, so instances writing the same text together agree.
 *
 * Until `warmUpDone`, the store remembers every hash it was asked for or given (the start's
 * warm-up asks for every live text), so that rows no configuration uses any more (a description
 * edited away, a deleted handoff, a draft preview) are deleted instead of kept for ever.
 */
export function createDbEmbeddingStore(db: Db, openedAt = new Date()): EmbeddingStore {
  let used: Map<string, Set<string>> | undefined = new Map();
  const record = (model: string, hashes: Iterable<string>) => {
    if (!used) return;
    let seen = used.get(model);
    if (!seen) used.set(model, (seen = new Set()));
    for (const hash of hashes) seen.add(hash);
  };
  return {
    async getMany(model, hashes) {
      record(model, hashes);
      const found = new Map<string, Float32Array>();
      if (hashes.length === 0) return found;
      const rows = await db
        .select({ hash: textEmbeddings.textHash, vector: textEmbeddings.vector })
        .from(textEmbeddings)
        .where(and(eq(textEmbeddings.modelVersion, model), inArray(textEmbeddings.textHash, [...hashes])));
      for (const row of rows) {
        const vector = vectorFromBytes(row.vector);
        if (vector) found.set(row.hash, vector);
      }
      return found;
    },
    async putMany(model, entries) {
      record(model, entries.map((entry) => entry.hash));
      if (entries.length === 0) return;
      const createdAt = new Date();
      const values = entries.map(({ hash, vector }) => ({ modelVersion: model, textHash: hash, vector: vectorToBytes(vector), createdAt }));
      // Through the write connection (SQLite's single writer), never across a workspace's lock.
      await withTransaction({ db }, async (tx) => {
        await tx.db.insert(textEmbeddings).values(values).onConflictDoNothing();
      });
    },
    async pruneOtherModels(model) {
      return withTransaction({ db }, async (tx) => {
        const deleted = await tx.db.delete(textEmbeddings).where(ne(textEmbeddings.modelVersion, model)).returning({ hash: textEmbeddings.textHash });
        return deleted.length;
      });
    },
    async warmUpDone(everyAgentPrepared) {
      const seen = used;
      used = undefined;
      // An agent that could not be prepared did not ask for its texts: their vectors must stay.
      if (!everyAgentPrepared) return 0;
      let deleted = 0;
      // Only models this process used: an encoder that never loaded read nothing, and must not empty the table.
      for (const [model, inUse] of seen ?? []) {
        // Rows written since the store opened stay: another instance may have embedded a text just made.
        const kept = await db
          .select({ hash: textEmbeddings.textHash })
          .from(textEmbeddings)
          .where(and(eq(textEmbeddings.modelVersion, model), lt(textEmbeddings.createdAt, openedAt)));
        const unused = kept.map((row) => row.hash).filter((hash) => !inUse.has(hash));
        for (let i = 0; i < unused.length; i += DELETE_CHUNK) {
          const chunk = unused.slice(i, i + DELETE_CHUNK);
          await withTransaction({ db }, async (tx) => {
            await tx.db.delete(textEmbeddings).where(and(eq(textEmbeddings.modelVersion, model), inArray(textEmbeddings.textHash, chunk)));
          });
          deleted += chunk.length;
        }
      }
      return deleted;
    },
  };
}
