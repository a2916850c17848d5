import { eq } from 'drizzle-orm';
import { agenticFunctions, agents } from '@/db/schema';
import { withTransaction } from '@/db/transaction';
import { createAgent, updateAgent, type Agent } from '@/lib/agents/service';
import { slugify } from '@/lib/agents/slug';
import type { ServiceContext } from '@/lib/domain/context';
import { ConflictError, ValidationError, type FieldErrors } from '@/lib/domain/errors';
import { countOf, formatCount, limitsOf, type LimitedEntity } from '@/lib/domain/workspace-limits';
import { getFunctionType } from '@/lib/function-types/registry';
import { createFunction, prepareConfig, updateFunction, type AgenticFunction } from '@/lib/functions/service';
import { stableStringify } from '@/lib/review/stable-json';
import { fieldErrorsOf } from '@/lib/validation/field-errors';
import { checkDocument, functionKey, type CheckedFunction } from './check-document';
import { workspaceDocumentSchema, type AgentEntry, type WorkspaceDocument } from './document-schema';
import { assertFileExamplesFit } from './import-examples';
import { applyTest, assertTestsFit, checkTests, existingTests, testKey } from './import-tests';
import { summarisePlan, type ImportPlan, type ImportPlanItem } from './plan';

const AGENT_FIELDS = ['name', 'description', 'instructions', 'greeting'] as const;

/** Thrown inside a preview's transaction to roll it back, carrying what would have happened. */
class PreviewRollback extends Error {
  constructor(readonly plan: ImportPlan) {
    super('preview');
  }
}

/**
 * Imports a workspace document: agents matched by slug, functions by agent, type and target, and
 * routing tests by start agent and messages are created or changed, the rest of the workspace is left
 * alone; a version 1 file (before tests) imports as one without tests. The file is validated whole before
 * anything is written, then applied in one transaction through the same service checks as the forms;
 * any refusal names the field's path in the file and leaves the database unchanged. A file may hold as
 * many agents and functions as a workspace can; one whose new entries would take the workspace past its
 * limits is refused before anything is written. A dry run applies it the same way and rolls back, so the
 * preview is exactly what applying would do.
 */
export async function importWorkspace(ctx: ServiceContext, raw: unknown, options: { dryRun: boolean }): Promise<ImportPlan> {
  const parsed = workspaceDocumentSchema(limitsOf(ctx)).safeParse(raw);
  if (!parsed.success) {
    throw new ValidationError('The file is not a valid Switchboard workspace document. Nothing was imported.', fieldErrorsOf(parsed.error));
  }
  const doc = parsed.data;
  const workspaceAgents = await ctx.db.select().from(agents).where(eq(agents.workspaceId, ctx.workspaceId));
  const { errors, functions } = checkDocument(doc, new Set(workspaceAgents.map((agent) => agent.slug)));
  const slugs = new Set([...workspaceAgents.map((agent) => agent.slug), ...doc.agents.map((agent) => slugify(agent.name))]);
  Object.assign(errors, checkTests(doc.tests, (slug) => slugs.has(slug)));
  const problems = Object.keys(errors).length;
  if (problems > 0) {
    throw new ValidationError(`The file was not imported: ${problems === 1 ? '1 field needs' : `${problems} fields need`} fixing. Nothing was changed.`, errors);
  }
  try {
    return await withTransaction(ctx, async (tx) => {
      const plan = await applyDocument(tx, doc, functions);
      if (options.dryRun) throw new PreviewRollback(plan);
      return plan;
    });
  } catch (error) {
    if (error instanceof PreviewRollback) return error.plan;
    throw error;
  }
}

async function applyDocument(tx: ServiceContext, doc: WorkspaceDocument, functions: CheckedFunction[]): Promise<ImportPlan> {
  const currentAgents = await tx.db.select().from(agents).where(eq(agents.workspaceId, tx.workspaceId));
  const bySlug = new Map(currentAgents.map((agent) => [agent.slug, agent]));
  const slugById = new Map([...bySlug.values()].map((agent) => [agent.id, agent.slug]));
  const existing = new Map<string, AgenticFunction>();
  const workspaceFunctions = await tx.db.select().from(agenticFunctions).where(eq(agenticFunctions.workspaceId, tx.workspaceId));
  for (const fn of workspaceFunctions) {
    const agentSlug = slugById.get(fn.agentId) as string;
    existing.set(functionKey(agentSlug, fn, fn.targetAgentId ? (slugById.get(fn.targetAgentId) ?? null) : null), fn);
  }
  assertFileFits(
    tx,
    { agents: bySlug.size, functions: workspaceFunctions.length },
    { agents: doc.agents.filter((entry) => !bySlug.has(slugify(entry.name))).length, functions: functions.filter((fn) => !existing.has(fn.key)).length },
  );
  assertFileExamplesFit(tx, workspaceFunctions, functions, existing);
  const tests = await existingTests(tx, slugById);
  assertTestsFit(tests.total, doc.tests.filter((entry) => !tests.byKey.has(testKey(entry.agent, entry.messages))).length);
  const inFile = new Set<string>();
  const items: ImportPlanItem[] = [];
  for (const [index, entry] of doc.agents.entries()) {
    const slug = slugify(entry.name);
    inFile.add(slug);
    const { item, agent } = await atPath(`agents.${index}`, () => applyAgent(tx, entry, bySlug.get(slug)));
    bySlug.set(slug, agent);
    items.push(item);
  }
  const idOf = (slug: string) => (bySlug.get(slug) as Agent).id;
  const matched = new Set<string>();
  for (const [index, entry] of doc.functions.entries()) {
    const checked = functions[index] as CheckedFunction;
    const current = existing.get(checked.key);
    if (current) matched.add(current.id);
    const input = { ...checked.input, config: entry.target === null ? checked.input.config : { ...checked.input.config, targetAgentId: idOf(entry.target) } };
    items.push(await atPath(`functions.${index}`, () => applyFunction(tx, bySlug.get(entry.agent) as Agent, input, current)));
  }
  const matchedTests = new Set<string>();
  for (const [index, entry] of doc.tests.entries()) {
    const current = tests.byKey.get(testKey(entry.agent, entry.messages));
    if (current) matchedTests.add(current.id);
    const expected = entry.expect.handoffTo === null ? null : (bySlug.get(entry.expect.handoffTo) as Agent);
    items.push(await atPath(`tests.${index}`, () => applyTest(tx, entry, bySlug.get(entry.agent) as Agent, expected, current)));
  }
  return summarisePlan(items, {
    agents: [...bySlug.keys()].filter((slug) => !inFile.has(slug)).length,
    functions: [...existing.values()].filter((fn) => !matched.has(fn.id)).length,
    tests: tests.total - matchedTests.size,
  });
}

/**
 * The file's new agents and functions against the workspace's limits, counted inside the transaction
 * before the first write: a refusal names the limit and leaves the workspace as it was.
 */
function assertFileFits(tx: ServiceContext, current: Record<LimitedEntity, number>, adding: Record<LimitedEntity, number>): void {
  const limits = limitsOf(tx);
  const fieldErrors: FieldErrors = {};
  for (const entity of ['agents', 'functions'] as const) {
    const total = current[entity] + adding[entity];
    if (adding[entity] === 0 || total <= limits[entity]) continue;
    fieldErrors[entity] = [
      `The file adds ${countOf(entity, adding[entity])} to the ${formatCount(current[entity])} this workspace has: ${formatCount(total)}, more than the ${formatCount(limits[entity])} a workspace can hold.`,
    ];
  }
  const over = (Object.keys(fieldErrors) as LimitedEntity[]).map((entity) => countOf(entity, limits[entity]));
  if (over.length === 0) return;
  throw new ConflictError(`The file was not imported: a workspace holds at most ${over.join(' and ')}. Nothing was changed.`, fieldErrors);
}

async function applyAgent(tx: ServiceContext, entry: AgentEntry, current: Agent | undefined): Promise<{ item: ImportPlanItem; agent: Agent }> {
  const fields = { name: entry.name, description: entry.description, instructions: entry.instructions, greeting: entry.greeting };
  if (!current) {
    return { item: { entity: 'agent', action: 'create', label: entry.name, fields: [] }, agent: await createAgent(tx, fields) };
  }
  const changed = AGENT_FIELDS.filter((field) => current[field] !== fields[field]);
  if (changed.length === 0) return { item: { entity: 'agent', action: 'keep', label: current.name, fields: [] }, agent: current };
  const agent = await updateAgent(tx, current.id, Object.fromEntries(changed.map((field) => [field, fields[field]])));
  return { item: { entity: 'agent', action: 'change', label: agent.name, fields: changed }, agent };
}

async function applyFunction(
  tx: ServiceContext,
  agent: Agent,
  input: CheckedFunction['input'],
  current: AgenticFunction | undefined,
): Promise<ImportPlanItem> {
  const definition = getFunctionType(input.type);
  if (!current) {
    // A file carries no secrets: a function that needs them arrives disabled until they are entered.
    const missing = definition.missingSecrets?.(input.config) ?? [];
    const created = await createFunction(tx, agent.id, missing.length > 0 ? { ...input, enabled: false } : input);
    return { entity: 'function', action: 'create', label: await labelOf(tx, agent, created), fields: [], ...(missing.length > 0 ? { needsSecrets: missing } : {}) };
  }
  const prepared = await prepareConfig(tx, agent, current.type, input.config);
  // The workspace's own secrets stay where the file leaves them blank.
  const config = definition.keepSecrets?.(prepared.config, current.config) ?? prepared.config;
  const missing = definition.missingSecrets?.(config) ?? [];
  const enabled = missing.length > 0 ? false : input.enabled;
  const changed = Object.keys({ ...current.config, ...config }).filter((key) => stableStringify(current.config[key]) !== stableStringify(config[key]));
  if (current.enabled !== enabled) changed.push('enabled');
  if (changed.length === 0) return { entity: 'function', action: 'keep', label: await labelOf(tx, agent, current), fields: [] };
  const updated = await updateFunction(tx, current.id, { version: current.version, config, enabled });
  const fields = changed.map((key) => (key === 'targetAgentId' ? 'target' : key));
  return { entity: 'function', action: 'change', label: await labelOf(tx, agent, updated), fields, ...(missing.length > 0 ? { needsSecrets: missing } : {}) };
}

async function labelOf(tx: ServiceContext, agent: Agent, fn: AgenticFunction): Promise<string> {
  const [target] = fn.targetAgentId ? await tx.db.select({ name: agents.name }).from(agents).where(eq(agents.id, fn.targetAgentId)).limit(1) : [];
  const head = target ? `${agent.name} → ${target.name}` : `${agent.name}: ${getFunctionType(fn.type).label}`;
  return fn.toolName ? `${head} (${fn.toolName})` : head;
}

/** Runs one entry's write; a refusal comes back keyed by the entry's path in the file. */
async function atPath<T>(path: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof ValidationError || error instanceof ConflictError)) throw error;
    const keys = Object.entries(error.fieldErrors);
    const fieldErrors: FieldErrors =
      keys.length === 0
        ? { [path]: [error.message] }
        : Object.fromEntries(keys.map(([key, messages]) => [`${path}.${key === 'config.targetAgentId' ? 'target' : key}`, messages]));
    const message = `The file was not imported (${path}): ${error.message} Nothing was changed.`;
    throw error instanceof ValidationError ? new ValidationError(message, fieldErrors) : new ConflictError(message, fieldErrors, error.code);
  }
}
