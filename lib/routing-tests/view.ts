import type { routingTests } from '@/db/schema';

export type RoutingTestRow = typeof routingTests.$inferSelect;

/**
 * A routing test as the API returns it and the pages show it: plain JSON data. `expect.handoffTo` is
 * the agent the conversation must be with after the last message, or null for "no handoff" (it stays
 * with the start agent, `agentId`). It may name an agent deleted since: the case then fails, named.
 */
export interface RoutingTestView {
  id: string;
  agentId: string;
  name: string | null;
  messages: string[];
  expect: { handoffTo: string | null };
  version: number;
  createdAt: string;
  updatedAt: string;
}

export function toRoutingTestView(row: RoutingTestRow): RoutingTestView {
  return {
    id: row.id,
    agentId: row.agentId,
    name: row.name,
    messages: row.messages,
    expect: { handoffTo: row.expectHandoffTo },
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** What a list row calls a case: its name, else its first message. */
export function routingTestTitle(test: Pick<RoutingTestView, 'name' | 'messages'>): string {
  return test.name ?? test.messages[0] ?? 'Untitled test';
}
