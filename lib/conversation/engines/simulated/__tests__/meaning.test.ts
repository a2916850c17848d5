import { describe, expect, it, vi } from 'vitest';
import type { Decision, EngineTool } from '../../types';
import { createSimulatedEngine } from '../../simulated';
import { MEANING } from '../config';
import { fuseMeaning, lexicallyClear } from '../fuse';
import { createEncoderProvider, type SentenceEncoder } from '../meaning/encoder';
import { toolPassages } from '../meaning/meaning-index';
import type { ScoredTool } from '../score';
import { handoffTool, PROVIDER_TOOLS, say } from './helpers';

function scored(toolName: string, index: number, score: number, evidence = score, matched: string[] = []): ScoredTool {
  return { toolName, index, score, evidence, matched };
}

function match(similarity: number, passage = 'a passage') {
  return { similarity, passage };
}

describe('fusion of word scores and meaning', () => {
  it('adds weight × (similarity − bar) above the bar to score and evidence, and raw closeness to the score alone', () => {
    const ranked = [scored('a', 0, 0), scored('b', 1, 0)];
    const [best, other] = fuseMeaning(ranked, { tools: [match(0.3), match(0.55, 'has a flat tyre')], agent: 0.2 });
    const bonus = Number((MEANING.weight * (0.55 - MEANING.floor)).toFixed(3));
    const closeness = MEANING.closeness.description * 0.55;
    expect(best).toMatchObject({ toolName: 'b', score: Number((bonus + closeness).toFixed(3)), evidence: bonus });
    expect(best?.meaning).toMatchObject({ similarity: 0.55, passage: 'has a flat tyre', bar: MEANING.floor, bonus });
    expect(other).toMatchObject({ toolName: 'a', score: MEANING.closeness.description * 0.3, evidence: 0, meaning: { bonus: 0 } });
  });

  it('raises the bar to the message’s similarity to the agent’s own description', () => {
    // "What are your opening hours?" is closer to the front desk itself than to any handoff.
    const fused = fuseMeaning([scored('a', 0, 0.2)], { tools: [match(0.5)], agent: 0.6 });
    expect(fused[0]).toMatchObject({ evidence: 0.2, meaning: { bar: 0.6, bonus: 0 } });
  });

  it('re-ranks by the sum, ties keeping the offered order', () => {
    const ranked = [scored('words', 0, 0.6), scored('meaning', 1, 0.3), scored('tied', 2, 0.3)];
    const fused = fuseMeaning(ranked, { tools: [match(0.35), match(0.5), match(0.5)], agent: 0 });
    expect(fused.map((tool) => tool.toolName)).toEqual(['meaning', 'tied', 'words']);
  });

  it('leaves the decision to the words when they clearly settle it', () => {
    expect(lexicallyClear([scored('a', 0, 1.2), scored('b', 1, 0.5)])).toBe(true);
    expect(lexicallyClear([scored('a', 0, 1.2), scored('b', 1, 0.7)])).toBe(false);
    expect(lexicallyClear([scored('a', 0, 0.8)])).toBe(false);
    expect(lexicallyClear([])).toBe(false);
  });
});

describe('tool passages', () => {
  it('embeds the whole description and each listed item with the team name, not the target description', () => {
    // "Hand off" names no topic: only the items that do are embedded on their own. When to hand off
    // is the admin's description's call, so the target agent's own description is not embedded.
    const tool = handoffTool('Roadside', 'Hand off when the driver has broken down or has a flat tyre.', 'Sends help to stranded drivers.');
    expect(toolPassages(tool).map((passage) => passage.text)).toEqual([
      'Hand off when the driver has broken down or has a flat tyre.',
      'Roadside: the driver has broken down',
      'Roadside: has a flat tyre',
    ]);
  });
});

// A stand-in encoder: one dimension per concept, found by keywords, plus a shared "any text" part.
const CONCEPTS: Record<string, string[]> = {
  tyre: ['puncture', 'flat tyre', 'tyre', 'wheel'],
  money: ['refund', 'money', 'charge', 'invoice', 'bill'],
  internet: ['internet', 'router', 'wifi', 'connection'],
};

function fakeVector(text: string): Float32Array {
  const lower = text.toLowerCase();
  const values = [0.5, ...Object.values(CONCEPTS).map((words) => (words.some((word) => lower.includes(word)) ? 1 : 0))];
  const norm = Math.hypot(...values);
  return Float32Array.from(values, (value) => value / norm);
}

function fakeEncoder(): SentenceEncoder & { calls: string[][] } {
  const calls: string[][] = [];
  return {
    calls,
    async embed(texts) {
      calls.push([...texts]);
      return texts.map(fakeVector);
    },
  };
}

const ROADSIDE: EngineTool[] = [
  ...PROVIDER_TOOLS,
  handoffTool('Roadside', 'Transfer to roadside assistance when the driver has broken down or has a flat tyre.'),
];

function handedTo(decision: Decision): string | undefined {
  return decision.type === 'tool_calls' ? decision.calls[0]?.name : undefined;
}

describe('the encoder in the decision', () => {
  it('hands off on meaning alone when no word is shared, and says so in the why', async () => {
    const encoder = fakeEncoder();
    const engine = createSimulatedEngine({ encoder: createEncoderProvider(async () => encoder) });
    const decision = await engine.decide(say('I have a puncture', ROADSIDE));
    expect(handedTo(decision)).toBe('transfer_to_roadside');
    expect(decision.why.summary).toMatch(/^Hand off to Roadside via transfer_to_roadside: no shared words, meaning match \d\.\d\d with “[^”]*flat tyre[^”]*”/);
    expect(decision.type === 'tool_calls' && decision.calls[0]?.arguments.reason).toMatch(
      /^The customer's message is close in meaning to the Roadside handoff description \(“[^”]*flat tyre[^”]*”\)\.$/,
    );
    // Words alone would not hand off.
    expect(handedTo(await createSimulatedEngine({ encoder: false }).decide(say('I have a puncture', ROADSIDE)))).toBeUndefined();
  });

  it('does not route on the target agent’s own description when the handoff description says otherwise', async () => {
    const engine = createSimulatedEngine({ encoder: createEncoderProvider(async () => fakeEncoder()) });
    const tools = [handoffTool('Roadside', 'Transfer for questions about opening hours.', 'Replaces wheels.')];
    expect(handedTo(await engine.decide(say('I have a puncture', tools)))).toBeUndefined();
  });

  it('embeds tool texts once per configuration, then only the new message', async () => {
    const encoder = fakeEncoder();
    const engine = createSimulatedEngine({ encoder: createEncoderProvider(async () => encoder) });
    // Messages that share no word with the descriptions, so the words never settle it alone.
    const tools = [handoffTool('Tyres', 'Transfer when a tyre goes flat.'), handoffTool('Web', 'Transfer when the wifi drops.')];
    await engine.decide(say('I have a puncture', tools));
    const first = encoder.calls.length;
    expect(first).toBeGreaterThan(1);
    await engine.decide(say('a wheel issue', tools));
    await engine.decide(say('router trouble', tools));
    expect(encoder.calls.slice(first)).toEqual([['a wheel issue'], ['router trouble']]);
  });

  it('is deterministic: the same input gives the same decision', async () => {
    const engine = () => createSimulatedEngine({ encoder: createEncoderProvider(async () => fakeEncoder()) });
    const input = say('I have a puncture', ROADSIDE);
    expect(await engine().decide(input)).toEqual(await engine().decide(input));
  });

  it('falls back to words, logging once, when the encoder cannot be loaded', async () => {
    const log = vi.fn();
    const provider = createEncoderProvider(() => Promise.reject(new Error('model files missing')), log);
    const engine = createSimulatedEngine({ encoder: provider });
    const wordsOnly = createSimulatedEngine({ encoder: false });
    for (const message of ['I have a puncture', 'My internet keeps dropping', 'I want my money back', 'Hello']) {
      expect(await engine.decide(say(message, ROADSIDE))).toEqual(await wordsOnly.decide(say(message, ROADSIDE)));
    }
    expect(log).toHaveBeenCalledTimes(1);
    expect(log.mock.calls[0]?.[0]).toContain('model files missing');
    expect(provider.failed).toBe(true);
  });

  it('falls back to words when embedding fails, without failing the decision', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const broken: SentenceEncoder = { embed: () => Promise.reject(new Error('out of memory')) };
    const engine = createSimulatedEngine({ encoder: createEncoderProvider(async () => broken) });
    const decision = await engine.decide(say('I have a puncture', ROADSIDE));
    expect(decision).toEqual(await createSimulatedEngine({ encoder: false }).decide(say('I have a puncture', ROADSIDE)));
    warn.mockRestore();
  });
});
