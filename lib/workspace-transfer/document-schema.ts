import { z } from 'zod';
import { AGENT_LIMITS, AgentCreateSchema } from '@/lib/agents/schema';
import { slugify } from '@/lib/agents/slug';
import { FUNCTION_TYPES, PHASES } from '@/lib/domain/constants';
import { formatCount, WORKSPACE_LIMITS, type WorkspaceLimits } from '@/lib/domain/workspace-limits';
import { ROUTING_TEST_LIMITS } from '@/lib/routing-tests/limits';
import { RoutingTestSchema } from '@/lib/routing-tests/schema';

export const WORKSPACE_FORMAT = 'switchboard.workspace';
/** 2 added routing tests (`tests`); version 1 files, which have none, still import. */
export const WORKSPACE_FORMAT_VERSION = 2;

/**
 * The most characters slugify makes of one name character: NFKD spells "㎯" as "rad∕s2", which becomes
 * "rad-s2". A test checks every code point.
 */
export const SLUG_CHARS_PER_NAME_CHAR = 6;
/** The longest slug a valid agent name can have, so every exported slug reads back. */
export const MAX_SLUG_LENGTH = AGENT_LIMITS.name * SLUG_CHARS_PER_NAME_CHAR;

const slug = z
  .string({ error: 'Refer to an agent by its slug, e.g. "technical-support".' })
  .trim()
  .min(1, 'Refer to an agent by its slug, e.g. "technical-support".')
  .max(MAX_SLUG_LENGTH, `An agent slug is at most ${MAX_SLUG_LENGTH} characters.`);

/** An agent as the file holds it: the same fields and bounds as creating one, plus its slug. */
export const AgentEntrySchema = AgentCreateSchema.extend({ slug: slug.optional() }).strict().superRefine((agent, ctx) => {
  if (agent.slug !== undefined && agent.slug !== slugify(agent.name)) {
    ctx.addIssue({ code: 'custom', path: ['slug'], message: `The slug of “${agent.name}” is “${slugify(agent.name)}”, not “${agent.slug}”.` });
  }
});
export type AgentEntry = z.output<typeof AgentEntrySchema>;

/**
 * A function as the file holds it. Agents are named by slug, never by internal id, so a file moves
 * between workspaces; `target` replaces the config's `targetAgentId`. The config itself is checked by
 * the function type's own schema when the file is read.
 */
export const FunctionEntrySchema = z.strictObject({
  agent: slug,
  phase: z.enum(PHASES, { error: `Phase must be one of: ${PHASES.join(', ')}.` }),
  type: z.enum(FUNCTION_TYPES, { error: `Unknown function type. Known types: ${FUNCTION_TYPES.join(', ')}.` }),
  target: slug.nullable().default(null),
  enabled: z.boolean({ error: 'enabled must be true or false.' }).default(true),
  config: z.record(z.string(), z.unknown(), { error: 'config must be an object.' }),
});
export type FunctionEntry = z.output<typeof FunctionEntrySchema>;

/**
 * A routing test as the file holds it: its start agent (`agent`) and expected agent (`expect.handoffTo`,
 * null for no handoff) by slug, as functions name theirs; name and messages as the API takes them.
 */
export const TestEntrySchema = z.strictObject({
  agent: slug,
  name: RoutingTestSchema.shape.name,
  messages: RoutingTestSchema.shape.messages,
  expect: z.strictObject(
    { handoffTo: slug.nullable() },
    { error: 'expect must be an object such as { "handoffTo": "billing" } or { "handoffTo": null }.' },
  ),
});
export type TestEntry = z.output<typeof TestEntrySchema>;

const VERSION_MESSAGE = `Unsupported version: this Switchboard reads versions 1 and ${WORKSPACE_FORMAT_VERSION}.`;

/**
 * The versioned document export writes and import reads. A file may hold as many agents, functions and
 * tests as a workspace can, no more, so a full workspace's export is always a file its import takes.
 */
export function workspaceDocumentSchema(limits: WorkspaceLimits = WORKSPACE_LIMITS) {
  return z.object({
    format: z.literal(WORKSPACE_FORMAT, { error: `This is not a Switchboard workspace file: format must be "${WORKSPACE_FORMAT}".` }),
    version: z.union([z.literal(1), z.literal(WORKSPACE_FORMAT_VERSION)], { error: VERSION_MESSAGE }),
    exportedAt: z.string().optional(),
    agents: z
      .array(AgentEntrySchema, { error: 'agents must be a list.' })
      .max(limits.agents, `At most ${formatCount(limits.agents)} agents per file: a workspace holds at most ${formatCount(limits.agents)}.`),
    functions: z
      .array(FunctionEntrySchema, { error: 'functions must be a list.' })
      .max(limits.functions, `At most ${formatCount(limits.functions)} functions per file: a workspace holds at most ${formatCount(limits.functions)}.`),
    tests: z
      .array(TestEntrySchema, { error: 'tests must be a list.' })
      .max(ROUTING_TEST_LIMITS.perWorkspace, `At most ${formatCount(ROUTING_TEST_LIMITS.perWorkspace)} tests per file: a workspace holds at most ${formatCount(ROUTING_TEST_LIMITS.perWorkspace)}.`)
      .optional(),
  })
    .superRefine((doc, ctx) => {
      if (doc.version === 1 && doc.tests !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['tests'], message: `Version 1 files hold no tests: a file with tests is version ${WORKSPACE_FORMAT_VERSION}.` });
      }
    })
    .transform(({ tests, ...doc }) => ({ ...doc, tests: tests ?? [] }));
}
export const WorkspaceDocumentSchema = workspaceDocumentSchema();
export type WorkspaceDocument = z.output<typeof WorkspaceDocumentSchema>;

/** What export writes: every field present, in a fixed order, so two exports compare as text. */
export interface ExportedWorkspace {
  format: typeof WORKSPACE_FORMAT;
  version: typeof WORKSPACE_FORMAT_VERSION;
  exportedAt: string;
  agents: { slug: string; name: string; description: string; instructions: string; greeting: string }[];
  functions: { agent: string; phase: FunctionEntry['phase']; type: FunctionEntry['type']; target: string | null; enabled: boolean; config: Record<string, unknown> }[];
  tests: { agent: string; name: string | null; messages: string[]; expect: { handoffTo: string | null } }[];
}
