import { describe, expect, it } from 'vitest';
import { HANDOFF_LIMITS } from '@/lib/function-types/agent-handoff-config';
import { CONTEXT_MAX_MESSAGES, contextFor, countPassed } from '../context-window';
import type { HandoffEvent, MessageEvent, SessionEventData } from '../events';

const names = new Map([
  ['a', 'Alpha'],
  ['b', 'Beta'],
]);
const user = (content: string): MessageEvent => ({ type: 'message', role: 'user', agentId: 'a', content, kind: 'user' });
const said = (agentId: string, content: string): MessageEvent => ({ type: 'message', role: 'assistant', agentId, content, kind: 'reply' });
const handoff = (toAgentId: string, context: HandoffEvent['context']): HandoffEvent => ({
  type: 'handoff',
  fromAgentId: 'a',
  toAgentId,
  functionId: 'fn',
  toolName: `transfer_to_${toAgentId}`,
  reason: 'r',
  summary: 's',
  context,
});
/** A long conversation: n user messages, each answered by Alpha, with a tool call between them. */
const chatter = (n: number, from = 0): SessionEventData[] =>
  Array.from({ length: n }, (_, i): SessionEventData[] => [
    user(`q${from + i}`),
    { type: 'tool_call', agentId: 'a', toolName: 'x', arguments: {}, result: 'rejected' },
    said('a', `a${from + i}`),
  ]).flat();

describe('the context window', () => {
  it('passes the whole conversation when it is short, naming who said what', () => {
    const events = [said('a', 'hello'), user('hi'), handoff('b', { mode: 'full', messagesPassed: 2 }), said('b', 'Beta here')];
    expect(contextFor('b', events, names)).toEqual([
      { role: 'assistant', content: 'hello', agentName: 'Alpha' },
      { role: 'user', content: 'hi' },
      { role: 'assistant', content: 'Beta here', agentName: 'Beta' },
    ]);
  });

  it(`caps a full-context window at the ${CONTEXT_MAX_MESSAGES} most recent messages however long the session is`, () => {
    const events = chatter(2000);
    const window = contextFor('a', events, names);
    expect(window).toHaveLength(CONTEXT_MAX_MESSAGES);
    expect(window.at(-1)?.content).toBe('a1999');
    expect(window[0]?.content).toBe(`q${2000 - CONTEXT_MAX_MESSAGES / 2}`);
  });

  it('passes exactly the last N messages of a last_n handoff, then everything said since, up to the cap', () => {
    const lastN = HANDOFF_LIMITS.lastN;
    const events = [...chatter(500), handoff('b', { mode: 'last_n', lastN, messagesPassed: lastN }), said('b', 'Beta here')];
    const window = contextFor('b', events, names);
    expect(window).toHaveLength(lastN + 1);
    expect(window[0]?.content).toBe(`q${500 - lastN / 2}`);
    // Once Beta has said enough since arriving, the oldest passed messages leave the window first.
    const later = [...events, ...chatter(100, 500)];
    const capped = contextFor('b', later, names);
    expect(capped).toHaveLength(CONTEXT_MAX_MESSAGES);
    expect(capped.at(-1)?.content).toBe('a599');
  });

  it('leaves room for the largest last N a handoff may pass, with its greeting and transfer message', () => {
    expect(CONTEXT_MAX_MESSAGES).toBeGreaterThanOrEqual(HANDOFF_LIMITS.lastN + 2);
  });

  it('counts what a handoff passes truthfully: never more than the window holds', () => {
    const events = chatter(1000);
    expect(countPassed(events, { mode: 'full' })).toBe(CONTEXT_MAX_MESSAGES);
    expect(countPassed(chatter(3), { mode: 'full' })).toBe(6);
    expect(countPassed(events, { mode: 'last_n', lastN: 7 })).toBe(7);
    expect(countPassed(chatter(1), { mode: 'last_n', lastN: 7 })).toBe(2);
  });
});
