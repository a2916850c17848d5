#!/usr/bin/env node
// The browser tests' servers, started as one process group so Playwright stops them all together:
//   1. a Chat Completions server on 127.0.0.1 (lib/testing/fake-chat-completions-server.ts, rule mode);
//   2. the app configured to use it as its OpenAI-compatible LLM, on its own fresh database;
//   3. the app on the built-in simulated model, on another fresh database — started last, so when
//      Playwright sees it healthy, the others are ready too.
import { spawn } from 'node:child_process';
import { buildIfNeeded } from './lib/build-if-needed.mjs';

const { PORT, LLM_APP_PORT, FAKE_LLM_PORT, DATABASE_PATH, LLM_DATABASE_PATH, LLM_APP_INIT_EMAIL, LLM_APP_INIT_PASSWORD } = process.env;
const children = [];

function start(command, args, env) {
  const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env } });
  child.on('exit', (code) => {
    console.error(`[e2e-servers] ${args.join(' ')} exited with ${code}`);
    process.exit(code ?? 1);
  });
  children.push(child);
}

async function waitFor(url) {
  for (let attempt = 0; attempt < 300; attempt += 1) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not come up`);
}

const next = ['node_modules/next/dist/bin/next', 'start', '-p'];
buildIfNeeded();
start('node_modules/.bin/tsx', ['lib/testing/fake-chat-completions-server.ts', '--port', FAKE_LLM_PORT], {});
await waitFor(`http://127.0.0.1:${FAKE_LLM_PORT}/health`);
start(process.execPath, [...next, LLM_APP_PORT], {
  DATABASE_PATH: LLM_DATABASE_PATH,
  DATABASE_URL: '',
  LLM_BASE_URL: `http://127.0.0.1:${FAKE_LLM_PORT}/v1`,
  LLM_API_KEY: 'fake-key',
  LLM_MODEL: 'fake-model',
  // Its owner comes from the headless first start; the simulated app's from the setup page (e2e/auth.setup.ts).
  INIT_USER_EMAIL: LLM_APP_INIT_EMAIL,
  INIT_USER_PASSWORD: LLM_APP_INIT_PASSWORD,
});
await waitFor(`http://127.0.0.1:${LLM_APP_PORT}/api/health`);
start(process.execPath, [...next, PORT], { DATABASE_PATH, LLM_BASE_URL: '', LLM_API_KEY: '', LLM_MODEL: '', INIT_USER_EMAIL: '', INIT_USER_PASSWORD: '' });

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    for (const child of children) child.kill(signal);
    process.exit(0);
  });
}
