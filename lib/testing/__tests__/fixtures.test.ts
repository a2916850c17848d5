import { afterAll, describe, expect, it } from 'vitest';
import { listAgents } from '@/lib/agents/service';
import { makeAgent } from '../factories';
import { setupSupportTeam, setupTestContext } from '../fixtures';

describe('setupTestContext', () => {
  const t = setupTestContext();
  const seen = new Set<unknown>();

  it('uses the default actor', () => {
    expect(t.ctx.actor).toBe('tester');
  });

  it('gives each test a fresh database', async () => {
    seen.add(t.ctx);
    await makeAgent(t.ctx, 'Lobby');
    expect((await listAgents(t.ctx)).map((agent) => agent.name)).toEqual(['Lobby']);
  });

  it('gives the next test another one', async () => {
    expect(seen.has(t.ctx)).toBe(false);
    expect(await listAgents(t.ctx)).toEqual([]);
  });

  afterAll(() => {
    expect(() => t.ctx).toThrow(/setupTestContext\(\)\.ctx is only set while a test runs/);
  });
});

describe('setupTestContext with an actor', () => {
  const t = setupTestContext('admin@example.com');
  it('passes the actor on', () => expect(t.ctx.actor).toBe('admin@example.com'));
});

describe('setupSupportTeam', () => {
  const team = setupSupportTeam();
  it('makes the three demo agents in the test database', async () => {
    expect([team.general.name, team.billing.name, team.tech.name]).toEqual(['General Support', 'Billing', 'Technical Support']);
    expect((await listAgents(team.ctx)).map((agent) => agent.id).sort()).toEqual([team.general.id, team.billing.id, team.tech.id].sort());
  });
  afterAll(() => {
    expect(() => team.billing).toThrow(/setupSupportTeam\(\)\.billing is only set while a test runs/);
  });
});
