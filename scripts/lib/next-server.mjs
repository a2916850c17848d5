// A production server (`next start`) as a child process, for tests that need more than Playwright's one:
// a second server on the same database, or one to SIGKILL mid-write. It runs node directly in its own
// process group, because killing `npx next start` leaves next-server holding the port.
import { spawn } from 'node:child_process';
import net from 'node:net';

const OUTPUT_LINES_KEPT = 400;

/** A TCP port on 127.0.0.1 that was free a moment ago. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {net.AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts the built app on 127.0.0.1:`port` with `env` over the current environment, and resolves once
 * /api/health answers (the database is open, migrated and seeded). Rejects if it exits first. `cwd`
 * serves another built Next.js app (the Lighthouse bench's blank page), which must answer /api/health too.
 * @param {{ port: number, env: Record<string, string>, healthTimeoutMs?: number, cwd?: string }} options
 */
export async function startNextServer({ port, env, healthTimeoutMs = 120_000, cwd = process.cwd() }) {
  const child = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
  });
  const lines = [];
  const keep = (chunk) => {
    lines.push(...chunk.toString().split('\n').filter(Boolean));
    if (lines.length > OUTPUT_LINES_KEPT) lines.splice(0, lines.length - OUTPUT_LINES_KEPT);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  let exit = null;
  void exited.then((result) => (exit = result));

  const url = `http://127.0.0.1:${port}`;
  const server = {
    url,
    port,
    pid: child.pid,
    /** The last lines the server printed (stdout and stderr). */
    output: () => lines.join('\n'),
    /** Stops the whole process group with `signal` (SIGKILL after 10 s) and resolves when it has exited. */
    async stop(signal = 'SIGTERM') {
      if (exit) return exit;
      killGroup(child.pid, signal);
      const timer = setTimeout(() => killGroup(child.pid, 'SIGKILL'), 10_000);
      const result = await exited;
      clearTimeout(timer);
      return result;
    },
  };

  const deadline = Date.now() + healthTimeoutMs;
  while (Date.now() < deadline) {
    if (exit) throw new Error(`next start on port ${port} exited (${JSON.stringify(exit)}) before it was healthy:\n${server.output()}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await server.stop('SIGKILL');
  throw new Error(`next start on port ${port} was not healthy within ${healthTimeoutMs} ms:\n${server.output()}`);
}

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch (error) {
    if (error.code !== 'ESRCH') throw error;
  }
}
