import { z } from 'zod';

/** What deleting an agent did besides removing it: its audit row's `effects`, checked on read. */
export const AgentDeleteEffectsSchema = z.object({
  functionsRemoved: z.array(z.object({ id: z.string(), toolName: z.string().nullable() })),
  testSessionsKept: z.number().int().nonnegative(),
});
export type AgentDeleteEffects = z.infer<typeof AgentDeleteEffectsSchema>;

/** "2 functions removed, 5 test transcripts kept", or null when the record holds no readable effects. */
export function describeAgentDeleteEffects(effects: unknown): string | null {
  const parsed = AgentDeleteEffectsSchema.safeParse(effects);
  if (!parsed.success) return null;
  const removed = count(parsed.data.functionsRemoved.length, 'function', 'No');
  const kept = count(parsed.data.testSessionsKept, 'test transcript', 'no');
  return `${removed} removed, ${kept} kept`;
}

function count(n: number, noun: string, none: string): string {
  return `${n === 0 ? none : n} ${noun}${n === 1 ? '' : 's'}`;
}
