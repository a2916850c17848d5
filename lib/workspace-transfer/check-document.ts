import { slugify } from '@/lib/agents/slug';
import type { FieldErrors } from '@/lib/domain/errors';
import { getFunctionType } from '@/lib/function-types/registry';
import { FunctionCreateSchema, type FunctionCreate } from '@/lib/functions/schema';
import type { WorkspaceDocument, FunctionEntry } from './document-schema';

/** A function entry once checked: its create input (target still a slug) and the key it matches by. */
export interface CheckedFunction {
  entry: FunctionEntry;
  input: FunctionCreate;
  key: string;
}

/**
 * How a function of the file finds its counterpart in the workspace: same agent, phase and type, and
 * the same target when the type allows one function per target (a handoff), else the same tool name.
 */
export function functionKey(agentSlug: string, fn: { phase: string; type: FunctionCreate['type']; toolName: string | null }, targetSlug: string | null): string {
  const byTarget = getFunctionType(fn.type).uniquePerTarget && targetSlug !== null;
  return [agentSlug, fn.phase, fn.type, byTarget ? `target:${targetSlug}` : `tool:${fn.toolName ?? ''}`].join('|');
}

/**
 * Everything about a file that can be checked before writing, all at once so the admin sees every
 * problem: agents named twice, functions of or to agents in neither the file nor the workspace, a
 * handoff in a phase its type is not available in, a config its type refuses, the same function twice.
 * Errors are keyed by the field's path in the file (`functions.3.target`).
 */
export function checkDocument(doc: WorkspaceDocument, workspaceSlugs: Set<string>): { errors: FieldErrors; functions: CheckedFunction[] } {
  const errors: FieldErrors = {};
  const add = (path: string, message: string) => (errors[path] ??= []).push(message);
  const fileSlugs = new Map<string, number>();
  doc.agents.forEach((agent, index) => {
    const slug = slugify(agent.name);
    const first = fileSlugs.get(slug);
    if (first !== undefined) add(`agents.${index}.name`, `The file names “${agent.name}” twice (also agents.${first}).`);
    else fileSlugs.set(slug, index);
  });
  const known = (slug: string) => fileSlugs.has(slug) || workspaceSlugs.has(slug);
  const functions: CheckedFunction[] = [];
  const keys = new Map<string, number>();
  doc.functions.forEach((entry, index) => {
    const path = `functions.${index}`;
    let ok = true;
    if (!known(entry.agent)) {
      add(`${path}.agent`, `No agent “${entry.agent}” in the file or the workspace.`);
      ok = false;
    }
    if (entry.target !== null && !known(entry.target)) {
      add(`${path}.target`, `No agent “${entry.target}” in the file or the workspace: a handoff must lead to an agent that exists.`);
      ok = false;
    }
    if (entry.target !== null && entry.target === entry.agent) {
      add(`${path}.target`, `“${entry.agent}” cannot hand off to itself.`);
      ok = false;
    }
    if ('targetAgentId' in entry.config) {
      add(`${path}.config.targetAgentId`, 'Name the target agent with "target" (its slug), not with an id inside config.');
      ok = false;
    }
    const parsed = FunctionCreateSchema.safeParse({
      phase: entry.phase,
      type: entry.type,
      enabled: entry.enabled,
      config: entry.target === null ? entry.config : { ...entry.config, targetAgentId: entry.target },
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path.join('.') === 'config.targetAgentId' ? 'target' : issue.path.join('.');
        add(field ? `${path}.${field}` : path, issue.message);
      }
      return;
    }
    if (!ok) return;
    const definition = getFunctionType(parsed.data.type);
    const targetRef = entry.target === null ? null : { id: entry.target, slug: entry.target, name: entry.target, description: '' };
    const toolName = definition.toolName(definition.complete(parsed.data.config, targetRef));
    const key = functionKey(entry.agent, { ...parsed.data, toolName }, entry.target);
    const first = keys.get(key);
    if (first !== undefined) {
      add(entry.target !== null ? `${path}.target` : `${path}.config.toolName`, `The file has this function twice (also functions.${first}).`);
      return;
    }
    keys.set(key, index);
    functions.push({ entry, input: parsed.data, key });
  });
  return { errors, functions };
}
