import { describe, expect, it } from 'vitest';
import { agenticFunctions, auditEvents } from '@/db/schema';
import { ConflictError, NotFoundError, ValidationError } from '@/lib/domain/errors';
import { setupSupportTeam } from '@/lib/testing/fixtures';
import { makeHandoff } from '@/lib/testing/factories';
import { CoachRequestSchema, coachDescription } from '../coach';
import { addHandoffExample } from '../examples';
import { getFunction, updateFunction } from '../service';

const team = setupSupportTeam();

const snapshot = async () => ({
  functions: await team.ctx.db.select().from(agenticFunctions),
  audit: (await team.ctx.db.select().from(auditEvents)).length,
});

describe('addHandoffExample', () => {
  it('appends the message as one trimmed line, bumping the version with an update audit event', async () => {
    const fn = await makeHandoff(team.ctx, team.general.id, { targetAgentId: team.billing.id, examples: ['Where is my invoice?'] });
    const updated = await addHandoffExample(team.ctx, fn.id, '  I was charged\n twice  ');
    expect(updated).toMatchObject({ id: fn.id, version: 2 });
    expect((await getFunction(team.ctx, fn.id)).config.examples).toEqual(['Where is my invoice?', 'I was charged twice']);
    const audit = (await team.ctx.db.select().from(auditEvents)).filter((event) => event.entityId === fn.id);
    expect(audit.map((event) => event.action)).toEqual(['create', 'update']);
    expect(audit[1]?.before).toMatchObject({ version: 1, config: { examples: ['Where is my invoice?'] } });
    expect(audit[1]?.after).toMatchObject({ version: 2, config: { examples: ['Where is my invoice?', 'I was charged twice'] } });
  });

  it('adds to a handoff saved before examples existed', async () => {
    const fn = await makeHandoff(team.ctx, team.general.id, { targetAgentId: team.billing.id });
    const older = { ...fn.config };
    delete older.examples;
    await team.ctx.db.update(agenticFunctions).set({ config: older });
    await addHandoffExample(team.ctx, fn.id, 'Refund please');
    expect((await getFunction(team.ctx, fn.id)).config.examples).toEqual(['Refund please']);
  });

  it('refuses a repeat (ignoring case), the 51st example, an empty or too long message, writing nothing', async () => {
    const fifty = Array.from({ length: 50 }, (_, i) => `Example ${i}`);
    const fn = await makeHandoff(team.ctx, team.general.id, { targetAgentId: team.billing.id, examples: ['Refund please'] });
    const full = await makeHandoff(team.ctx, team.general.id, { targetAgentId: team.tech.id, examples: fifty, description: 'Hand off when the app crashes.' });
    const before = await snapshot();

    const repeat = addHandoffExample(team.ctx, fn.id, 'REFUND   please');
    await expect(repeat).rejects.toBeInstanceOf(ConflictError);
    await expect(repeat).rejects.toThrow('“REFUND please” is already an example of the handoff to Billing.');
    await expect(addHandoffExample(team.ctx, full.id, 'One more')).rejects.toThrow(
      'The handoff to Technical Support already has 50 examples, the most a handoff can have: remove one in its Advanced settings first.',
    );
    const tooLong = addHandoffExample(team.ctx, fn.id, 'x'.repeat(301));
    await expect(tooLong).rejects.toBeInstanceOf(ValidationError);
    await expect(tooLong).rejects.toMatchObject({ fieldErrors: { message: [expect.stringMatching(/301 characters long; an example can be at most 300/)] } });
    await expect(addHandoffExample(team.ctx, fn.id, ' \n ')).rejects.toThrow('An example cannot be empty.');
    await expect(addHandoffExample(team.ctx, fn.id, 'bell \u0007')).rejects.toThrow(/one line/);
    await expect(addHandoffExample(team.ctx, 'fn_missing', 'Refund please')).rejects.toBeInstanceOf(NotFoundError);
    expect(await snapshot()).toEqual(before);
    // 300 characters after the spaces are folded is fine.
    await expect(addHandoffExample(team.ctx, fn.id, `  ${'y'.repeat(150)}\n\n${'z'.repeat(149)}  `)).resolves.toMatchObject({ version: 2 });
  });

  it('keeps the examples through a PATCH that does not mention them, and replaces them through one that does', async () => {
    const fn = await makeHandoff(team.ctx, team.general.id, { targetAgentId: team.billing.id, examples: ['Refund please'] });
    await updateFunction(team.ctx, fn.id, { version: 1, config: { description: 'Hand off when the customer asks about refunds.' } });
    expect((await getFunction(team.ctx, fn.id)).config.examples).toEqual(['Refund please']);
    await expect(updateFunction(team.ctx, fn.id, { version: 2, config: { examples: ['ok', 'x'.repeat(301)] } })).rejects.toMatchObject({
      fieldErrors: { 'config.examples.1': ['An example must be at most 300 characters.'] },
    });
    await updateFunction(team.ctx, fn.id, { version: 2, config: { examples: 'Invoice copy\n\nCard declined' } });
    expect((await getFunction(team.ctx, fn.id)).config.examples).toEqual(['Invoice copy', 'Card declined']);
  });
});

describe('the coach with examples', () => {
  it('compares the typed examples with the agent’s other handoffs and their saved examples', async () => {
    await makeHandoff(team.ctx, team.general.id, {
      targetAgentId: team.billing.id,
      description: 'Hand off when the customer asks about invoices, charges or refunds.',
      examples: ['My card was declined'],
    });
    const techFn = await makeHandoff(team.ctx, team.general.id, { targetAgentId: team.tech.id, description: 'Hand off when the customer reports an error or cannot log in.' });
    // Parsed as the coach's server action parses what the form sends.
    const coach = (examples: unknown) =>
      coachDescription(
        team.ctx,
        CoachRequestSchema.parse({
          agentId: team.general.id,
          type: 'agent_handoff',
          functionId: techFn.id,
          targetAgentId: team.tech.id,
          description: 'Hand off when the customer reports an error or cannot log in.',
          examples,
        }),
      );
    expect(await coach('I cannot log in\nWhy was my card declined?\n')).toEqual([
      { code: 'example_like_sibling', message: expect.stringContaining('Example “Why was my card declined?” reads like Billing\'s') },
    ]);
    expect(await coach(['I cannot log in'])).toEqual([]);
    expect(await coach(undefined)).toEqual([]);
  });
});
