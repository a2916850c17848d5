import { describe, expect, it, vi } from 'vitest';
import { createSimulatedEngine } from '@/lib/conversation/engines/simulated';
import { createEncoderProvider, type SentenceEncoder } from '@/lib/conversation/engines/simulated/meaning/encoder';
import type { LlmEngine } from '@/lib/conversation/engines/types';
import { updateFunction } from '@/lib/functions/service';
import { setupTestContext } from '@/lib/testing/fixtures';
import { makeHandoff, makeSupportTeam } from '@/lib/testing/factories';
import { loadAgentState } from '../agent-state';
import { warmUpAgent } from '../warm-up';

/** An encoder that records every text it embeds, with vectors that only depend on the text. */
function recordingEncoder(): SentenceEncoder & { embedded: string[] } {
  const embedded: string[] = [];
  return {
    embedded,
    async embed(texts) {
      embedded.push(...texts);
      return texts.map((text) => {
        const vector = new Float32Array(8);
        for (let i = 0; i < text.length; i += 1) vector[i % 8] = (vector[i % 8] ?? 0) + text.charCodeAt(i);
        const norm = Math.hypot(...vector);
        return vector.map((value) => value / norm);
      });
    },
  };
}

describe('warming the engine up after a save', () => {
  const t = setupTestContext();

  it('hands the engine exactly the agent’s enabled handoff tools', async () => {
    const { general, billing, tech } = await makeSupportTeam(t.ctx);
    await makeHandoff(t.ctx, general.id, { targetAgentId: billing.id });
    const off = await makeHandoff(t.ctx, general.id, { targetAgentId: tech.id });
    await updateFunction(t.ctx, off.id, { version: 1, enabled: false });
    const prepare = vi.fn(async () => undefined);
    const engine: LlmEngine = { id: 'simulated', label: 'test', decide: vi.fn(), prepare };
    expect(await warmUpAgent(t.ctx, general.id, engine)).toBe(true);
    expect(prepare).toHaveBeenCalledWith({
      agent: expect.objectContaining({ name: 'General Support' }),
      tools: [expect.objectContaining({ definition: expect.objectContaining({ function: expect.objectContaining({ name: 'transfer_to_billing' }) }) })],
    });
  });

  it('never throws: a failing engine only logs, and says it did not prepare', async () => {
    const { general } = await makeSupportTeam(t.ctx);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const engine: LlmEngine = { id: 'simulated', label: 'test', decide: vi.fn(), prepare: async () => Promise.reject(new Error('boom')) };
    await expect(warmUpAgent(t.ctx, general.id, engine)).resolves.toBe(false);
    await expect(warmUpAgent(t.ctx, 'agt_missing', engine)).resolves.toBe(false);
    expect(warn).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });

  it('lets the simulated model embed the tools before the first message, so the message embeds only itself', async () => {
    const { general, billing } = await makeSupportTeam(t.ctx);
    await makeHandoff(t.ctx, general.id, { targetAgentId: billing.id, description: 'Hand off when the customer asks about invoices.' });
    const encoder = recordingEncoder();
    const engine = createSimulatedEngine({ encoder: createEncoderProvider(async () => encoder) });
    await warmUpAgent(t.ctx, general.id, engine);
    const warmed = encoder.embedded.length;
    expect(encoder.embedded).toContain('Hand off when the customer asks about invoices.');

    const state = await loadAgentState(t.ctx, general.id);
    await engine.decide({ agent: state.agent, tools: state.tools.map((t) => t.tool), messages: [{ role: 'user', content: 'Something odd with my bill' }] });
    expect(encoder.embedded.slice(warmed)).toEqual(['Something odd with my bill']);
  });
});
