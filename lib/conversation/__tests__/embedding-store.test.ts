import { beforeEach, describe, expect, it, vi } from 'vitest';
import { textEmbeddings } from '@/db/schema';
import { updateAgent } from '@/lib/agents/service';
import { createSimulatedEngine } from '@/lib/conversation/engines/simulated';
import {
  textHash,
  vectorFromBytes,
  vectorToBytes,
  withEmbeddingStore,
  type EmbeddingStore,
  type StoredEncoder,
} from '@/lib/conversation/engines/simulated/meaning/embedding-store';
import { createEncoderProvider, type SentenceEncoder } from '@/lib/conversation/engines/simulated/meaning/encoder';
import type { LlmEngine } from '@/lib/conversation/engines/types';
import { setupTestContext } from '@/lib/testing/fixtures';
import { makeHandoff, makeSupportTeam } from '@/lib/testing/factories';
import { loadAgentState } from '../agent-state';
import { createDbEmbeddingStore } from '../text-embedding-store';
import { warmUpAgent, warmUpAgentAndCallers } from '../warm-up';

/** A fake encoder of a named model that counts what it embeds; vectors depend only on the text. */
function countingEncoder(model = 'fake-encoder@1;d8'): SentenceEncoder & { model: string; embedded: string[]; calls: number } {
  const encoder = {
    model,
    embedded: [] as string[],
    calls: 0,
    async embed(texts: readonly string[]) {
      encoder.calls += 1;
      encoder.embedded.push(...texts);
      return texts.map((text) => {
        const vector = new Float32Array(8);
        for (let i = 0; i < text.length; i += 1) vector[i % 8] = (vector[i % 8] ?? 0) + text.charCodeAt(i) * (1 + i / 7);
        const norm = Math.hypot(...vector);
        return vector.map((value) => value / norm);
      });
    },
  };
  return encoder;
}

/** The store with every call counted: how many queries the encoder's reads and writes took. */
function countingStore(store: EmbeddingStore): EmbeddingStore & { reads: number; writes: number } {
  const counted = {
    reads: 0,
    writes: 0,
    getMany: (model: string, hashes: readonly string[]) => {
      counted.reads += 1;
      return store.getMany(model, hashes);
    },
    putMany: (model: string, entries: readonly { hash: string; vector: Float32Array }[]) => {
      counted.writes += 1;
      return store.putMany(model, entries);
    },
    pruneOtherModels: (model: string) => store.pruneOtherModels(model),
    warmUpDone: (everyAgentPrepared: boolean) => store.warmUpDone?.(everyAgentPrepared) ?? Promise.resolve(0),
  };
  return counted;
}

const stored = (encoder: SentenceEncoder, store: EmbeddingStore) => withEmbeddingStore(encoder, store) as StoredEncoder;

describe('vectors as bytes', () => {
  it('round-trip exactly, Float32 little-endian, 4 bytes a number', () => {
    const vector = Float32Array.from([0.1, -0.2, 1e-40, -0, 3.4028234663852886e38, 1 / 3, 0.7071067690849304, -1]);
    const bytes = vectorToBytes(vector);
    expect(bytes.byteLength).toBe(32);
    expect(bytes.readFloatLE(4)).toBe(vector[1]);
    expect(Buffer.from(vectorFromBytes(bytes)!.buffer)).toEqual(Buffer.from(vector.buffer));
    // A view into a larger, unaligned buffer (as drivers hand back) reads the same.
    const unaligned = Buffer.concat([Buffer.from([9]), bytes]).subarray(1);
    expect(Buffer.from(vectorFromBytes(unaligned)!.buffer)).toEqual(Buffer.from(vector.buffer));
  });

  it('refuse bytes that cannot be a vector', () => {
    expect(vectorFromBytes(new Uint8Array(0))).toBeUndefined();
    expect(vectorFromBytes(new Uint8Array(7))).toBeUndefined();
  });
});

describe('the embedding store (text_embeddings)', () => {
  const t = setupTestContext();
  let store: EmbeddingStore;
  beforeEach(async () => {
    store = createDbEmbeddingStore(t.ctx.db);
  });

  it('keeps vectors by model and text hash, exactly, and ignores a second write of the same key', async () => {
    const [vector] = await countingEncoder().embed(['Lost card']);
    const other = Float32Array.from({ length: 8 }, (_, i) => i / 10);
    await store.putMany('m1', [{ hash: textHash('Lost card'), vector: vector! }]);
    await store.putMany('m1', [{ hash: textHash('Lost card'), vector: other }]);
    const found = await store.getMany('m1', [textHash('Lost card'), textHash('never stored')]);
    expect([...found.keys()]).toEqual([textHash('Lost card')]);
    expect(Buffer.from(found.get(textHash('Lost card'))!.buffer)).toEqual(Buffer.from(vector!.buffer));
    expect((await store.getMany('m2', [textHash('Lost card')])).size).toBe(0);
    expect(await t.ctx.db.select().from(textEmbeddings)).toHaveLength(1);
  });

  it('hit: a stored text is read back and never embedded', async () => {
    const vector = Float32Array.from({ length: 8 }, (_, i) => (i + 1) / 10);
    await store.putMany('fake-encoder@1;d8', [{ hash: textHash('Report a stolen card'), vector }]);
    const encoder = countingEncoder();
    const [read] = await stored(encoder, store).embedKept(['Report a stolen card']);
    expect(encoder.calls).toBe(0);
    expect(Array.from(read!)).toEqual(Array.from(vector));
  });

  it('miss: the text is embedded once, its row written in the background, and read from there next time', async () => {
    const encoder = countingEncoder();
    const keeping = stored(encoder, store);
    const [first] = await keeping.embedKept(['Report a stolen card', 'Report a stolen card']);
    expect(encoder.embedded).toEqual(['Report a stolen card']);
    await keeping.flush();
    const rows = await t.ctx.db.select().from(textEmbeddings);
    expect(rows.map((row) => [row.modelVersion, row.textHash])).toEqual([['fake-encoder@1;d8', textHash('Report a stolen card')]]);
    // Only the hash and vector: the text itself is not in the table.
    expect(JSON.stringify(rows)).not.toContain('stolen');

    const again = countingEncoder();
    const [second] = await stored(again, store).embedKept(['Report a stolen card']);
    expect(again.calls).toBe(0);
    expect(Buffer.from(second!.buffer)).toEqual(Buffer.from(first!.buffer));
  });

  it('embeds only the texts the store lacks, together in one call, and keeps the order asked for', async () => {
    const encoder = countingEncoder();
    const [kept] = await encoder.embed(['b']);
    await store.putMany(encoder.model, [{ hash: textHash('b'), vector: kept! }]);
    encoder.calls = 0;
    encoder.embedded.length = 0;
    const keeping = stored(encoder, store);
    const vectors = await keeping.embedKept(['a', 'b', 'c']);
    await keeping.flush();
    expect(encoder.calls).toBe(1);
    expect(encoder.embedded).toEqual(['a', 'c']);
    const expected = await countingEncoder().embed(['a', 'b', 'c']);
    expect(vectors.map((vector) => Array.from(vector))).toEqual(expected.map((vector) => Array.from(vector)));
  });

  it('a change of model version: the old rows are ignored, the texts embedded again, and the old rows pruned', async () => {
    const old = stored(countingEncoder('fake-encoder@1;d8'), store);
    await old.embedKept(['Where is my parcel?', 'Change my address']);
    await old.flush();

    const upgraded = countingEncoder('fake-encoder@2;d8');
    const keeping = stored(upgraded, store);
    await keeping.embedKept(['Where is my parcel?']);
    expect(upgraded.embedded).toEqual(['Where is my parcel?']);
    await keeping.flush();
    const rows = await t.ctx.db.select({ model: textEmbeddings.modelVersion, hash: textEmbeddings.textHash }).from(textEmbeddings);
    expect(rows).toEqual([{ model: 'fake-encoder@2;d8', hash: textHash('Where is my parcel?') }]);
  });

  it('after a complete warm-up, deletes the rows nothing asked for since the store opened; newer rows and unused models stay; then it stops recording', async () => {
    const vector = Float32Array.from({ length: 8 }, (_, i) => i / 8);
    const put = (target: EmbeddingStore, model: string, ...texts: string[]) => target.putMany(model, texts.map((text) => ({ hash: textHash(text), vector })));
    await put(store, 'm1', 'live', 'edited away', 'deleted handoff');
    await put(store, 'm0', 'another model');
    await new Promise((resolve) => setTimeout(resolve, 5));

    const restarted = createDbEmbeddingStore(t.ctx.db);
    await restarted.getMany('m1', [textHash('live'), textHash('never stored')]);
    await new Promise((resolve) => setTimeout(resolve, 5));
    // Written by another instance after this one opened: a text just made, kept whoever asked.
    await put(store, 'm1', 'just made');

    expect(await restarted.warmUpDone?.(true)).toBe(2);
    const rows = await t.ctx.db.select({ model: textEmbeddings.modelVersion, hash: textEmbeddings.textHash }).from(textEmbeddings);
    const kept = (...texts: string[]) => texts.map((text) => textHash(text));
    expect(rows.filter((row) => row.model === 'm1').map((row) => row.hash).sort()).toEqual(kept('live', 'just made').sort());
    expect(rows.filter((row) => row.model === 'm0').map((row) => row.hash)).toEqual(kept('another model'));

    // Once pruned, it no longer records (a long-running server would hold every hash), and prunes nothing more.
    await restarted.getMany('m1', [textHash('live')]);
    expect(await restarted.warmUpDone?.(true)).toBe(0);
    expect(await t.ctx.db.select().from(textEmbeddings)).toHaveLength(3);
  });

  it('after a warm-up that could not prepare every agent, deletes nothing, and stops recording all the same', async () => {
    const vector = Float32Array.from({ length: 8 }, (_, i) => i / 8);
    await store.putMany('m1', [{ hash: textHash('an agent that failed to prepare'), vector }]);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const restarted = createDbEmbeddingStore(t.ctx.db);
    expect(await restarted.warmUpDone?.(false)).toBe(0);
    expect(await restarted.warmUpDone?.(true)).toBe(0);
    expect(await t.ctx.db.select().from(textEmbeddings)).toHaveLength(1);
  });

  it('an encoder without a model version is used as it is: nothing is kept', async () => {
    const encoder: SentenceEncoder = { embed: async (texts) => texts.map(() => new Float32Array(8)) };
    expect(withEmbeddingStore(encoder, store)).toBe(encoder);
  });

  it('a failing store only means embedding: logged once, the decision still gets its vectors', async () => {
    const broken: EmbeddingStore = {
      getMany: async () => Promise.reject(new Error('database gone')),
      putMany: async () => Promise.reject(new Error('database gone')),
      pruneOtherModels: async () => 0,
    };
    const log = vi.fn();
    const encoder = countingEncoder();
    const keeping = withEmbeddingStore(encoder, broken, log) as StoredEncoder;
    expect(await keeping.embedKept(['a'])).toHaveLength(1);
    await keeping.flush();
    expect(await keeping.embedKept(['b'])).toHaveLength(1);
    await keeping.flush();
    expect(encoder.embedded).toEqual(['a', 'b']);
    expect(log).toHaveBeenCalledTimes(1);
    expect(String(log.mock.calls[0]?.[0])).toContain('database gone');
  });

  describe('behind the simulated model', () => {
    async function teamWithHandoffs() {
      const team = await makeSupportTeam(t.ctx);
      await makeHandoff(t.ctx, team.general.id, {
        targetAgentId: team.billing.id,
        description: 'Invoices, refunds, a payment that failed or was taken twice.',
        examples: ['I was charged twice', 'where is my refund'],
      });
      await makeHandoff(t.ctx, team.general.id, { targetAgentId: team.tech.id, description: 'The app crashes, login problems, error messages.' });
      return team;
    }

    /** A "process": its own encoder (so its own in-memory caches) over the same database. */
    function startProcess() {
      const encoder = countingEncoder();
      const counted = countingStore(createDbEmbeddingStore(t.ctx.db));
      let keeping: StoredEncoder | undefined;
      const provider = createEncoderProvider(async () => encoder, undefined, { store: counted });
      const engine = createSimulatedEngine({ encoder: provider });
      return {
        encoder,
        store: counted,
        engine,
        flush: async () => {
          keeping ??= (await provider.get()) as StoredEncoder;
          await keeping.flush();
        },
      };
    }

    it('a restart re-uses the kept vectors: warm-up embeds nothing, and decisions are the same', async () => {
      const { general } = await teamWithHandoffs();
      const state = await loadAgentState(t.ctx, general.id);
      const input = { agent: state.agent, tools: state.tools.map((offered) => offered.tool), messages: [{ role: 'user' as const, content: 'money went out of my account two times' }] };

      const first = startProcess();
      await warmUpAgent(t.ctx, general.id, first.engine);
      expect(first.encoder.embedded).toContain('Invoices, refunds, a payment that failed or was taken twice.');
      // Every tool's and the agent's texts were looked up in one query.
      expect(first.store.reads).toBe(1);
      await first.flush();
      const before = await first.engine.decide(input);

      const second = startProcess();
      await warmUpAgent(t.ctx, general.id, second.engine);
      expect(second.encoder.calls).toBe(0);
      expect(second.store.writes).toBe(0);
      const after = await second.engine.decide(input);
      // The message is embedded (never kept); nothing else is.
      expect(second.encoder.embedded).toEqual(['money went out of my account two times']);
      expect(after).toEqual(before);
    });

    it('a restart prunes the vectors of texts edited away since, and keeps every live one', async () => {
      const { general, billing } = await teamWithHandoffs();
      const first = startProcess();
      await warmUpAgent(t.ctx, general.id, first.engine);
      await first.flush();
      const hashesBefore = new Set((await t.ctx.db.select({ hash: textEmbeddings.textHash }).from(textEmbeddings)).map((row) => row.hash));
      expect(hashesBefore.has(textHash('Invoices, refunds, a payment that failed or was taken twice.'))).toBe(true);

      // The admin rewords the agent's own description: its old text is no longer anyone's.
      await updateAgent(t.ctx, general.id, { description: 'Front desk: greets customers and sends them to the right team.' });
      await new Promise((resolve) => setTimeout(resolve, 5));
      const second = startProcess();
      await warmUpAgent(t.ctx, general.id, second.engine);
      await warmUpAgent(t.ctx, billing.id, second.engine);
      await second.flush();
      expect(await second.store.warmUpDone?.(true)).toBeGreaterThan(0);

      const hashesAfter = new Set((await t.ctx.db.select({ hash: textEmbeddings.textHash }).from(textEmbeddings)).map((row) => row.hash));
      expect(hashesAfter.has(textHash('Invoices, refunds, a payment that failed or was taken twice.'))).toBe(true);
      expect([...hashesBefore].filter((hash) => !hashesAfter.has(hash)).length).toBeGreaterThan(0);

      // Every live text is still kept: the next start embeds nothing.
      const third = startProcess();
      await warmUpAgent(t.ctx, general.id, third.engine);
      await warmUpAgent(t.ctx, billing.id, third.engine);
      expect(third.encoder.calls).toBe(0);
    });

    it('never keeps a customer message', async () => {
      const { general } = await teamWithHandoffs();
      const state = await loadAgentState(t.ctx, general.id);
      const process = startProcess();
      const message = 'my card was swallowed by the cash machine';
      await process.engine.decide({ agent: state.agent, tools: state.tools.map((offered) => offered.tool), messages: [{ role: 'user', content: message }] });
      await process.flush();
      expect(process.encoder.embedded).toContain(message);
      expect((await createDbEmbeddingStore(t.ctx.db).getMany(process.encoder.model, [textHash(message)])).size).toBe(0);
      expect((await t.ctx.db.select().from(textEmbeddings)).length).toBeGreaterThan(0);
    });
  });
});

describe('re-warming after an agent changes', () => {
  const t = setupTestContext();

  it('prepares the agent and every agent handing off to it, with the target’s new description', async () => {
    const { general, billing, tech } = await makeSupportTeam(t.ctx);
    await makeHandoff(t.ctx, general.id, { targetAgentId: billing.id });
    await makeHandoff(t.ctx, tech.id, { targetAgentId: billing.id, description: 'Hand off when the question is about a charge.' });
    await makeHandoff(t.ctx, general.id, { targetAgentId: tech.id, description: 'Hand off when the app crashes.' });
    await updateAgent(t.ctx, billing.id, { name: 'Payments', description: 'Refunds and chargebacks.' });

    const prepared: { agent: string; targets: (string | undefined)[] }[] = [];
    const engine: LlmEngine = {
      id: 'simulated',
      label: 'test',
      decide: vi.fn(),
      prepare: async ({ agent, tools }) => {
        prepared.push({ agent: agent.name, targets: tools.map((tool) => tool.hints?.targetDescription) });
      },
    };
    await warmUpAgentAndCallers(t.ctx, billing.id, engine);
    expect(prepared.map((entry) => entry.agent).sort()).toEqual(['General Support', 'Payments', 'Technical Support']);
    expect(prepared.find((entry) => entry.agent === 'Technical Support')?.targets).toEqual(['Refunds and chargebacks.']);
    expect(prepared.find((entry) => entry.agent === 'General Support')?.targets).toContain('Refunds and chargebacks.');
  });

  it('re-embeds a caller’s tool whose target was renamed, and only that tool', async () => {
    const { general, billing, tech } = await makeSupportTeam(t.ctx);
    await makeHandoff(t.ctx, general.id, { targetAgentId: billing.id, description: 'Invoices and refunds.\n- a double charge\n- a missing refund' });
    await makeHandoff(t.ctx, general.id, { targetAgentId: tech.id, description: 'The app crashes.\n- login problems\n- error messages' });
    const encoder = countingEncoder();
    const engine = createSimulatedEngine({ encoder: createEncoderProvider(async () => encoder) });
    await warmUpAgent(t.ctx, general.id, engine);
    const before = encoder.embedded.length;

    await updateAgent(t.ctx, billing.id, { name: 'Payments' });
    await warmUpAgentAndCallers(t.ctx, billing.id, engine);
    const again = encoder.embedded.slice(before);
    expect(again.some((text) => text.startsWith('Payments: '))).toBe(true);
    expect(again.some((text) => text.startsWith('Technical Support'))).toBe(false);
  });
});
