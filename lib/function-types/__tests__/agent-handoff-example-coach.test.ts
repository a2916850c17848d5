import { describe, expect, it } from 'vitest';
import { coachHandoffDescription } from '../agent-handoff-coach';
import { findMisplacedExamples } from '../agent-handoff-example-coach';
import type { SiblingFunction } from '../types';

const billing: SiblingFunction = {
  id: 'fn_billing',
  toolName: 'transfer_to_billing',
  targetName: 'Billing',
  description: 'Hand off when the customer asks about invoices, charges, refunds, payment methods or their subscription.',
  examples: ['Why was I charged twice this month?', 'Can I pay by PayPal?'],
};
const sales: SiblingFunction = {
  id: 'fn_sales',
  toolName: 'transfer_to_sales',
  targetName: 'Sales',
  description: 'Hand off when the customer wants to buy, asks for a quote or about pricing for teams.',
  examples: ['How much is the enterprise plan?', 'I want to buy 20 seats'],
};
const tech = {
  description: 'Hand off when the customer reports a bug, an error message, cannot log in, or the app crashes or is slow.',
  targetName: 'Technical Support',
};
const workspace = {
  ownerId: 'agt_general',
  targetId: 'agt_tech',
  agents: [
    { id: 'agt_general', name: 'General Support', slug: 'general-support' },
    { id: 'agt_tech', name: 'Technical Support', slug: 'technical-support' },
    { id: 'agt_billing', name: 'Billing', slug: 'billing' },
    { id: 'agt_sales', name: 'Sales', slug: 'sales' },
  ],
};
const flagged = (examples: string[], siblings = [billing, sales]) =>
  findMisplacedExamples({ ...tech, examples }, siblings).map((found) => [found.example, found.sibling.targetName]);

describe('examples that read like a sibling handoff’s', () => {
  it('names an example whose words belong to a sibling, and which sibling', () => {
    const examples = ['The app keeps crashing on startup', 'I was charged twice for my subscription', 'Please refund my last payment', 'I get error 500 when I save'];
    expect(flagged(examples)).toEqual([
      ['I was charged twice for my subscription', 'Billing'],
      ['Please refund my last payment', 'Billing'],
    ]);
  });

  it('counts a customer naming the sibling’s agent, and the sibling’s own examples', () => {
    expect(flagged(['Can I talk to billing?'])).toEqual([['Can I talk to billing?', 'Billing']]);
    // "enterprise" is only in Sales' examples, not its description.
    expect(flagged(['Is there an enterprise plan?'])).toEqual([['Is there an enterprise plan?', 'Sales']]);
  });

  it('leaves an example that fits its own handoff at least as well, or shares only words every handoff uses', () => {
    expect(flagged(['The invoice page shows an error', 'Log-in fails with my new phone', 'I need help with a problem', 'Is my data safe with you?'])).toEqual([]);
    expect(flagged(['I was charged twice for my subscription'], [])).toEqual([]);
  });

  it('lets its own other examples vouch for an example at half weight, and never a repeat of itself', () => {
    expect(flagged(['The invoice PDF is blank'])).toEqual([['The invoice PDF is blank', 'Billing']]);
    expect(flagged(['The invoice PDF is blank', 'The PDF download of my invoice fails'])).toEqual([]);
    expect(flagged(['I was charged twice for my subscription', 'i was charged TWICE for my subscription'])).toHaveLength(2);
    // Billing's examples pasted into this handoff do not vouch for each other against Billing's description.
    expect(flagged(['Refund my order', 'Refund my last payment', 'Refund the charge'])).toHaveLength(3);
  });

  it('is a coach hint quoting the example and naming the sibling’s target, beside the description’s own hints', () => {
    const hints = coachHandoffDescription(tech.description, [billing, sales], workspace, ['App crashes on login', 'Please refund my last payment']);
    expect(hints).toEqual([
      {
        code: 'example_like_sibling',
        message: expect.stringMatching(/^Example “Please refund my last payment” reads like Billing's \(shared: refund, payment\): move it to the handoff to Billing/),
      },
    ]);
    // Without examples (the review's description checks), no such hint.
    expect(coachHandoffDescription(tech.description, [billing, sales], workspace).map((hint) => hint.code)).toEqual([]);
  });

  it('quotes three examples and counts the rest, so the other hints stay in sight', () => {
    const examples = ['Refund my order', 'Refund my last payment', 'Refund the charge', 'Refund my subscription', 'Refund the invoice'];
    const hints = coachHandoffDescription(tech.description, [billing], workspace, examples);
    expect(hints.map((hint) => /^Example “(.+?)” reads like Billing's/.exec(hint.message)?.[1] ?? hint.message)).toEqual([
      'Refund my order',
      'Refund my last payment',
      'Refund the charge',
      "2 more examples read like another handoff's.",
    ]);
  });
});
