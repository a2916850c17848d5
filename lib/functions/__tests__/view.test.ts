import { describe, expect, it } from 'vitest';
import { setupTestContext } from '@/lib/testing/fixtures';
import { makeAgent, makeHandoff } from '@/lib/testing/factories';
import { FunctionCreateSchema } from '../schema';
import { createFunction, listFunctionsForAgent } from '../service';
import { toFunctionView } from '../view';

const t = setupTestContext();

const webhook = (phase: string, name: string) =>
  FunctionCreateSchema.parse({ phase, type: 'custom_function', config: { name, description: `Calls ${name}.`, url: 'https://example.com/hook' } });

describe('a function as the functions page shows it', () => {
  it('names each row apart: a handoff by its target, a Custom Function by its name, a one-per-agent type by its label', async () => {
    const desk = await makeAgent(t.ctx, 'Front Desk');
    const billing = await makeAgent(t.ctx, 'Billing');
    await makeHandoff(t.ctx, desk.id, { targetAgentId: billing.id });
    await createFunction(t.ctx, desk.id, webhook('during_session', 'lookup_order'));
    await createFunction(t.ctx, desk.id, webhook('during_session', 'cancel_order'));
    await createFunction(t.ctx, desk.id, FunctionCreateSchema.parse({ phase: 'during_session', type: 'end_session', config: { description: 'When the customer says goodbye.', closingMessage: 'Bye!' } }));
    const names = (await listFunctionsForAgent(t.ctx, desk.id)).map((fn) => toFunctionView(fn).name);
    expect(names.sort()).toEqual(['Agent Handoff to Billing', 'Custom Function cancel_order', 'Custom Function lookup_order', 'End Session']);
  });

  it('offers View tool only for what the LLM is offered: During-Session, not a Pre- or Post-Session webhook', async () => {
    const desk = await makeAgent(t.ctx, 'Front Desk');
    await createFunction(t.ctx, desk.id, webhook('pre_session', 'load_customer'));
    await createFunction(t.ctx, desk.id, webhook('during_session', 'lookup_order'));
    await createFunction(t.ctx, desk.id, webhook('post_session', 'log_conversation'));
    const tools = Object.fromEntries((await listFunctionsForAgent(t.ctx, desk.id)).map((fn) => [fn.phase, toFunctionView(fn).toolJson]));
    expect(tools.pre_session).toBeNull();
    expect(tools.post_session).toBeNull();
    expect(JSON.parse(tools.during_session ?? 'null')).toMatchObject({ type: 'function', function: { name: 'lookup_order' } });
  });
});
