import { customType, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { timestampMs } from './columns';

/** PostgreSQL's bytes, read back as a Buffer like SQLite's blob (drizzle-orm has no bytea builder). */
const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

export const textEmbeddings = pgTable(
  'text_embeddings',
  {
    modelVersion: text('model_version').notNull(),
    textHash: text('text_hash').notNull(),
    vector: bytea('vector').notNull(),
    createdAt: timestampMs('created_at').notNull(),
  },
  (table) => [primaryKey({ columns: [table.modelVersion, table.textHash] })],
);
