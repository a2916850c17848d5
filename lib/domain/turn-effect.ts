/**
 * What calling a function's tool does to a conversation, as the turn loop applies it. A function type
 * answers a call with one of these, so the turn loop switches on effect kinds and never on type names.
 */

/** One call of a tool, as the type reads it. */
export interface ToolCallInput {
  /** The arguments the LLM passed, parsed. */
  arguments: Record<string, unknown>;
  /** The engine's one-sentence account of why it called the tool. */
  summary: string;
}

/** The conversation moves to another agent, which then decides in turn. */
export interface SwitchAgentEffect {
  kind: 'switch_agent';
  targetAgentId: string;
  targetName: string;
  /** Why, in one sentence, shown to the admin. */
  reason: string;
  /** Said by the agent handing off before it goes; empty: nothing said. */
  transferMessage: string;
  /** Said by the target on arrival; empty: it does not greet. */
  greeting: string;
  /** How much of the conversation the target's LLM sees. */
  context: { mode: 'full' | 'last_n'; lastN?: number };
}

/** The agent says a closing message and the conversation ends. */
export interface EndSessionEffect {
  kind: 'end_conversation';
  message: string;
}

export type TurnEffect = SwitchAgentEffect | EndSessionEffect;
