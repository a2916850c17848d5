import { z } from 'zod';
import { blankToUndefined } from '@/lib/validation/coerce';
import { ILL_FORMED_TEXT_MESSAGE } from '@/lib/validation/well-formed-text';
import { ROUTING_TEST_LIMITS as LIMITS } from './limits';

const wellFormed = (value: string) => value.isWellFormed();

const message = z
  .string({ error: 'Write the customer message.' })
  .trim()
  .min(1, 'Write the customer message.')
  .max(LIMITS.messageLength, `A message can be at most ${LIMITS.messageLength.toLocaleString('en-US')} characters.`)
  .refine(wellFormed, ILL_FORMED_TEXT_MESSAGE);

const name = z.preprocess(
  // The API's own output says `"name": null` for an unnamed case, so sending it back means "no name" too.
  (value) => (value === null ? undefined : blankToUndefined(value)),
  z
    .string({ error: 'Name must be text.' })
    .trim()
    .max(LIMITS.name, `Name must be at most ${LIMITS.name} characters.`)
    .refine(wellFormed, ILL_FORMED_TEXT_MESSAGE)
    .optional(),
);

const messages = z
  .array(message, { error: 'messages must be a list of customer messages.' })
  .min(1, 'Add at least one customer message.')
  .max(LIMITS.messages, `A test has at most ${LIMITS.messages} customer messages.`)
  .superRefine((list, ctx) => {
    const total = list.reduce((sum, text) => sum + text.length, 0);
    if (total > LIMITS.caseLength) {
      const count = (n: number) => n.toLocaleString('en-US');
      ctx.addIssue({ code: 'custom', message: `A test's messages together can be at most ${count(LIMITS.caseLength)} characters (these have ${count(total)}).` });
    }
  });

const CHOOSE_OUTCOME = 'Choose the expected outcome: the agent it hands off to, or no handoff (null).';

const expect = z.strictObject(
  { handoffTo: z.string({ error: CHOOSE_OUTCOME }).trim().min(1, CHOOSE_OUTCOME).nullable() },
  { error: 'expect must be an object such as { "handoffTo": null }.' },
);

const shape = { name, messages, expect };

/**
 * A routing test case: customer messages sent in order from the start agent, and where the
 * conversation must be after the last one. The dialog, its server action and the JSON API all parse
 * with this (the dialog through RoutingTestFormSchema).
 */
export const RoutingTestSchema = z.strictObject(shape);
export type RoutingTestInput = z.output<typeof RoutingTestSchema>;
export type RoutingTestRequest = z.input<typeof RoutingTestSchema>;

/** PATCH /api/v1/tests/{id} and the edit dialog: the whole case, plus the version it was loaded at. */
export const RoutingTestUpdateSchema = z.strictObject({
  ...shape,
  version: z.coerce
    .number({ error: 'version must be a whole number.' })
    .int('version must be a whole number.')
    .positive('version must be a positive whole number.')
    .optional(),
});
export type RoutingTestUpdate = z.output<typeof RoutingTestUpdateSchema>;

/**
 * The dialog sends numbered fields (`messages.0`, `messages.1`, which lib/validation/form-data.ts
 * nests as an object) and "" for "No handoff"; this reads them as the JSON shape, so errors come
 * back keyed like the inputs (`messages.1`).
 */
function fromForm(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const fields = value as Record<string, unknown>;
  const result: Record<string, unknown> = { ...fields };
  const listed = fields.messages;
  if (typeof listed === 'object' && listed !== null && !Array.isArray(listed)) {
    const entries = Object.entries(listed);
    if (entries.every(([key]) => /^\d{1,4}$/.test(key))) {
      result.messages = entries.sort(([a], [b]) => Number(a) - Number(b)).map(([, text]) => text);
    }
  }
  const outcome = fields.expect;
  if (typeof outcome === 'object' && outcome !== null && (outcome as Record<string, unknown>).handoffTo === '') {
    result.expect = { ...outcome, handoffTo: null };
  }
  return result;
}

export const RoutingTestFormSchema = z.preprocess(fromForm, RoutingTestSchema);
export const RoutingTestUpdateFormSchema = z.preprocess(fromForm, RoutingTestUpdateSchema);
