import { expect, type APIRequestContext } from '@playwright/test';

/** An agent as POST /api/v1/agents answers it (its dates as JSON strings). */
export interface AgentJson {
  id: string;
  workspaceId: string;
  name: string;
  slug: string;
  description: string;
  instructions: string;
  greeting: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** What a new agent is made of; a field left out is not sent, so the API's default applies. */
export interface AgentInput {
  name: string;
  description: string;
  greeting?: string;
  instructions?: string;
}

/** An Agent Handoff as POST /api/v1/agents/{id}/functions answers it. */
export interface HandoffJson {
  id: string;
  workspaceId: string;
  agentId: string;
  phase: 'during_session';
  type: 'agent_handoff';
  config: { targetAgentId: string; description: string; [setting: string]: unknown };
  targetAgentId: string;
  targetAgent: Pick<AgentJson, 'id' | 'name' | 'slug' | 'description' | 'instructions' | 'greeting'>;
  toolName: string;
  enabled: boolean;
  position: number;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** POSTs `data` as JSON and expects 201 Created, answering the created thing: shared by every spec that sets up its data over the API. */
export async function postCreated<T = { id: string }>(request: APIRequestContext, url: string, data: unknown): Promise<T> {
  const response = await request.post(url, { data });
  expect(response.status()).toBe(201);
  return (await response.json()) as T;
}

/** Creates an agent over the API (201 expected): shared so every spec sets up its own agents the same way. */
export function createAgent(request: APIRequestContext, input: AgentInput): Promise<AgentJson> {
  return postCreated<AgentJson>(request, '/api/v1/agents', input);
}

/** Adds a During-Session Agent Handoff from one agent to another over the API (201 expected): shared setup for the routing specs. */
export function createHandoff(request: APIRequestContext, fromId: string, targetAgentId: string, description: string): Promise<HandoffJson> {
  return postCreated<HandoffJson>(request, `/api/v1/agents/${fromId}/functions`, {
    phase: 'during_session',
    type: 'agent_handoff',
    config: { targetAgentId, description },
  });
}
