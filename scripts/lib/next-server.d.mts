// Types for next-server.mjs, so the Playwright specs (TypeScript) can start servers too.

export interface NextServer {
  url: string;
  port: number;
  pid: number;
  /** The last lines the server printed (stdout and stderr). */
  output(): string;
  /** Stops the whole process group with `signal` (SIGKILL after 10 s) and resolves when it has exited. */
  stop(signal?: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export function freePort(): Promise<number>;

export function startNextServer(options: { port: number; env: Record<string, string>; healthTimeoutMs?: number; cwd?: string }): Promise<NextServer>;
