import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AGENT_LIMITS, AgentCreateSchema } from '@/lib/agents/schema';
import { createAgent } from '@/lib/agents/service';
import { slugify } from '@/lib/agents/slug';
import { FUNCTION_TYPES } from '@/lib/domain/constants';
import { WORKSPACE_LIMITS } from '@/lib/domain/workspace-limits';
import { HANDOFF_LIMITS, HandoffExampleSchema } from '@/lib/function-types/agent-handoff-config';
import { getFunctionType } from '@/lib/function-types/registry';
import { ROUTING_TEST_LIMITS } from '@/lib/routing-tests/limits';
import { makeHandoff } from '@/lib/testing/factories';
import { createTestContext } from '@/lib/testing/test-context';
import { MAX_SLUG_LENGTH, SLUG_CHARS_PER_NAME_CHAR } from '../document-schema';
import { exportWorkspace } from '../export';
import { importWorkspace } from '../import';
import { LARGEST_CONFIGS, LARGEST_EXAMPLE, LARGEST_TEST, MAX_IMPORT_BYTES, MAX_IMPORT_SIZE_LABEL, largestExportBytes } from '../limits';
import { prettyJson } from '../pretty-json';
import { readImportBody } from '../read-import-body';

let ctx: Awaited<ReturnType<typeof createTestContext>>;
beforeEach(async () => {
  ctx = await createTestContext();
});
afterEach(() => ctx.close());

const bytes = (text: string) => Buffer.byteLength(text);
const post = (body: BodyInit) => new Request('http://localhost/api/v1/workspace/import', { method: 'POST', body });
const CONTROL = '\u0001';
/** "㎯" slugifies to "rad-s2": 80 of them make the longest slug a name can have. */
const longSlugName = (last: string) => '㎯'.repeat(AGENT_LIMITS.name - 1) + last;

/** 50 examples at their longest, in a character JSON spells in 3 bytes, each different in its last one. */
const largestExamples = () => Array.from({ length: HANDOFF_LIMITS.examples }, (_, i) => LARGEST_EXAMPLE.slice(1) + String.fromCharCode(0x4e00 + i));

/** A workspace whose every field is at its longest, in the characters JSON spells longest. */
async function buildLargestWorkspace(examples: string[] = []) {
  const agentWith = (name: string) =>
    createAgent(ctx, {
      name,
      description: CONTROL.repeat(AGENT_LIMITS.description),
      instructions: CONTROL.repeat(AGENT_LIMITS.instructions),
      greeting: CONTROL.repeat(AGENT_LIMITS.greeting),
    });
  const a = await agentWith(longSlugName('a'));
  const b = await agentWith(longSlugName('b'));
  const c = await agentWith(CONTROL.repeat(AGENT_LIMITS.name - 1) + 'c');
  const config = (toolName: string) => ({
    description: CONTROL.repeat(HANDOFF_LIMITS.description),
    toolName,
    transferMessage: CONTROL.repeat(HANDOFF_LIMITS.transferMessage),
    greetOnArrival: false,
    context: { mode: 'last_n' as const, lastN: HANDOFF_LIMITS.lastN },
  });
  await makeHandoff(ctx, a.id, { targetAgentId: b.id, ...config('a'.repeat(64)), examples });
  await makeHandoff(ctx, c.id, { targetAgentId: a.id, ...config('c'.repeat(64)) });
  return exportWorkspace(ctx, new Date('2026-01-01T00:00:00Z'));
}

describe('the import body limit', () => {
  it('is the largest export a full workspace can make, which real exports never pass, and they import back', async () => {
    const exported = await buildLargestWorkspace();
    expect(exported.agents.map((agent) => agent.slug.length)).toEqual([1, 475, 475]);
    const size = bytes(prettyJson(exported));
    const bound = largestExportBytes({ agents: 3, functions: 2, examples: 0 }, 0);
    expect(size).toBeLessThanOrEqual(bound);
    // The bound is tight, not a guess: these entries come within 5% of it.
    expect(size).toBeGreaterThan(bound * 0.95);

    const empty = await createTestContext();
    try {
      await importWorkspace(empty, JSON.parse(prettyJson(exported)), { dryRun: false });
      expect(await exportWorkspace(empty, new Date('2026-01-01T00:00:00Z'))).toEqual(exported);
    } finally {
      empty.close();
    }
  });

  it('bounds what examples add, tightly: a handoff with 50 of the largest comes within 5% of it, and imports back', async () => {
    const without = bytes(prettyJson(await buildLargestWorkspace()));
    ctx.close();
    ctx = await createTestContext();
    const exported = await buildLargestWorkspace(largestExamples());
    expect(exported.functions.map((fn) => (fn.config.examples as string[]).length).sort()).toEqual([0, HANDOFF_LIMITS.examples]);
    const added = bytes(prettyJson(exported)) - without;
    const limits = { agents: 3, functions: 2 };
    const bound = largestExportBytes({ ...limits, examples: HANDOFF_LIMITS.examples }, 0) - largestExportBytes({ ...limits, examples: 0 }, 0);
    expect(added).toBeLessThanOrEqual(bound);
    expect(added).toBeGreaterThan(bound * 0.95);

    const empty = await createTestContext();
    try {
      await importWorkspace(empty, JSON.parse(prettyJson(exported)), { dryRun: false });
      expect(await exportWorkspace(empty, new Date('2026-01-01T00:00:00Z'))).toEqual(exported);
    } finally {
      empty.close();
    }
  });

  it('takes the largest export of a workspace at every limit, read as the route reads it', async () => {
    const { agents, functions } = await buildLargestWorkspace(largestExamples());
    const largest = <T>(entries: T[]) => entries.reduce((a, b) => (bytes(prettyJson(b)) > bytes(prettyJson(a)) ? b : a));
    const [agent, fn] = [largest(agents), largest(functions)];
    const withoutExamples = { ...fn, config: { ...fn.config, examples: [] } };
    // The workspace's 50,000 examples, 50 on each of the first 1,000 handoffs.
    const withExamples = WORKSPACE_LIMITS.examples / HANDOFF_LIMITS.examples;
    const full = {
      format: 'switchboard.workspace',
      version: 2,
      exportedAt: '2026-01-01T00:00:00.000Z',
      agents: Array.from({ length: WORKSPACE_LIMITS.agents }, () => agent),
      functions: Array.from({ length: WORKSPACE_LIMITS.functions }, (_, i) => (i < withExamples ? fn : withoutExamples)),
      tests: Array.from({ length: ROUTING_TEST_LIMITS.perWorkspace }, () => LARGEST_TEST),
    };
    const body = Buffer.from(prettyJson(full));
    // Real entries come within 1% of the limit: it is not padded.
    expect(body.length).toBeGreaterThan(MAX_IMPORT_BYTES * 0.99);
    expect(body.length).toBeLessThanOrEqual(MAX_IMPORT_BYTES);
    const read = await readImportBody(post(body));
    const examples = (read.functions as { config: { examples: string[] } }[]).reduce((sum, entry) => sum + entry.config.examples.length, 0);
    expect([(read.agents as unknown[]).length, (read.functions as unknown[]).length, (read.tests as unknown[]).length, examples]).toEqual([
      1_000, 10_000, 5_000, 50_000,
    ]);
  }, 120_000);

  it('is 298 MB at the workspace limits (the README quotes it)', () => {
    expect(MAX_IMPORT_SIZE_LABEL).toBe('298 MB');
    expect(MAX_IMPORT_BYTES).toBeGreaterThanOrEqual(largestExportBytes(WORKSPACE_LIMITS));
  });
});

describe('the bound follows the schemas', () => {
  it('assumes each config at lengths its type accepts, and one character more is refused', () => {
    for (const type of FUNCTION_TYPES) {
      const schema = getFunctionType(type).configSchema;
      // Only a type that leads to an agent carries its id in the config.
      const largest = { ...LARGEST_CONFIGS[type], ...(getFunctionType(type).uniquePerTarget ? { targetAgentId: 'agt_x' } : {}) };
      expect(schema.safeParse(largest).success).toBe(true);
      for (const [key, value] of Object.entries(largest)) {
        if (typeof value !== 'string' || key === 'targetAgentId') continue;
        expect(schema.safeParse({ ...largest, [key]: `${value}x` }).success, `${type}.${key}`).toBe(false);
      }
    }
    const lastN = { ...LARGEST_CONFIGS.agent_handoff, targetAgentId: 'agt_x', context: { mode: 'last_n', lastN: HANDOFF_LIMITS.lastN + 1 } };
    expect(getFunctionType('agent_handoff').configSchema.safeParse(lastN).success).toBe(false);
  });

  it('assumes agent fields at lengths the agent schema accepts, and one character more is refused', () => {
    const largest = { name: `a${CONTROL.repeat(AGENT_LIMITS.name - 1)}`, description: CONTROL.repeat(AGENT_LIMITS.description), instructions: CONTROL.repeat(AGENT_LIMITS.instructions), greeting: CONTROL.repeat(AGENT_LIMITS.greeting) };
    expect(AgentCreateSchema.safeParse(largest).success).toBe(true);
    for (const key of Object.keys(largest) as (keyof typeof largest)[]) {
      expect(AgentCreateSchema.safeParse({ ...largest, [key]: `${largest[key]}x` }).success, key).toBe(false);
    }
  });

  it('assumes examples of the longest length an example may have, in a character JSON spends 3 bytes on, its most', () => {
    expect(HandoffExampleSchema.safeParse(LARGEST_EXAMPLE).success).toBe(true);
    expect(HandoffExampleSchema.safeParse(`${LARGEST_EXAMPLE}x`).success).toBe(false);
    let most = 0;
    for (let unit = 0; unit <= 0xffff; unit += 1) {
      const char = String.fromCharCode(unit);
      if (HandoffExampleSchema.safeParse(`a${char}a`).success) most = Math.max(most, bytes(JSON.stringify(char)) - 2);
    }
    expect(most).toBe(3);
    expect(bytes(JSON.stringify(LARGEST_EXAMPLE)) - 2).toBe(3 * HANDOFF_LIMITS.example);
  });

  it('assumes 6 bytes per UTF-16 unit, the most JSON spends on any one', () => {
    let most = 0;
    for (let unit = 0; unit <= 0xffff; unit += 1) most = Math.max(most, bytes(JSON.stringify(String.fromCharCode(unit))) - 2);
    expect(most).toBe(6);
    expect(bytes(JSON.stringify('😀')) - 2).toBe(4);
  });

  it(`slugify makes at most ${SLUG_CHARS_PER_NAME_CHAR} characters of any one name character`, () => {
    let longest = 0;
    for (let codePoint = 0; codePoint <= 0x10ffff; codePoint += 1) {
      if (codePoint >= 0xd800 && codePoint <= 0xdfff) continue;
      const char = String.fromCodePoint(codePoint);
      // Unlike slugify, keep the separators a neighbour would keep: "a㎯" → "a-rad-s2"… is what counts.
      const part = char.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-');
      longest = Math.max(longest, part.length / char.length);
    }
    expect(longest).toBe(SLUG_CHARS_PER_NAME_CHAR);
    expect(slugify('㎯'.repeat(AGENT_LIMITS.name))).toHaveLength(MAX_SLUG_LENGTH);
  });
});
