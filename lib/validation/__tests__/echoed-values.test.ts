import { describe, expect, it } from 'vitest';
import { AgentCreateSchema } from '@/lib/agents/schema';
import { echoableValues, echoedText } from '../echoed-values';
import { runFormAction } from '../form-state';

function form(fields: [string, string][]): FormData {
  const data = new FormData();
  for (const [name, value] of fields) data.append(name, value);
  return data;
}

describe('echoed form values', () => {
  it('drops keys named after Object.prototype members at every depth, so rendering a value cannot throw', () => {
    const echoed = echoableValues({ name: { toString: { name: 'x' }, valueOf: 'y', kept: 'z' }, constructor: 'c', description: 'd' });
    expect(echoed).toEqual({ name: { kept: 'z' }, description: 'd' });
    expect(() => String(echoed.name)).not.toThrow();
  });

  it('reads text at a dotted path and nothing else', () => {
    const values = { name: { toString: 'x' }, config: { description: 'Billing questions' } };
    expect(echoedText(values, 'config.description')).toBe('Billing questions');
    expect(echoedText(values, 'name')).toBeUndefined();
    expect(echoedText(values, 'config.toString')).toBeUndefined();
    expect(echoedText(values, 'missing.path')).toBeUndefined();
  });

  it('a refused form echoes values a form can render (a field named name.toString.name)', async () => {
    const outcome = await runFormAction(AgentCreateSchema, form([['name.toString.name', 'boom'], ['description', 'Kept']]), async () => 'never');
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(Object.keys(outcome.state.fieldErrors ?? {})).toEqual(['name']);
    expect(() => String(outcome.state.values?.name)).not.toThrow();
    expect(echoedText(outcome.state.values, 'description')).toBe('Kept');
    expect(echoedText(outcome.state.values, 'name')).toBeUndefined();
  });
});
