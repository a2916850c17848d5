import { describe, expect, it } from 'vitest';
import type { Decision, EngineTool } from '../../types';
import { createSimulatedEngine } from '../../simulated';
import { agentRole } from '../agent-role';
import { FRONT_DESK, PROVIDER_TOOLS, say } from './helpers';

// The first decisions load WordNet and the sentence encoder: slow on a busy machine.
const SLOW = 60_000;

const ROUTER = {
  ...FRONT_DESK,
  description: 'Welcomes customers and routes them to the right team.',
  instructions: 'Do not answer questions yourself.',
};

function target(decision: Decision): string | undefined {
  return decision.type === 'tool_calls' ? decision.calls[0]?.name : undefined;
}

/** The provider's tools with example customer messages on Tech Support, as the registry sends them. */
function withTechExamples(): EngineTool[] {
  const examples = ['the light on the box is flashing orange', 'nothing loads on my laptop', 'wifi keeps dropping', 'the hub is blinking red'];
  return PROVIDER_TOOLS.map((tool) =>
    tool.hints?.targetName === 'Tech Support'
      ? {
          ...tool,
          definition: {
            ...tool.definition,
            function: { ...tool.definition.function, description: `${tool.definition.function.description}\n\nExamples of customer messages for this handoff: “${examples.join('”; “')}”` },
          },
          hints: { ...tool.hints, description: tool.definition.function.description, examples },
        }
      : tool,
  );
}

describe('agent role', () => {
  it('reads a routing-only agent from its own description and instructions', () => {
    expect(agentRole({ description: 'First contact for customers. Routes each request to the right specialist team.', instructions: '' }).routesOnly).toBe(true);
    expect(agentRole({ description: 'Welcomes customers and directs them to the team that can help.', instructions: '' }).routesOnly).toBe(true);
    // A negated answering verb, or one said of the team, is still routing advice.
    expect(
      agentRole({ description: 'Greets callers.', instructions: 'Do not try to solve problems yourself: transfer them to the team that handles it.' }).routesOnly,
    ).toBe(true);
  });

  it('reads an agent that answers anything itself as having a subject of its own', () => {
    expect(agentRole({ description: 'Greets customers and answers general questions.', instructions: '' }).routesOnly).toBe(false);
    expect(agentRole({ description: 'Answers questions about the shop.', instructions: 'Transfer only when a team is needed.' }).routesOnly).toBe(false);
    expect(agentRole({ description: 'Handles opening hours and store locations.', instructions: '' }).routesOnly).toBe(false);
  });
});

describe('front-desk policy', () => {
  const words = createSimulatedEngine({ encoder: false });

  it('a routing-only desk hands off on evidence too weak for a desk with a subject of its own', async () => {
    for (const message of ['something is wrong with my account', 'there is a weird amount on my statement']) {
      const subject = await words.decide(say(message));
      expect(subject.type, message).toBe('reply');
      expect(subject.why.summary).toMatch(/below the 0\.375 a handoff needs/);
      expect(target(await words.decide({ ...say(message), agent: ROUTER })), message).toBe('transfer_to_billing');
    }
  }, SLOW);

  it('keeps small talk, at a routing-only desk too', async () => {
    const engine = createSimulatedEngine();
    for (const message of ['thank you so much, that was helpful', 'hello, anyone there?', 'are you a bot?']) {
      expect((await engine.decide(say(message))).type, message).toBe('reply');
      expect((await engine.decide({ ...say(message), agent: ROUTER })).type, message).toBe('reply');
    }
  }, SLOW);

  it('keeps a message whose words match its own description as well as any handoff’s', async () => {
    const desk = { ...FRONT_DESK, description: 'Answers questions about Fibrelink itself: opening hours, contact details, and how invoices and direct debits work.' };
    const decision = await words.decide({ ...say('How does a direct debit work?'), agent: desk });
    expect(decision.type).toBe('reply');
    expect(decision.why.summary).toMatch(/matches this agent's own description \(“direct debit”\)/);
    // The same words at a desk without that subject go to Billing, and so does a word only Billing has.
    expect(target(await words.decide(say('How does a direct debit work?')))).toBe('transfer_to_billing');
    expect(target(await words.decide({ ...say('My direct debit took a refund back'), agent: desk }))).toBe('transfer_to_billing');
  });
});

describe('example phrases', () => {
  const engine = createSimulatedEngine();

  it('pull a message close to them to their handoff', async () => {
    const message = 'the lamp on my modem blinks amber';
    expect((await engine.decide(say(message))).type).toBe('reply');
    const decision = await engine.decide(say(message, withTechExamples()));
    expect(target(decision)).toBe('transfer_to_tech_support');
    expect(decision.why.summary).toMatch(/close to the example “[^”]+” \(0\.\d\d\)/);
  }, SLOW);

  it('are not read as description words: hints.description is scored instead of the appended text', async () => {
    // "laptop" appears only in Tech Support's appended examples; on words alone it matches nothing.
    const words = createSimulatedEngine({ encoder: false });
    const decision = await words.decide(say('laptop', withTechExamples()));
    expect(decision.type).toBe('reply');
    expect(decision.why.scores?.every((score) => score.matched.length === 0)).toBe(true);
  });

  it('lend their words a little weight, not quoted as description words', async () => {
    // "laptop" is only in Tech Support's examples: a small score for it, less than one description word.
    const words = createSimulatedEngine({ encoder: false });
    const scores = (await words.decide(say('laptop', withTechExamples()))).why.scores ?? [];
    const tech = scores.find((score) => score.toolName === 'transfer_to_tech_support');
    expect(scores[0]).toBe(tech);
    expect(tech?.score).toBeGreaterThan(0);
    expect(tech?.score).toBeLessThan(0.375);
    expect(scores.slice(1).every((score) => score.score === 0)).toBe(true);
  });

  it('give the same decision every time, from a fresh engine too', async () => {
    const input = say('my hub keeps blinking and nothing loads', withTechExamples());
    const first = await engine.decide(input);
    expect(await engine.decide(input)).toEqual(first);
    expect(await createSimulatedEngine().decide(input)).toEqual(first);
  });
});
