import { describe, expect, it } from 'vitest';
import { createSimulatedEngine } from '../../simulated';
import { loadUniversalSentenceEncoder, similarity } from '../meaning/encoder';
import { handoffTool, say } from './helpers';

// Loads the Universal Sentence Encoder lite from node_modules (about 0.3 s), no network.
describe('the built-in sentence encoder', () => {
  it('loads from the installed package and gives the same unit vectors for the same text', async () => {
    const encoder = await loadUniversalSentenceEncoder();
    const [a, b, c] = [...(await encoder.embed(['I have a puncture'])), ...(await encoder.embed(['I have a puncture', 'My tyre is flat']))];
    expect(a?.length).toBe(512);
    expect(Math.abs(similarity(a!, a!) - 1)).toBeLessThan(1e-5);
    expect(similarity(a!, b!)).toBeCloseTo(1, 5);
    expect(similarity(a!, c!)).toBeGreaterThan(0.3);
  });

  it('routes a request that shares no word with the right description', async () => {
    const tools = [
      handoffTool('Fraud', 'Suspicious activity, scams, phishing messages, or payments the customer did not make.'),
      handoffTool('International', 'Sending money abroad, exchange rates, travel money and foreign currency.'),
      handoffTool('Business', 'Questions from business customers about company accounts, invoicing tools or merchant services.'),
    ];
    const decision = await createSimulatedEngine().decide(say('I need dollars for my holiday', tools));
    expect(decision.type === 'tool_calls' && decision.calls[0]?.name).toBe('transfer_to_international');
    expect(decision.why.summary).toMatch(/meaning match 0\.\d\d with “/);
  });
});
