import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { openPostgres } from '@/db/pg-client';

// Migrated once per test process, then copied for each test: CREATE DATABASE … TEMPLATE is much
// faster than running the migrations again.
let template: Promise<string> | undefined;

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

async function admin<T>(url: string, run: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

function migratedTemplate(url: string): Promise<string> {
  template ??= (async () => {
    const name = `sb_template_${process.pid}_${randomBytes(3).toString('hex')}`;
    await admin(url, (client) => client.query(`CREATE DATABASE ${name}`));
    const { close } = await openPostgres(withDatabase(url, name), 1);
    await close();
    return name;
  })();
  return template;
}

/**
 * A fresh PostgreSQL database for one test, migrated by the real migrations (via a template), on the
 * server TEST_DATABASE_URL names. `drop()` removes it.
 */
export async function createPostgresTestDatabase(url: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const source = await migratedTemplate(url);
  const name = `sb_test_${randomBytes(6).toString('hex')}`;
  await admin(url, (client) => client.query(`CREATE DATABASE ${name} TEMPLATE ${source}`));
  return {
    url: withDatabase(url, name),
    drop: () => admin(url, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}
