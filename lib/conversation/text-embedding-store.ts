import { and, eq, inArray, ne } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { textEmbeddings } from '@/db/schema';
import { withTransaction } from '@/db/transaction';
import { vectorFromBytes, vectorToBytes, type EmbeddingStore } from './engines/simulated/meaning/embedding-store';

/**
 * The simulated model's kept vectors in the database's `text_embeddings` table, on either dialect:
 * a blob (SQLite) or bytea (PostgreSQL) of Float32 little-endian numbers, 2 KB a vector where base64
 * text would take 2.7 KB and a decode. Rows are not per workspace: a row is a text's SHA-256 and its
 * vector, nothing a workspace wrote can be read back from it, and the same text embeds the same in
 * every workspace. Writes are insert-or-ignore, so instances writing the same text together agree.
 */
export function createDbEmbeddingStore(db: Db): EmbeddingStore {
  return {
    async getMany(model, hashes) {
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
  };
}
