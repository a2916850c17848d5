import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { slugify } from '@/lib/agents/slug';
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

describe('description coach: a description that names the wrong agent', () => {
  const agent = (name: string) => ({ id: `agt_${name.toLowerCase().replace(/\W+/g, '_')}`, name, slug: name.toLowerCase().replace(/\W+/g, '-') });
  const GENERAL = agent('General Support');
  const BILLING = agent('Billing');
  const SALES = agent('Sales');
  const TECH = agent('Technical Support');
  const REFUNDS = agent('Refunds');
  const SUPPORT = agent('Support');
  const CLAIMS = agent('Claims Team');
  const AGENTS = [GENERAL, BILLING, SALES, TECH, REFUNDS, SUPPORT, CLAIMS];
  /** The wrong-target hint of a handoff from General Support to `target`, or undefined. */
  const wrongTarget = (description: string, target: { id: string } | null = SALES, owner = GENERAL) =>
    coachHandoffDescription(description, [], { ownerId: owner.id, targetId: target?.id ?? null, agents: AGENTS }).find(
      (hint) => hint.code === 'wrong_target',
    )?.message;

  it('flags the issue’s case: “Hand off to billing when…” with Sales as the Target Agent, naming both', () => {
    expect(wrongTarget('Hand off to billing when the customer asks about upgrading their plan.')).toMatch(
      /^This description names Billing, but the Target Agent is Sales\./,
    );
  });

  it('matches whole names case-insensitively and by stem, through determiners and agent nouns', () => {
    expect(wrongTarget('Transfer the customer to the Technical Support team when they report an error.', BILLING)).toMatch(/names Technical Support, but the Target Agent is Billing/);
    expect(wrongTarget('Route them to technical support when the customer cannot log in.')).toMatch(/names Technical Support/);
    expect(wrongTarget('Hand off to the refund desk when the customer wants their money back.', BILLING)).toMatch(/names Refunds/);
    expect(wrongTarget('Hand off to claims when the customer reports an accident.')).toMatch(/names Claims Team/);
    // The default tool name of another agent is a name too.
    expect(wrongTarget('Call transfer_to_billing when the customer asks about prices and plans.')).toMatch(/names Billing/);
  });

  it('flags another agent written as a name, or followed by an agent noun, when the target is not named', () => {
    expect(wrongTarget('When the customer asks about something that Billing handles, like a refund, hand off.')).toMatch(/names Billing/);
    expect(wrongTarget('Hand off when the customer asks the billing team about prices or an upgrade.')).toMatch(/names Billing/);
    expect(wrongTarget('Technical Support owns this: hand off when the customer asks about plans.')).toMatch(/names Technical Support/);
  });

  it('flags another agent named as the destination even when the target is named elsewhere', () => {
    expect(wrongTarget('Hand off to Billing when Sales cannot answer a question about invoices.')).toMatch(/names Billing, but the Target Agent is Sales/);
  });

  it('names every wrong agent once', () => {
    expect(wrongTarget('Hand off to billing or to the Refunds team when the customer asks for money back; Billing knows.')).toMatch(
      /^This description names Billing and Refunds, but the Target Agent is Sales\./,
    );
  });

  it('is silent when the target is the destination, even if other agents come up as topics', () => {
    expect(wrongTarget('Hand off to the billing agent when the customer asks about invoices or payments.', BILLING)).toBeUndefined();
    expect(wrongTarget('Hand off to Sales when the customer asks about Billing plans for larger teams.')).toBeUndefined();
    expect(wrongTarget('Hand off to Sales, not to Billing, when the customer asks about prices.')).toBeUndefined();
  });

  it('does not take an everyday word for an agent of that name', () => {
    // "support", "billing" as topics in lower case, an infinitive "to support", a capital at the start of a sentence.
    expect(wrongTarget('Hand off when the customer needs support choosing a plan or asks about prices.')).toBeUndefined();
    expect(wrongTarget('Hand off when the customer wants to support more users on their plan.')).toBeUndefined();
    expect(wrongTarget('Hand off when the customer asks about billing for a new plan or upgrade prices.')).toBeUndefined();
    expect(wrongTarget('Billing questions about a new plan come here when the customer asks for prices.')).toBeUndefined();
    // A word of the target's own longer name is not a name of its own.
    expect(wrongTarget('Hand off to technical support when the customer reports an error.', TECH)).toBeUndefined();
  });

  it('ignores agents the description rules out', () => {
    expect(wrongTarget('Do not hand off to billing; this is for customers who ask about prices and plans.')).toBeUndefined();
    expect(wrongTarget('Hand off when the customer asks about prices, except Billing questions.')).toBeUndefined();
    expect(wrongTarget('Hand off when the customer asks about plans rather than Billing.')).toBeUndefined();
  });

  it('lets the description say where the conversation comes from: the owner counts only as a destination', () => {
    expect(wrongTarget('When General Support cannot answer a question about prices the customer asks, hand off.')).toBeUndefined();
    expect(wrongTarget('Hand off back to general support when the customer asks about anything else.')).toMatch(/names General Support/);
  });

  it('says nothing without a target or without the workspace', () => {
    expect(wrongTarget('Hand off to billing when the customer asks about upgrading their plan.', null)).toBeUndefined();
    expect(codes('Hand off to billing when the customer asks about upgrading their plan.')).toEqual([]);
  });

  it('flags none of the routing sets’ handoffs (14 domains) with their own targets', () => {
    const root = path.resolve(__dirname, '../../../bench/fixtures');
    const files = ['.', 'dev', 'fresh', 'holdout2'].flatMap((dir) =>
      fs.readdirSync(path.join(root, dir)).filter((file) => file.endsWith('.json')).map((file) => path.join(root, dir, file)),
    );
    const flagged: string[] = [];
    for (const file of files) {
      const set = JSON.parse(fs.readFileSync(file, 'utf8')) as { agents: { name: string }[]; handoffs: { from: string; to: string; description: string }[] };
      const agents = set.agents.map(({ name }) => ({ id: name, name, slug: slugify(name) }));
      for (const handoff of set.handoffs) {
        const hints = coachHandoffDescription(handoff.description, [], { ownerId: handoff.from, targetId: handoff.to, agents });
        if (hints.some((hint) => hint.code === 'wrong_target')) flagged.push(`${handoff.to}: ${handoff.description}`);
      }
    }
    expect(files.length).toBeGreaterThanOrEqual(14);
    expect(flagged).toEqual([]);
  });
});
