import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { freePort, startNextServer, type NextServer } from '../scripts/lib/next-server.mjs';
import { buildIfNeeded } from './build-if-needed';

// A bench's own server. Every page and API route needs someone signed in (#11): it starts headless with an owner
// and an admin API key (the INIT_* variables); the API is called with the key, pages with the owner's
// session cookie, got by signing in through the sign-in page as a person would.

export const BENCH_OWNER = { email: 'bench@example.com', password: 'bench-owner-password' } as const;
const BENCH_API_KEY = 'switchboard-bench-admin-key-0123456789abcdef';

/** What a bench server's environment adds: its first owner and an admin API key. */
export const BENCH_OWNER_ENV = { INIT_USER_EMAIL: BENCH_OWNER.email, INIT_USER_PASSWORD: BENCH_OWNER.password, INIT_API_KEY: BENCH_API_KEY } as const;

/** The header every API request of a bench sends. */
export const BENCH_API_AUTH = { authorization: `Bearer ${BENCH_API_KEY}` } as const;

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/** Signs the bench owner in at `base` and returns the Cookie header of that session. */
export async function signInCookie(base: string): Promise<string> {
  const browser = await chromium.launch({ executablePath: fs.existsSync(CHROMIUM_PATH) ? CHROMIUM_PATH : undefined, args: CHROMIUM_FLAGS });
  try {
    const page = await browser.newPage();
    await page.goto(`${base}/sign-in`);
    await page.getByLabel('Email').fill(BENCH_OWNER.email);
    await page.getByLabel('Password').fill(BENCH_OWNER.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    const cookies = await page.context().cookies();
    return cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join('; ');
  } finally {
    await browser.close();
  }
}

/**
 * The production build (built first if the sources changed) served on a fresh SQLite file with the bench
 * owner and key, on the built-in model, with or without the demo workspace: `run` gets the server, and
 * the server and its files are gone afterwards, however `run` ends.
 */
export async function withBenchServer<T>(name: string, options: { seedDemo: boolean }, run: (server: NextServer) => Promise<T>): Promise<T> {
  buildIfNeeded();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `switchboard-${name}-`));
  const server = await startNextServer({
    port: await freePort(),
    env: {
      SEED_DEMO: options.seedDemo ? '1' : '0',
      DATABASE_PATH: path.join(dataDir, `${name}.db`),
      DATABASE_URL: '',
      LLM_BASE_URL: '',
      LLM_API_KEY: '',
      LLM_MODEL: '',
      ...BENCH_OWNER_ENV,
    },
  });
  try {
    return await run(server);
  } finally {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Runs a bench script's main, printing what went wrong and failing the process if it throws. */
export function runBenchScript(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
