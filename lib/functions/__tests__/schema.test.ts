import { describe, expect, it } from 'vitest';
import { agentHandoff } from '@/lib/function-types/agent-handoff';
import { getFunctionType, listFunctionTypes, unavailableReason } from '@/lib/function-types/registry';
import { fieldErrorsOf } from '@/lib/validation/field-errors';
import { formDataToObject } from '@/lib/validation/form-data';
import { FunctionCreateSchema, FunctionUpdateSchema } from '../schema';

const valid = {
  phase: 'during_session',
  type: 'agent_handoff',
  config: { targetAgentId: 'agt_billing', description: 'Hand off when the customer asks about invoices.' },
};

function errorsOf(input: unknown) {
  const result = FunctionCreateSchema.safeParse(input);
  expect(result.success).toBe(false);
  return fieldErrorsOf(result.error!);
}

describe('function-type registry', () => {
  it('lists Agent Handoff, available During-Session only (the spec’s availability table)', () => {
    expect(listFunctionTypes().map((t) => t.label)).toEqual(['Agent Handoff', 'Custom Function', 'End Session']);
    // A Custom Function runs in every phase.
    for (const phase of ['pre_session', 'during_session', 'post_session'] as const) expect(unavailableReason(getFunctionType('custom_function'), phase)).toBeNull();
    const handoff = getFunctionType('agent_handoff');
    expect(unavailableReason(handoff, 'during_session')).toBeNull();
    expect(unavailableReason(handoff, 'pre_session')).toBe('Agent Handoff is available During-Session only');
    expect(unavailableReason(handoff, 'post_session')).toBe('Agent Handoff is available During-Session only');
  });

  it('turns a handoff into the OpenAI function tool the LLM receives', () => {
    const config = agentHandoff.configSchema.parse({ targetAgentId: 'agt_b', description: 'When the customer asks about invoices.' });
    const target = { id: 'agt_b', name: 'Billing', slug: 'billing', description: 'Invoices and payments' };
    const tool = agentHandoff.toTool(agentHandoff.complete(config, target), target);
    expect(tool?.definition).toEqual({
      type: 'function',
      function: {
        name: 'transfer_to_billing',
        description: 'When the customer asks about invoices.',
        parameters: {
          type: 'object',
          properties: { reason: { type: 'string', description: expect.any(String) } },
          required: ['reason'],
          additionalProperties: false,
        },
      },
    });
    expect(tool?.hints).toEqual({ targetName: 'Billing', targetDescription: 'Invoices and payments', description: 'When the customer asks about invoices.', examples: [] });
  });

  it('derives the default tool name from the target slug, and keeps a custom one', () => {
    const target = { id: 'agt_t', name: 'Technical Support', slug: 'technical-support', description: '' };
    const base = agentHandoff.configSchema.parse({ targetAgentId: 'agt_t', description: 'd' });
    expect(agentHandoff.complete(base, target).toolName).toBe('transfer_to_technical_support');
    const custom = agentHandoff.configSchema.parse({ targetAgentId: 'agt_t', description: 'd', toolName: 'escalate-tech' });
    expect(agentHandoff.complete(custom, target).toolName).toBe('escalate-tech');
  });
});

describe('FunctionCreateSchema', () => {
  it('fills the handoff defaults: full context, greeting on, no transfer message', () => {
    const parsed = FunctionCreateSchema.parse(valid);
    expect(parsed.enabled).toBe(true);
    expect(parsed.config).toEqual({
      targetAgentId: 'agt_billing',
      description: 'Hand off when the customer asks about invoices.',
      transferMessage: '',
      greetOnArrival: true,
      context: { mode: 'full' },
      examples: [],
    });
  });

  it('refuses Agent Handoff outside During-Session', () => {
    expect(errorsOf({ ...valid, phase: 'pre_session' })).toEqual({ phase: ['Agent Handoff is available During-Session only.'] });
    expect(errorsOf({ ...valid, phase: 'post_session' }).phase).toBeDefined();
  });

  it('refuses an unknown type and an unknown phase by name', () => {
    expect(errorsOf({ ...valid, type: 'webhook' }).type?.[0]).toMatch(/Unknown function type/);
    expect(errorsOf({ ...valid, phase: 'during' }).phase?.[0]).toMatch(/Phase must be one of/);
  });

  it('keys config errors by their dotted path', () => {
    const errors = errorsOf({ ...valid, config: { targetAgentId: '', description: '   ', toolName: 'has space' } });
    expect(errors['config.targetAgentId']).toEqual(['Choose the Target Agent.']);
    expect(errors['config.description']).toEqual(['Write a Description so the LLM knows when to hand off.']);
    expect(errors['config.toolName']?.[0]).toMatch(/1-64 letters/);
  });

  it('enforces the 1,000-character description and the 64-character tool name', () => {
    expect(errorsOf({ ...valid, config: { ...valid.config, description: 'x'.repeat(1001) } })['config.description']?.[0]).toMatch(/at most 1000/);
    expect(FunctionCreateSchema.safeParse({ ...valid, config: { ...valid.config, description: 'x'.repeat(1000) } }).success).toBe(true);
    expect(errorsOf({ ...valid, config: { ...valid.config, toolName: 'a'.repeat(65) } })['config.toolName']).toBeDefined();
  });

  it('needs a message count for Last N messages, within 1-200', () => {
    const lastN = (context: unknown) => FunctionCreateSchema.safeParse({ ...valid, config: { ...valid.config, context } });
    expect(fieldErrorsOf(lastN({ mode: 'last_n' }).error!)['config.context.lastN']).toEqual(['Enter how many messages to pass.']);
    expect(lastN({ mode: 'last_n', lastN: 0 }).success).toBe(false);
    expect(lastN({ mode: 'last_n', lastN: 201 }).success).toBe(false);
    expect(lastN({ mode: 'last_n', lastN: '6' }).data?.config.context).toEqual({ mode: 'last_n', lastN: 6 });
    expect(lastN({ mode: 'full', lastN: '' }).data?.config.context).toEqual({ mode: 'full' });
  });

  it('parses the form’s fields the same way as JSON', () => {
    const form = new FormData();
    form.set('phase', 'during_session');
    form.set('type', 'agent_handoff');
    form.set('config.targetAgentId', 'agt_billing');
    form.set('config.description', 'Hand off when the customer asks about invoices.');
    form.set('config.toolName', '');
    form.append('config.greetOnArrival', 'false');
    form.set('config.context.mode', 'last_n');
    form.set('config.context.lastN', '4');
    const parsed = FunctionCreateSchema.parse(formDataToObject(form));
    expect(parsed.config).toMatchObject({ greetOnArrival: false, context: { mode: 'last_n', lastN: 4 } });
    expect(parsed.config).not.toHaveProperty('toolName', '');
    form.append('config.greetOnArrival', 'true');
    expect(FunctionCreateSchema.parse(formDataToObject(form)).config.greetOnArrival).toBe(true);
  });
});

describe('FunctionUpdateSchema', () => {
  it('requires the version the editor loaded', () => {
    const result = FunctionUpdateSchema.safeParse({ enabled: false });
    expect(fieldErrorsOf(result.error!).version?.[0]).toMatch(/version is required/);
    expect(FunctionUpdateSchema.parse({ version: '2', enabled: 'false' })).toEqual({ version: 2, enabled: false });
  });

  it('says what enabled must be, on the field', () => {
    const result = FunctionUpdateSchema.safeParse({ version: 1, enabled: 'yes' });
    expect(fieldErrorsOf(result.error!)).toEqual({ enabled: ['Must be true or false.'] });
  });
});

describe('unknown and empty input', () => {
  it('reports an unknown field on the field itself, at any depth', () => {
    const result = FunctionCreateSchema.safeParse({ ...valid, colour: 'red', config: { ...valid.config, descripton: 'typo' } });
    const errors = fieldErrorsOf(result.error!);
    expect(errors.colour).toEqual(['Unknown field.']);
  });

  it('reports an unknown config field keyed config.<field>', () => {
    const result = FunctionCreateSchema.safeParse({ ...valid, config: { ...valid.config, descripton: 'typo' } });
    expect(fieldErrorsOf(result.error!)).toEqual({ 'config.descripton': ['Unknown field.'] });
  });

  it('refuses an update that changes nothing', () => {
    const result = FunctionUpdateSchema.safeParse({ version: 3 });
    expect(fieldErrorsOf(result.error!)._form).toEqual(['Nothing to change: send enabled and/or config.']);
  });
});
