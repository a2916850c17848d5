import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { API_ROUTES, matchApiRoute } from '../routes';

const API_DIR = path.resolve(__dirname, '../../../app/api');

/** Every app/api/**\/route.ts as `{ path, methods }`, `[agentId]` read as `:id`, methods as exported. */
function routesOnDisk(dir = API_DIR): { path: string; methods: string[] }[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routesOnDisk(full);
    if (entry.name !== 'route.ts') return [];
    const source = fs.readFileSync(full, 'utf8');
    const methods = [...source.matchAll(/export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\b/g)].map((m) => m[1] as string);
    const routePath = `/api/${path.relative(API_DIR, dir).split(path.sep).map((part) => (part.startsWith('[') ? ':id' : part)).join('/')}`;
    return [{ path: routePath, methods }];
  });
}

describe('API_ROUTES', () => {
  it('lists exactly the routes and methods app/api serves', () => {
    const byPath = (a: { path: string }, b: { path: string }) => a.path.localeCompare(b.path);
    const listed = API_ROUTES.map((route) => ({ path: route.path, methods: [...route.methods].sort() })).sort(byPath);
    expect(routesOnDisk().map((route) => ({ ...route, methods: route.methods.sort() })).sort(byPath)).toEqual(listed);
  });

  it('matches a path to its route, a trailing slash ignored, an empty id not', () => {
    expect(matchApiRoute('/api/v1/agents/agt_1/functions')?.path).toBe('/api/v1/agents/:id/functions');
    expect(matchApiRoute('/api/v1/agents/')?.path).toBe('/api/v1/agents');
    expect(matchApiRoute('/api/v1/agents//functions')).toBeUndefined();
    expect(matchApiRoute('/api/v1')).toBeUndefined();
  });
});
