import { describe, expect, it } from 'vitest';
import { coachHandoffDescription } from '../agent-handoff-coach';

const codes = (description: string, siblings: Parameters<typeof coachHandoffDescription>[1] = []) =>
  coachHandoffDescription(description, siblings).map((hint) => hint.code);

describe('description coach', () => {
  it('is silent on a clear, specific description (the spec’s own example)', () => {
    expect(codes('Hand off to the billing agent when the customer asks about invoices or payments')).toEqual([]);
  });

  it('says nothing while the field is empty (the required-field error covers that)', () => {
    expect(codes('   ')).toEqual([]);
  });

  it('flags a description too short to be specific', () => {
    const hints = coachHandoffDescription('billing stuff', []);
    expect(hints[0]).toMatchObject({ code: 'too_short', message: expect.stringContaining('2 words') });
  });

  it('flags a missing trigger condition', () => {
    expect(codes('Billing agent handles customer invoices, payments, refunds and charges on cards')).toContain('no_trigger');
    expect(codes('Route to billing if the customer disputes a charge on their card')).not.toContain('no_trigger');
  });

  it('flags a description that says nothing about what the customer asks', () => {
    expect(codes('Transfer to billing when invoices, payments, refunds or charges come up today')).toContain('no_customer_intent');
  });

  it('names the other handoff of the same agent that it overlaps strongly with', () => {
    const hints = coachHandoffDescription('Hand off when the customer asks about refunds, payments or invoices.', [
      { id: 'fn_1', toolName: 'transfer_to_finance', targetName: 'Finance', description: 'Hand off when the caller wants refunds or invoice copies or payment plans.' },
      { id: 'fn_2', toolName: 'transfer_to_tech', targetName: 'Tech', description: 'Hand off when the customer cannot log in.' },
    ]);
    const overlap = hints.filter((hint) => hint.code === 'overlap');
    expect(overlap).toHaveLength(1);
    expect(overlap[0]?.message).toMatch(/the handoff to Finance/);
    expect(overlap[0]?.message).toMatch(/refunds/);
  });
});
