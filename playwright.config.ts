import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { LLM_APP_OWNER, llmOwnerStatePath, ownerStatePath } from './e2e/support/accounts';

const freePort = () =>
  execFileSync(process.execPath, ['-e', "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"])
    .toString()
    .trim();

// Workers inherit the environment, so these are decided once, by the main process: free ports and a
// fresh temp folder whose databases the real migrations create.
process.env.E2E_PORT ??= freePort();
process.env.E2E_LLM_APP_PORT ??= freePort();
process.env.E2E_FAKE_LLM_PORT ??= freePort();
const dataDir = (process.env.E2E_DATA_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), 'switchboard-e2e-')));

const baseURL = `http://127.0.0.1:${process.env.E2E_PORT}`;
const llmAppURL = `http://127.0.0.1:${process.env.E2E_LLM_APP_PORT}`;

// Debian's chromium where it exists (these machines cannot download browsers); Playwright's own elsewhere.
const systemChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const executablePath = fs.existsSync(systemChromium) ? systemChromium : undefined;
const browser = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  },
};

export default defineConfig({
  testDir: 'e2e',
  // Parallel checkouts of work in progress keep their own artefacts (see NEXT_DIST_DIR in next.config.js).
  outputDir: process.env.PW_OUTPUT_DIR ?? 'test-results',
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  reporter: 'list',
  timeout: 30_000,
  expect: { timeout: 7_500 },
  use: {
    baseURL,
    trace: 'on-first-retry',
    screenshot: 'only-on-failure',
  },
  projects: [
    // First-run setup in the browser (and the headless INIT_* start): every other project starts signed in.
    { name: 'setup', testMatch: /auth\.setup\.ts/, use: browser },
    // The app on its built-in simulated model: every journey.
    { name: 'chromium', testIgnore: /llm-endpoint/, dependencies: ['setup'], use: { ...browser, storageState: ownerStatePath() } },
    // The same app configured with an OpenAI-compatible endpoint (a Chat Completions server on 127.0.0.1).
    {
      name: 'openai-compatible',
      testMatch: /llm-endpoint/,
      dependencies: ['setup'],
      use: { ...browser, baseURL: llmAppURL, storageState: llmOwnerStatePath() },
    },
  ],
  webServer: {
    command: 'node scripts/e2e-servers.mjs',
    url: `${baseURL}/api/health`,
    // The first run builds the app (next build) before the servers start: minutes on a busy 2-core machine.
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      PORT: process.env.E2E_PORT,
      LLM_APP_PORT: process.env.E2E_LLM_APP_PORT,
      FAKE_LLM_PORT: process.env.E2E_FAKE_LLM_PORT,
      DATABASE_PATH: path.join(dataDir, 'simulated.db'),
      // `npm run test:pg` runs the API and two-instance specs with the app on PostgreSQL.
      DATABASE_URL: process.env.E2E_DATABASE_URL ?? '',
      LLM_DATABASE_PATH: path.join(dataDir, 'openai-compatible.db'),
      LLM_APP_INIT_EMAIL: LLM_APP_OWNER.email,
      LLM_APP_INIT_PASSWORD: LLM_APP_OWNER.password,
      SEED_DEMO: '1',
      // The Custom Function specs call their own webhook receiver on 127.0.0.1.
      WEBHOOK_ALLOW_PRIVATE: '1',
      NEXT_TELEMETRY_DISABLED: '1',
    },
  },
});
