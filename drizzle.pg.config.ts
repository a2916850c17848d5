import { defineConfig } from 'drizzle-kit';

// PostgreSQL's migrations, generated from its schema module (db/schema-pg): `npm run db:generate`.
export default defineConfig({
  dialect: 'postgresql',
  schema: './db/schema-pg/index.ts',
  out: './db/migrations-pg',
});
