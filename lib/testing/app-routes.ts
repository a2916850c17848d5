import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Db } from '@/db/client';
import { SESSION_COOKIE } from '@/lib/auth/sessions';
import { getDb } from '@/lib/server/context';
import { setCurrentRequest } from './fake-next-headers';
import { createPostgresTestDatabase } from './postgres-test-database';

/**
 * Calls the app's real route handlers (app/api/**\/route.ts) from vitest, as Next would, on the app's
 * own database (getDb). The test file mocks next/headers with ./fake-next-headers.
 */
const API_DIR = path.resolve(__dirname, '../../app/api');
export const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export interface RouteFile {
  /** As lib/api/routes.ts writes it: `/api/v1/agents/:id`. */
  path: string;
  file: string;
  /** The dynamic segments' names, outermost first (`agentId`). */
  params: string[];
}

export function routeFilesOnDisk(dir = API_DIR): RouteFile[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFilesOnDisk(full);
    if (entry.name !== 'route.ts') return [];
    const segments = path.relative(API_DIR, dir).split(path.sep);
    return [{
      path: `/api/${segments.map((part) => (part.startsWith('[') ? ':id' : part)).join('/')}`,
      file: full,
      params: segments.filter((part) => part.startsWith('[')).map((part) => part.slice(1, -1)),
    }];
  });
}

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** The methods a route module exports, as Next reads them. */
export async function exportedMethods(route: RouteFile): Promise<Record<string, Handler>> {
  const exports = (await import(route.file)) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(exports).filter(([name]) => (HTTP_METHODS as readonly string[]).includes(name))) as Record<string, Handler>;
}

/**
 * Points the app's getDb() at a fresh database (a temp SQLite file, or a new PostgreSQL database on a
 * `npm run test:pg` run) with the demo seeded, and opens it. Once per test file, before any request.
 */
export async function openAppDatabase(): Promise<Db> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    process.env.DATABASE_URL = (await createPostgresTestDatabase(serverUrl)).url;
  } else {
    delete process.env.DATABASE_URL;
    process.env.DATABASE_PATH = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'switchboard-routes-')), 'app.db');
  }
  process.env.SEED_DEMO = '1';
  for (const name of ['INIT_USER_EMAIL', 'INIT_USER_PASSWORD', 'INIT_WORKSPACE_NAME', 'INIT_API_KEY']) delete process.env[name];
  delete (globalThis as { switchboardDb?: unknown }).switchboardDb;
  return getDb();
}

export interface Credentials {
  /** The Authorization header as sent (`Bearer sb_…`). */
  authorization?: string;
  /** A session cookie's token. */
  session?: string;
}

/**
 * Sends one request to the handler `method` of the route at `routePath` (`:id` segments filled with
 * `id`), as the given credentials. `body` is sent as is with Content-Type: application/json.
 */
export async function callRoute(
  routePath: string,
  method: HttpMethod,
  { credentials = {}, id = 'unknown_id', body }: { credentials?: Credentials; id?: string; body?: string | object } = {},
): Promise<Response> {
  const route = routeFilesOnDisk().find((candidate) => candidate.path === routePath);
  if (!route) throw new Error(`No route ${routePath} in app/api.`);
  const handler = (await exportedMethods(route))[method === 'HEAD' ? 'GET' : method];
  if (!handler) throw new Error(`${routePath} exports no ${method}.`);
  const headers = new Headers();
  if (credentials.authorization !== undefined) headers.set('authorization', credentials.authorization);
  if (credentials.session !== undefined) headers.set('cookie', `${SESSION_COOKIE}=${credentials.session}`);
  if (body !== undefined) headers.set('content-type', 'application/json');
  const url = `http://localhost${routePath.replaceAll(':id', encodeURIComponent(id))}`;
  const request = new Request(url, { method, headers, body: typeof body === 'object' ? JSON.stringify(body) : body });
  setCurrentRequest(request);
  try {
    return await handler(request, { params: Promise.resolve(Object.fromEntries(route.params.map((name) => [name, id]))) });
  } finally {
    setCurrentRequest(null);
  }
}
