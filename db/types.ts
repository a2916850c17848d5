import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import type * as schema from './schema-pg';

/**
 * The database handle every service takes, whichever dialect is open. Typed as PostgreSQL's builder,
 * the stricter of the two, so code above db/ only awaits queries both dialects run the same way.
 */
export type Db = NodePgDatabase<typeof schema>;
