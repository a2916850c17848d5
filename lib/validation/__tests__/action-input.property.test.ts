import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { AgentCreateSchema, AgentUpdateSchema } from '@/lib/agents/schema';
import { CoachRequestSchema } from '@/lib/functions/coach';
import { RestoreFunctionSchema } from '@/lib/functions/restore';
import { FunctionCreateSchema, FunctionUpdateSchema } from '@/lib/functions/schema';
import { MessageCreateSchema, SessionCreateSchema } from '@/lib/sessions/schema';
import { hostileKey, hostileObject, hostileText, hostileValue } from '@/lib/testing/hostile-input';
import { fieldErrorsOf } from '../field-errors';
import { formDataToObject } from '../form-data';
import { runFormAction } from '../form-state';

// Each schema a server action parses with, and fields that pass it, so hostile extras meet a valid rest.
const SCHEMAS: [string, z.ZodType, [string, string][]][] = [
  ['AgentCreateSchema', AgentCreateSchema, [['name', 'Billing'], ['description', 'Invoices and refunds.']]],
  ['AgentUpdateSchema', AgentUpdateSchema, [['version', '1'], ['instructions', 'Be brief.']]],
  ['FunctionCreateSchema', FunctionCreateSchema, [
    ['phase', 'during_session'], ['type', 'agent_handoff'], ['enabled', 'false'], ['enabled', 'on'],
    ['config.targetAgentId', 'agt_billing'], ['config.description', 'Transfer when the user asks about an invoice or a refund.'],
    ['config.context.mode', 'last_n'], ['config.context.lastN', '5'], ['config.greetOnArrival', 'true'],
  ]],
  ['FunctionUpdateSchema', FunctionUpdateSchema, [['version', '3'], ['enabled', 'false'], ['config.description', 'Transfer for refunds.']]],
  ['SessionCreateSchema', SessionCreateSchema, [['agentId', 'agt_general']]],
  ['MessageCreateSchema', MessageCreateSchema, [['content', 'I was charged twice.']]],
  ['CoachRequestSchema', CoachRequestSchema, [['agentId', 'agt_general'], ['type', 'agent_handoff'], ['description', 'Refunds.']]],
  ['RestoreFunctionSchema', RestoreFunctionSchema, [['eventId', 'evt_1'], ['version', '2']]],
];

const formFields = (valid: [string, string][]) =>
  fc.tuple(fc.subarray(valid), fc.array(fc.tuple(hostileKey, hostileText(60)), { maxLength: 8 })).map(([base, extra]) => [...base, ...extra]);

function expectFieldErrors(fieldErrors: unknown) {
  expect(Object.getPrototypeOf(fieldErrors)).toBe(Object.prototype);
  const entries = Object.entries(fieldErrors as object);
  expect(entries.length).toBeGreaterThan(0);
  for (const [, messages] of entries) expect(messages).toEqual(expect.arrayContaining([expect.any(String)]));
}

const prototypeSnapshot = () => Object.getOwnPropertyNames(Object.prototype).sort().join();

describe.each(SCHEMAS)('%s under hostile input', (_name, schema, valid) => {
  it('runFormAction: arbitrary form fields give field errors or a parsed value, never a throw or a polluted prototype', async () => {
    const clean = prototypeSnapshot();
    await fc.assert(
      fc.asyncProperty(formFields(valid), async (fields) => {
        const formData = new FormData();
        for (const [key, value] of fields) formData.append(key, value);
        let received: unknown;
        const outcome = await runFormAction(schema, formData, async (input) => {
          received = input;
          return 'saved';
        });
        if (outcome.ok) {
          expect(received).toBeDefined();
        } else {
          expect(outcome.state.status).toBe('error');
          expectFieldErrors(outcome.state.fieldErrors);
        }
        // Form state travels to the browser: it must serialise, and its text must be well-formed.
        expect(JSON.stringify(outcome).isWellFormed()).toBe(true);
        expect(prototypeSnapshot()).toBe(clean);
      }),
      { numRuns: 150 },
    );
  });

  it('safeParse + fieldErrorsOf: arbitrary JSON-like objects (what an action argument or an API body can be) never throw', () => {
    fc.assert(
      fc.property(fc.oneof(hostileObject, hostileValue, formFields(valid).map((fields) => formDataToObject(toFormData(fields)))), (input) => {
        const parsed = schema.safeParse(input);
        if (!parsed.success) expectFieldErrors(fieldErrorsOf(parsed.error));
      }),
      { numRuns: 200 },
    );
  });
});

function toFormData(fields: [string, string][]): FormData {
  const formData = new FormData();
  for (const [key, value] of fields) formData.append(key, value);
  return formData;
}
