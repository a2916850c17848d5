import type { AgentState } from '@/lib/conversation/agent-state';

const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_.-]+)\s*\}\}/g;

/** `{{name}}` replaced by the session's variable of that name; a placeholder without one stays as written. */
export function fillPlaceholders(text: string, variables: Readonly<Record<string, string>>): string {
  if (!text.includes('{{')) return text;
  return text.replace(PLACEHOLDER, (whole, name: string) => (Object.hasOwn(variables, name) ? (variables[name] as string) : whole));
}

/** An agent's state as this session's LLM sees it: its instructions and greetings (its own, and on arrival after a handoff) filled in. */
export function withVariables(state: AgentState, variables: Readonly<Record<string, string>>): AgentState {
  if (Object.keys(variables).length === 0) return state;
  const fill = (text: string) => fillPlaceholders(text, variables);
  return {
    agent: { ...state.agent, instructions: fill(state.agent.instructions), greeting: fill(state.agent.greeting) },
    tools: state.tools.map((tool) => (tool.target ? { ...tool, target: { ...tool.target, greeting: fill(tool.target.greeting) } } : tool)),
  };
}
