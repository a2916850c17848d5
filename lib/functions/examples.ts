import { z } from 'zod';
import { withTransaction } from '@/db/transaction';
import type { ServiceContext } from '@/lib/domain/context';
import { ConflictError, ValidationError } from '@/lib/domain/errors';
import { HANDOFF_LIMITS, HandoffExampleSchema, handoffExamples } from '@/lib/function-types/agent-handoff-config';
import { assertRoomForExamples } from './example-room';
import { getFunction, updateFunction, type AgenticFunction } from './service';

/** What the "add this message as an example" action receives; the service judges the message itself. */
export const AddHandoffExampleSchema = z.strictObject({
  functionId: z.string({ error: 'functionId is required.' }).min(1, 'functionId is required.').max(200),
  message: z.string({ error: 'message must be text.' }).max(100_000, 'This message is far too long to be an example.'),
});
export type AddHandoffExample = z.output<typeof AddHandoffExampleSchema>;

/** A customer message as an example: one line, its runs of white space one space. */
function asExample(message: string): string {
  return message.replace(/\s+/g, ' ').trim();
}

/** Whether `message` is already among `examples`, ignoring case (adding it again is refused). */
export function isExampleOf(examples: readonly string[], message: string): boolean {
  const example = asExample(message).toLowerCase();
  return examples.some((existing) => existing.toLowerCase() === example);
}

/**
 * Appends one customer message to a handoff's examples ("add this message as an example" on a test
 * result). Its line breaks become spaces, since an example is one line. It is an ordinary update, in
 * one transaction: the same config checks, a version bump and an audit event. Refused, writing
 * nothing: a function that is not a handoff, an empty or too long message (ValidationError, 422), a
 * message already among the examples, ignoring case, a handoff that has 50, or a workspace at its cap
 * of examples (ConflictError, 409).
 */
export function addHandoffExample(ctx: ServiceContext, functionId: string, message: string): Promise<AgenticFunction> {
  return withTransaction(ctx, async (tx) => {
    const fn = await getFunction(tx, functionId);
    if (fn.type !== 'agent_handoff') refuse('Only an Agent Handoff has example messages.');
    const handoff = fn.targetAgent ? `the handoff to ${fn.targetAgent.name}` : 'this handoff';
    const example = asExample(message);
    if (example.length > HANDOFF_LIMITS.example) {
      refuse(`This message is ${example.length} characters long; an example can be at most ${HANDOFF_LIMITS.example}. Add a shorter message.`);
    }
    const parsed = HandoffExampleSchema.safeParse(example);
    if (!parsed.success) refuse(parsed.error.issues[0]?.message ?? 'This message cannot be an example.');
    const examples = handoffExamples(fn.config);
    if (isExampleOf(examples, example)) {
      const taken = `“${example}” is already an example of ${handoff}.`;
      throw new ConflictError(taken, { message: [taken] });
    }
    if (examples.length >= HANDOFF_LIMITS.examples) {
      const full = `${capitalise(handoff)} already has ${HANDOFF_LIMITS.examples} examples, the most a handoff can have: remove one in its Advanced settings first.`;
      throw new ConflictError(full, { message: [full] });
    }
    // Checked here too, to come back keyed `message` like the refusals above.
    await assertRoomForExamples(tx, functionId, { examples: [...examples, example] }, 'message');
    return updateFunction(tx, functionId, { version: fn.version, config: { examples: [...examples, example] } });
  });
}

function refuse(reason: string): never {
  throw new ValidationError(reason, { message: [reason] });
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
