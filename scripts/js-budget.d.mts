// Types for js-budget.mjs, so its unit test (TypeScript) can call it.

export interface RouteSize {
  route: string;
  /** Gzipped bytes of every file the route loads at first. */
  bytes: number;
  files: string[];
}

export interface Measured {
  /** Gzipped bytes of the runtime every route loads (build-manifest.json rootMainFiles). */
  baseBytes: number;
  /** Biggest first. */
  routes: RouteSize[];
}

export interface Budgets {
  goalKB: number;
  ceilingsKB: Record<string, number>;
  budgetOf(route: string): number;
}

export function routeName(key: string): string;
export function measureRoutes(dir: string): Measured;
export function readBudgets(file?: string): Budgets;
export function overBudget(measured: Measured, budgets: Budgets): RouteSize[];
export function formatTable(measured: Measured, budgets: Budgets): string;
