import { describe, expect, it } from 'vitest';
import { fieldErrorsOf } from '@/lib/validation/field-errors';
import { AgentCreateSchema, AgentUpdateSchema } from '../schema';
import { slugify } from '../slug';

describe('AgentCreateSchema', () => {
  it('trims fields and defaults the optional ones', () => {
    const parsed = AgentCreateSchema.parse({ name: '  Billing ', description: ' Invoices ' });
    expect(parsed).toEqual({ name: 'Billing', description: 'Invoices', instructions: '', greeting: '' });
  });

  it('reports each bad field by name', () => {
    const result = AgentCreateSchema.safeParse({ name: '', description: 'x'.repeat(501), greeting: 'g'.repeat(501) });
    expect(result.success).toBe(false);
    const errors = fieldErrorsOf(result.error!);
    expect(errors.name).toEqual(['Name is required.']);
    expect(errors.description?.[0]).toMatch(/at most 500/);
    expect(errors.greeting?.[0]).toMatch(/at most 500/);
  });

  it('rejects names over 80 characters and names with no letter or digit', () => {
    expect(AgentCreateSchema.safeParse({ name: 'n'.repeat(81), description: 'd' }).success).toBe(false);
    const symbols = AgentCreateSchema.safeParse({ name: '???', description: 'd' });
    expect(fieldErrorsOf(symbols.error!).name?.[0]).toMatch(/letter or digit/);
  });

  it('refuses a non-string name with a readable message', () => {
    const result = AgentCreateSchema.safeParse({ name: 42, description: 'd' });
    expect(fieldErrorsOf(result.error!).name).toEqual(['Name is required.']);
  });
});

describe('AgentUpdateSchema', () => {
  it('accepts a partial update and coerces the version from a form', () => {
    expect(AgentUpdateSchema.parse({ greeting: 'Hello', version: '3' })).toEqual({ greeting: 'Hello', version: 3 });
  });
});

describe('slugify', () => {
  it('lower-cases, strips accents and joins words with dashes', () => {
    expect(slugify('Technical Support')).toBe('technical-support');
    expect(slugify('  Équipe  Ventes! ')).toBe('equipe-ventes');
  });
});
