import { describe, expect, it } from 'vitest';
import { createSimulatedEngine } from '@/lib/conversation/engines/simulated';
import { createEncoderProvider, type SentenceEncoder } from '@/lib/conversation/engines/simulated/meaning/encoder';
import { messageVector } from '@/lib/conversation/engines/simulated/meaning/meaning-index';
import type { LlmEngine } from '@/lib/conversation/engines/types';
import { createScriptedEngine, reply } from '@/lib/testing/scripted-engine';
import { messagePrimer, MESSAGES_PER_BATCH } from '../prime-messages';
import type { RunnableCase } from '../read-cases';

const testCase = (id: number, messages: string[]): RunnableCase => ({ id: `rt_${id}`, agentId: 'agt', name: null, messages, expectHandoffTo: null });

describe('messagePrimer', () => {
  it('hands the engine the cases’ messages a batch at a time, the next batch before it is needed', async () => {
    const batches: string[][] = [];
    const engine: LlmEngine = { ...createScriptedEngine([reply('x')]), prepareMessages: async (texts) => void batches.push([...texts]) };
    const cases = Array.from({ length: 20 }, (_, i) => testCase(i, i === 3 ? ['a', 'b', 'c'] : [`m${i}`]));
    const ready = messagePrimer(cases, engine);
    await ready(0);
    expect(batches).toHaveLength(2);
    expect(batches[0]).toEqual(['m0', 'm1', 'm2', 'a', 'b', 'c', ...Array.from({ length: 10 }, (_, i) => `m${i + 4}`)]);
    expect(batches[0]).toHaveLength(MESSAGES_PER_BATCH);
    await ready(15);
    expect(batches).toHaveLength(2);
    await ready(16);
    expect(batches.flat()).toEqual(cases.flatMap((c) => c.messages));
  });

  it('does nothing for an engine that prepares no messages', async () => {
    await expect(messagePrimer([testCase(1, ['hi'])], createScriptedEngine([]))(0)).resolves.toBeUndefined();
  });
});

describe('the simulated model’s prepareMessages', () => {
  it('embeds the messages in one encoder call, and a decision then reads them from its cache', async () => {
    const calls: string[][] = [];
    const encoder: SentenceEncoder = {
      async embed(texts) {
        calls.push([...texts]);
        return texts.map((text) => Float32Array.from([text.length, 1]));
      },
    };
    const engine = createSimulatedEngine({ encoder: createEncoderProvider(async () => encoder) });
    await engine.prepareMessages?.(['my card was stolen', 'refund please', 'my card was stolen']);
    expect(calls).toEqual([['my card was stolen', 'refund please']]);
    expect(await messageVector(encoder, 'refund please')).toEqual(Float32Array.from([13, 1]));
    expect(calls).toHaveLength(1);
  });
});
