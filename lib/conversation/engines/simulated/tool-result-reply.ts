import type { DecideInput, Decision, ToolResult } from '../types';

const PREFIX = '(Simulated reply)';
const SHOWN_AT_MOST = 600;

/**
 * After a tool answered (a Custom Function's webhook), the built-in model replies with what came back:
 * the result as it was given, or the function's own error message when the call failed.
 */
export function replyWithToolResults(input: DecideInput & { toolResults: ToolResult[] }): Decision {
  const last = input.toolResults.at(-1) as ToolResult;
  const content = last.content.length > SHOWN_AT_MOST ? `${last.content.slice(0, SHOWN_AT_MOST - 1)}…` : last.content;
  const text = last.ok ? `${PREFIX} ${input.agent.name} here — here is what I found: ${content}` : `${PREFIX} ${content}`;
  const summary = last.ok
    ? `Replied with the result of ${last.call.name}.`
    : `${last.call.name} failed, so the reply is its error message.`;
  return { type: 'reply', text, why: { summary } };
}
