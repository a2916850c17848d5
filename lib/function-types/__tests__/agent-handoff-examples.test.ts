import { describe, expect, it } from 'vitest';
import { FunctionCreateSchema, FunctionUpdateSchema } from '@/lib/functions/schema';
import { fieldErrorsOf } from '@/lib/validation/field-errors';
import { formDataToObject } from '@/lib/validation/form-data';
import { agentHandoff } from '../agent-handoff';
import { HANDOFF_LIMITS, HandoffConfigSchema } from '../agent-handoff-config';
import { describeWithExamples, EXAMPLES_LEAD } from '../agent-handoff-tool-description';

const base = { targetAgentId: 'agt_billing', description: 'Hand off when the customer asks about invoices.' };
const examplesOf = (examples: unknown) => HandoffConfigSchema.parse({ ...base, examples }).examples;
const errorsOf = (examples: unknown) => {
  const result = FunctionCreateSchema.safeParse({ phase: 'during_session', type: 'agent_handoff', config: { ...base, examples } });
  expect(result.success).toBe(false);
  return fieldErrorsOf(result.error!);
};
const target = { id: 'agt_billing', name: 'Billing', slug: 'billing', description: 'Invoices and payments' };
const toolOf = (config: Record<string, unknown>) => agentHandoff.toTool(agentHandoff.complete(HandoffConfigSchema.parse(config), target), target);

describe('handoff examples in the config schema', () => {
  it('takes a list from the API, each example trimmed, and defaults to none', () => {
    expect(examplesOf(['  I was charged twice ', 'Where is my invoice?'])).toEqual(['I was charged twice', 'Where is my invoice?']);
    expect(HandoffConfigSchema.parse(base).examples).toEqual([]);
    expect(examplesOf([])).toEqual([]);
  });

  it('takes the form’s text one example per line, dropping blank lines, whatever the line ending', () => {
    expect(examplesOf('I was charged twice\r\n\r\n  \nWhere is my invoice?\rRefund please\n')).toEqual(['I was charged twice', 'Where is my invoice?', 'Refund please']);
    expect(examplesOf('')).toEqual([]);
    const form = new FormData();
    form.set('phase', 'during_session');
    form.set('type', 'agent_handoff');
    form.set('config.targetAgentId', 'agt_billing');
    form.set('config.description', base.description);
    form.set('config.examples', 'Refund please\nCan I pay by card?');
    expect(FunctionCreateSchema.parse(formDataToObject(form)).config.examples).toEqual(['Refund please', 'Can I pay by card?']);
  });

  it('drops repeats ignoring case, keeping the first as written', () => {
    expect(examplesOf(['Refund please', 'REFUND PLEASE', ' refund please ', 'Another'])).toEqual(['Refund please', 'Another']);
    expect(examplesOf('Refund please\nrefund PLEASE')).toEqual(['Refund please']);
  });

  it('refuses a bad example at its own field path, keyed config.examples.<index>', () => {
    const long = 'x'.repeat(HANDOFF_LIMITS.example + 1);
    expect(errorsOf(['fine', '   ', 'also fine', long, 7, 'line\nbreak', '\ud800 lone'])).toEqual({
      'config.examples.1': ['An example cannot be empty.'],
      'config.examples.3': [`An example must be at most ${HANDOFF_LIMITS.example} characters.`],
      'config.examples.4': ['An example must be text.'],
      'config.examples.5': ['An example must be one line, without line breaks or control characters.'],
      'config.examples.6': [expect.stringMatching(/unpaired UTF-16 surrogate/)],
    });
    expect(examplesOf(['x'.repeat(HANDOFF_LIMITS.example), `  ${'y'.repeat(HANDOFF_LIMITS.example)}  `])).toHaveLength(2);
    expect(errorsOf('ok\nfine\ttab\n' + long)).toEqual({ 'config.examples.2': [`An example must be at most ${HANDOFF_LIMITS.example} characters.`] });
  });

  it('allows 50 examples and refuses 51 on the list, counted after repeats are dropped', () => {
    const many = (count: number) => Array.from({ length: count }, (_, i) => `Example message number ${i}`);
    expect(examplesOf(many(50))).toHaveLength(50);
    expect(errorsOf(many(51))).toEqual({ 'config.examples': ['At most 50 examples: keep the ones that differ most.'] });
    expect(examplesOf([...many(50), 'EXAMPLE MESSAGE NUMBER 3'])).toHaveLength(50);
    expect(errorsOf(many(51).join('\n'))).toEqual({ 'config.examples': ['At most 50 examples: keep the ones that differ most.'] });
  });

  it('refuses anything but a list or text', () => {
    expect(errorsOf({ 0: 'a' })).toEqual({ 'config.examples': ['Examples must be a list of customer messages.'] });
    expect(errorsOf(null)).toEqual({ 'config.examples': ['Examples must be a list of customer messages.'] });
  });

  it('reads a row saved before examples existed, and a PATCH without examples keeps them', () => {
    const stored = { targetAgentId: 'agt_billing', description: 'd', toolName: 'transfer_to_billing', transferMessage: '', greetOnArrival: true, context: { mode: 'full' } };
    expect(HandoffConfigSchema.parse(stored).examples).toEqual([]);
    expect(toolOf(stored)?.hints?.examples).toEqual([]);
    expect(agentHandoff.toTool(stored as never, target)?.definition.function.description).toBe('d');
    expect(FunctionUpdateSchema.parse({ version: 1, config: { description: 'x' } }).config).not.toHaveProperty('examples');
  });
});

describe('handoff examples in the tool', () => {
  it('appends a few examples to the description the OpenAI-compatible engine reads, and all of them to the hints', () => {
    const examples = ['I was charged twice', 'Where is my invoice?', 'Refund please', 'Can I pay by card?', 'Change my billing address', 'Why is my bill so high?'];
    const tool = toolOf({ ...base, examples });
    expect(tool?.definition.function.description).toBe(
      'Hand off when the customer asks about invoices.\n\nExamples of customer messages for this handoff: “I was charged twice”; “Where is my invoice?”; “Refund please”; “Can I pay by card?”; “Change my billing address”',
    );
    expect(tool?.hints).toEqual({ targetName: 'Billing', targetDescription: 'Invoices and payments', description: base.description, examples });
  });

  it('sends the description alone when there are no examples', () => {
    expect(toolOf(base)?.definition.function.description).toBe(base.description);
  });

  it('adds at most 600 characters, skipping an example that does not fit rather than cutting it', () => {
    const long = (letter: string) => letter.repeat(HANDOFF_LIMITS.example);
    const text = describeWithExamples('Short.', [long('a'), long('b'), 'short one', long('c')]);
    const added = text.slice('Short.'.length);
    expect(added.length).toBeLessThanOrEqual(600);
    expect(added).toBe(`${EXAMPLES_LEAD}“${long('a')}”; “short one”`);
  });

  it('keeps the whole description within 1,024 characters, which some endpoints enforce', () => {
    const description = 'd'.repeat(900);
    expect(describeWithExamples(description, ['x'.repeat(100), 'fits in']).length).toBeLessThanOrEqual(1024);
    expect(describeWithExamples(description, ['x'.repeat(100), 'fits in'])).toBe(`${description}${EXAMPLES_LEAD}“fits in”`);
    const longest = 'd'.repeat(HANDOFF_LIMITS.description);
    expect(describeWithExamples(longest, ['a', 'b'])).toBe(longest);
  });

  it('always has room for one example of any length under a description of ordinary length', () => {
    const example = 'e'.repeat(HANDOFF_LIMITS.example);
    expect(describeWithExamples('d'.repeat(500), [example])).toContain(`“${example}”`);
  });
});
