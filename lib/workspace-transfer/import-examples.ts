import type { ServiceContext } from '@/lib/domain/context';
import { ConflictError } from '@/lib/domain/errors';
import { formatCount, limitsOf } from '@/lib/domain/workspace-limits';
import { handoffExamples } from '@/lib/function-types/agent-handoff-config';
import { exampleMessages, markExamplesChecked } from '@/lib/functions/example-room';
import type { AgenticFunction } from '@/lib/functions/service';
import type { CheckedFunction } from './check-document';

const examplesOf = (configs: Record<string, unknown>[]) => configs.reduce((sum, config) => sum + handoffExamples(config).length, 0);

/**
 * Refuses (409), before the first write, a file whose handoffs' examples would take the workspace past
 * its cap: the file's examples replace those of the functions it matches, the others stay. Counted once
 * over the workspace's functions as the transaction read them, so the file's writes need no count each.
 */
export function assertFileExamplesFit(
  tx: ServiceContext,
  workspaceFunctions: AgenticFunction[],
  functions: CheckedFunction[],
  existing: Map<string, AgenticFunction>,
): void {
  const limit = limitsOf(tx).examples;
  const replaced = functions.flatMap((fn) => existing.get(fn.key) ?? []);
  const kept = examplesOf(workspaceFunctions.map((fn) => fn.config)) - examplesOf(replaced.map((fn) => fn.config));
  const inFile = examplesOf(functions.map((fn) => fn.input.config));
  if (kept + inFile > limit) {
    throw new ConflictError(`The file was not imported: a workspace holds at most ${exampleMessages(limit)}. Nothing was changed.`, {
      functions: [
        `The file's handoffs have ${exampleMessages(inFile)}; with the ${formatCount(kept)} of the workspace's other handoffs that makes ${formatCount(kept + inFile)}, more than the ${formatCount(limit)} a workspace can hold.`,
      ],
    });
  }
  markExamplesChecked(tx);
}
