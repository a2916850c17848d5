/** Which database this process runs on: PostgreSQL when DATABASE_URL is set, else the SQLite file. */
export type Dialect = 'sqlite' | 'postgres';

export function currentDialect(env: NodeJS.ProcessEnv = process.env): Dialect {
  return env.DATABASE_URL?.trim() ? 'postgres' : 'sqlite';
}
