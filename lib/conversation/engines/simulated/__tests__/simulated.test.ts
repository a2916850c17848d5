import { describe, expect, it } from 'vitest';
import type { Decision, ToolCall } from '../../types';
import { createSimulatedEngine } from '../../simulated';
import { DECISION } from '../config';
import { FRONT_DESK, handoffTool, PROVIDER_TOOLS, say } from './helpers';

const engine = createSimulatedEngine();

function call(decision: Decision): ToolCall | undefined {
  return decision.type === 'tool_calls' ? decision.calls[0] : undefined;
}

async function handoffOf(message: string): Promise<string | undefined> {
  return call(await engine.decide(say(message)))?.name;
}

describe('simulated engine: what it understands', () => {
  it('identifies itself', () => {
    expect(engine.id).toBe('simulated');
    expect(engine.label).toBe('Simulated model (built-in)');
  });

  it('matches word forms: "charged" finds a description that says "charges"', async () => {
    const decision = await engine.decide(say('I was charged twice this month'));
    expect(call(decision)?.name).toBe('transfer_to_billing');
    expect(decision.why.scores?.[0]?.matched).toContain('charged');
  });

  it('matches related words: "money back" finds "refunds", "moving house" finds "relocating"', async () => {
    const refund = await engine.decide(say('I just want my money back'));
    expect(call(refund)?.name).toBe('transfer_to_billing');
    expect(refund.why.scores?.[0]?.matched).toEqual(expect.arrayContaining(['money', 'back']));
    expect(await handoffOf("We're moving house in May")).toBe('transfer_to_home_moves');
  });

  it('matches irregular forms through WordNet ("left" → "leave")', async () => {
    expect(await handoffOf('My flatmate left and I want to leave the contract too')).toBe('transfer_to_cancellations');
  });

  it('credits a multi-word phrase over its parts', async () => {
    const tools = [
      handoffTool('Payments', 'Transfer to payments to set up or change a direct debit or a standing order.'),
      handoffTool('Cards', 'Transfer to cards when a debit card or credit card is lost, stolen or blocked.'),
    ];
    const decision = await engine.decide(say('How do I change my direct debit?', tools));
    expect(call(decision)?.name).toBe('transfer_to_payments');
    expect(decision.why.scores?.[0]?.matched).toContain('direct debit');
  });

  it('reads a question about a permitted amount as one about allowances or limits', async () => {
    const tools = [
      handoffTool('Plans', 'Transfer to plans for upgrades, TV packages and monthly data allowances.'),
      handoffTool('Tech Support', 'Transfer to technical support when the internet is slow or down.'),
    ];
    const decision = await engine.decide(say('How many gigabytes can I use?', tools));
    expect(call(decision)?.name).toBe('transfer_to_plans');
  });

  it('does not hand off on words a description excludes', async () => {
    const back = [handoffTool('Front Desk', 'Transfer back to the front desk when the question has nothing to do with invoices.')];
    const decision = await engine.decide(say('There is a mistake on my invoice', back));
    expect(decision.type).toBe('reply');
  });
});

describe('simulated engine: when it does not hand off', () => {
  it.each(['Hello!', 'Thanks a lot, bye', 'What are your opening hours?', 'Do you have an app?'])(
    'replies to "%s" itself, saying it is simulated',
    async (message) => {
      const decision = await engine.decide(say(message));
      expect(decision.type).toBe('reply');
      if (decision.type === 'reply') expect(decision.text).toMatch(/^\(Simulated reply\) Front Desk here — /);
      expect(decision.why.summary).toMatch(/^No handoff/);
    },
  );

  it('answers the first message with the agent greeting', async () => {
    const input = say('Hello');
    const decision = await engine.decide({ ...input, messages: input.messages.slice(1) });
    expect(decision).toMatchObject({ type: 'reply', text: '(Simulated reply) Hi, this is Front Desk at Fibrelink. How can I help?' });
  });

  it('picks up the request it was just handed, showing it read the conversation', async () => {
    const decision = await engine.decide({
      agent: { ...FRONT_DESK, name: 'Billing', greeting: 'Billing here.' },
      tools: [],
      messages: [
        { role: 'assistant', content: FRONT_DESK.greeting, agentName: FRONT_DESK.name },
        { role: 'user', content: 'My invoice is wrong' },
        { role: 'assistant', content: 'Billing here.', agentName: 'Billing' },
      ],
    });
    expect(decision).toMatchObject({ type: 'reply', text: expect.stringContaining('Billing here — I\'ve read the conversation so far') });
    expect(decision.type === 'reply' && decision.text).toContain('“My invoice is wrong”');
  });

  it('replies without tools to offer', async () => {
    const decision = await engine.decide(say('My invoice is wrong', []));
    expect(decision).toMatchObject({ type: 'reply', why: { scores: [] } });
    expect(decision.why.summary).toBe('No handoff: this agent has no handoffs to offer.');
  });
});

describe('simulated engine: the margin rule', () => {
  const close = [
    handoffTool('Billing', 'Transfer to billing for questions about invoices and payments.'),
    handoffTool('Accounts', 'Transfer to accounts for questions about invoices and statements.'),
  ];

  it('asks which one is meant when two handoffs score close, and says so in the why', async () => {
    const decision = await engine.decide(say('I have a question about my invoice', close));
    expect(decision.type).toBe('reply');
    if (decision.type !== 'reply') return;
    expect(decision.text).toContain('Billing');
    expect(decision.text).toContain('Accounts');
    expect(decision.text).toMatch(/^\(Simulated reply\) /);
    const [first, second] = decision.why.scores ?? [];
    expect(first && second && second.score >= DECISION.margin * first.score).toBe(true);
    expect([first?.toolName, second?.toolName].sort()).toEqual(['transfer_to_accounts', 'transfer_to_billing']);
    expect(decision.why.summary).toContain(`${first?.toolName} scored ${first?.score.toFixed(2)}`);
    expect(decision.why.summary).toContain(`${second?.toolName} ${second?.score.toFixed(2)}`);
  });

  it('hands off once one handoff clearly leads', async () => {
    expect(call(await engine.decide(say('I have a question about a payment on my invoice', close)))?.name).toBe(
      'transfer_to_billing',
    );
  });
});

describe('simulated engine: the why', () => {
  it('scores every tool, best first, with the matched words of the message', async () => {
    const decision = await engine.decide(say('The router keeps restarting and the internet is down'));
    const scores = decision.why.scores ?? [];
    expect(scores.map((score) => score.toolName).sort()).toEqual(PROVIDER_TOOLS.map((tool) => tool.definition.function.name).sort());
    expect(scores.map((score) => score.score)).toEqual([...scores.map((score) => score.score)].sort((a, b) => b - a));
    expect(scores[0]).toMatchObject({ toolName: 'transfer_to_tech_support' });
    expect(scores[0]?.matched).toContain('internet');
    // Words that also stand together in the description are shown as the phrase.
    expect(scores[0]?.matched).toContain('keeps restarting');
    expect(scores.at(-1)?.matched).toEqual([]);
  });

  it('gives the handoff a one-sentence reason naming the matched words', async () => {
    const decision = await engine.decide(say('I was charged twice this month'));
    const reason = call(decision)?.arguments.reason;
    // When the encoder also found the message close to a passage of the description, it says which.
    expect(reason).toMatch(/^The customer's message mentions “charged”, which matches the Billing handoff description(, and is close in meaning to “[^”]+”)?\.$/);
    expect(decision.why.summary).toMatch(
      /^Hand off to Billing via transfer_to_billing: matched “charged”(, meaning match 0\.\d\d with “[^”]+”)? \(score \d\.\d\d; next best/,
    );
  });

  it('weighs earlier user turns, but less than the newest message', async () => {
    const close = [
      handoffTool('Billing', 'Transfer to billing for questions about invoices and payments.'),
      handoffTool('Accounts', 'Transfer to accounts for questions about invoices and statements.'),
    ];
    const question = 'I have a question about my invoice';
    const earlier = [
      { role: 'user' as const, content: 'I made a payment yesterday' },
      { role: 'assistant' as const, content: 'Thanks for letting me know.', agentName: 'Front Desk' },
    ];
    // Alone the question is too close to call; the earlier turn about a payment tips it.
    expect((await engine.decide(say(question, close))).type).toBe('reply');
    const withContext = await engine.decide(say(question, close, earlier));
    expect(call(withContext)?.name).toBe('transfer_to_billing');
    const contextOnly = await engine.decide(say('Thanks', close, earlier));
    const paymentNow = await engine.decide(say('I made a payment yesterday', close));
    expect(contextOnly.why.scores?.[0]?.score).toBeGreaterThan(0);
    expect(contextOnly.why.scores?.[0]?.score).toBeLessThan(paymentNow.why.scores?.[0]?.score ?? 0);
  });
});

describe('simulated engine: determinism', () => {
  it('gives the same decision, call id included, for the same input', async () => {
    const first = await engine.decide(say('I was charged twice this month'));
    const second = await createSimulatedEngine().decide(say('I was charged twice this month'));
    expect(second).toEqual(first);
    expect(call(first)?.id).toMatch(/^call_sim_[0-9a-f]{8}$/);
  });

  it('gives a different call id for a different conversation', async () => {
    const first = call(await engine.decide(say('I was charged twice this month')));
    const second = call(await engine.decide(say('I was charged twice last month')));
    expect(second?.name).toBe(first?.name);
    expect(second?.id).not.toBe(first?.id);
  });

  it('honours an aborted signal', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(engine.decide({ ...say('Hello'), signal: controller.signal })).rejects.toThrow();
  });
});
