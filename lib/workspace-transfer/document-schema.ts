import { z } from 'zod';
import { AgentCreateSchema } from '@/lib/agents/schema';
import { slugify } from '@/lib/agents/slug';
import { FUNCTION_TYPES, PHASES } from '@/lib/domain/constants';

export const WORKSPACE_FORMAT = 'switchboard.workspace';
export const WORKSPACE_FORMAT_VERSION = 1;
export const MAX_IMPORT_AGENTS = 1_000;
export const MAX_IMPORT_FUNCTIONS = 10_000;

const slug = z
  .string({ error: 'Refer to an agent by its slug, e.g. "technical-support".' })
  .trim()
  .min(1, 'Refer to an agent by its slug, e.g. "technical-support".')
  .max(100, 'An agent slug is at most 100 characters.');

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

/** The versioned document export writes and import reads. */
export const WorkspaceDocumentSchema = z.object({
  format: z.literal(WORKSPACE_FORMAT, { error: `This is not a Switchboard workspace file: format must be "${WORKSPACE_FORMAT}".` }),
  version: z.literal(WORKSPACE_FORMAT_VERSION, { error: `Unsupported version: this Switchboard reads version ${WORKSPACE_FORMAT_VERSION}.` }),
  exportedAt: z.string().optional(),
  agents: z.array(AgentEntrySchema, { error: 'agents must be a list.' }).max(MAX_IMPORT_AGENTS, `At most ${MAX_IMPORT_AGENTS} agents per file.`),
  functions: z
    .array(FunctionEntrySchema, { error: 'functions must be a list.' })
    .max(MAX_IMPORT_FUNCTIONS, `At most ${MAX_IMPORT_FUNCTIONS} functions per file.`),
});
export type WorkspaceDocument = z.output<typeof WorkspaceDocumentSchema>;

/** What export writes: every field present, in a fixed order, so two exports compare as text. */
export interface ExportedWorkspace {
  format: typeof WORKSPACE_FORMAT;
  version: typeof WORKSPACE_FORMAT_VERSION;
  exportedAt: string;
  agents: { slug: string; name: string; description: string; instructions: string; greeting: string }[];
  functions: { agent: string; phase: FunctionEntry['phase']; type: FunctionEntry['type']; target: string | null; enabled: boolean; config: Record<string, unknown> }[];
}
