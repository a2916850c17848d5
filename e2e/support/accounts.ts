import fs from 'node:fs';
import path from 'node:path';

/**
 * The accounts the browser tests sign in as. The owner is made by e2e/auth.setup.ts through the real
 * first-run setup page; the OpenAI-compatible app's owner by its INIT_* variables (scripts/e2e-servers.mjs).
 */
export const OWNER = { name: 'Olivia Owner', email: 'owner@example.test', password: 'correct horse battery staple' } as const;
export const LLM_APP_OWNER = { email: 'llm-owner@example.test', password: 'another long passphrase' } as const;

const authDir = () => {
  const dir = process.env.E2E_DATA_DIR;
  if (!dir) throw new Error('E2E_DATA_DIR is unset: run the browser tests through playwright.config.ts');
  return dir;
};

/** Where the signed-in browser state (the session cookie) is kept for the projects that depend on setup. */
export const ownerStatePath = () => path.join(authDir(), 'owner-state.json');
export const llmOwnerStatePath = () => path.join(authDir(), 'llm-owner-state.json');

/** A context with no cookies: what an anonymous visitor or another site's page has. */
export const SIGNED_OUT = { cookies: [], origins: [] };

/** The owner's session as a Cookie header, for specs that speak raw HTTP (several servers, one database). */
export function ownerCookieHeader(): string {
  const state = JSON.parse(fs.readFileSync(ownerStatePath(), 'utf8')) as { cookies: Array<{ name: string; value: string }> };
  return state.cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join('; ');
}
