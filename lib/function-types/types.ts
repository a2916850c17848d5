import type { z } from 'zod';
import type { Phase } from '@/lib/domain/constants';
import type { LlmTool } from '@/lib/domain/llm-tool';
import type { ToolCallInput, TurnEffect } from '@/lib/domain/turn-effect';
import type { FunctionCallEvent, SessionEndEvent } from '@/lib/domain/function-call-events';

/** The agents a function may refer to, as the registry needs them: no database types leak in. */
export interface AgentRef {
  id: string;
  name: string;
  slug: string;
  description: string;
}

/** An agent a function leads to, as a conversation needs it: what it is called and how it greets. */
export interface SessionAgent extends AgentRef {
  greeting: string;
}

/** What a Pre- or Post-Session function is told about the conversation it runs for. */
export interface SessionHookInput {
  workspaceId: string;
  sessionId: string;
  functionId: string;
  agent: { id: string; name: string };
  variables: Record<string, string>;
  /** The workspace's webhook signing secret, read on first need (lib/webhooks/signing-secret.ts). */
  signingSecret?: () => Promise<string>;
}

/** One line of a transcript as a Post-Session function receives it. */
export interface TranscriptLine {
  role: 'user' | 'assistant';
  agentId: string;
  content: string;
}

/** What a session hook did, recorded in the transcript (e.g. a function_call event). */
export interface SessionHookOutcome {
  events: Array<FunctionCallEvent | SessionEndEvent>;
}

export interface SessionStartOutcome extends SessionHookOutcome {
  /** Values for `{{name}}` placeholders in the agent's greeting and instructions. */
  variables?: Record<string, string>;
  /** Ends the session before it starts, saying `message`. */
  block?: { message: string };
}

/** A hint about a description that never blocks saving (the spec's Tip, applied live). */
export interface DescriptionHint {
  code: 'too_short' | 'no_trigger' | 'no_customer_intent' | 'overlap' | 'wrong_target' | 'example_like_sibling';
  message: string;
}

/** Another function of the same agent, as the coach compares against it. */
export interface SiblingFunction {
  id: string;
  toolName: string | null;
  targetName: string | null;
  description: string;
  /** Its example customer messages, if its type carries them. */
  examples?: readonly string[];
}

/** Where a function sits in the workspace, so the coach can tell a description that names the wrong agent. */
export interface CoachWorkspace {
  /** The agent the function belongs to. */
  ownerId: string;
  /** The agent it leads to, if it leads anywhere. */
  targetId: string | null;
  /** Every agent of the workspace, owner and target included. */
  agents: Pick<AgentRef, 'id' | 'name' | 'slug'>[];
}

/**
 * Everything the pages, the API and the engine need to know about one kind of agentic function.
 * Adding a type is adding one of these to the registry; nothing else switches on the type (a test
 * keeps lib/conversation free of type names).
 */
export interface FunctionTypeDefinition<Config extends Record<string, unknown>> {
  type: string;
  label: string;
  summary: string;
  /** Which phases it may be added to (the spec's availability table). */
  phases: readonly Phase[];
  /** Validates the config as the form, the server action and the API send it. */
  configSchema: z.ZodType<Config, unknown>;
  /** The agent this function leads to, if any; the service checks it exists and is not the owner. */
  targetAgentId(config: Config): string | null;
  /** At most one function of this type per (agent, target) pair. */
  uniquePerTarget: boolean;
  /** At most one function of this type per agent (its tool name is fixed, e.g. End Session). */
  onePerAgent?: boolean;
  /** The tool name the LLM sees, or null when the function is not an LLM tool. */
  toolName(config: Config): string | null;
  /** The config field the admin types that name in, where a clash is shown (`toolName` unless said). */
  toolNameField?: string;
  /** Fills defaults that depend on the workspace (e.g. the tool name from the target's name). */
  complete(config: Config, target: AgentRef | null): Config;
  /** The OpenAI function tool for this function, or null if it is not offered to the LLM. */
  toTool(config: Config, target: AgentRef | null): LlmTool | null;
  /**
   * What calling that tool does, as an effect the turn loop applies (it never asks which type it is).
   * Tools run During-Session: a function of this type in that phase is offered to its agent's LLM each
   * turn. Types without it offer no tool.
   */
  onCall?(config: Config, target: SessionAgent | null, call: ToolCallInput): TurnEffect | Promise<TurnEffect>;
  /**
   * A call's result goes back to the LLM, which then decides again (a webhook's answer): the turn loop caps
   * such calls per message, and only these, so a runaway chain of calls out stops while a closing call
   * (End Session) or a handoff after them still applies. Known before calling, which does the work.
   */
  callReturnsResult?: boolean;
  /**
   * Pre-Session: runs when a conversation starts, before the greeting (lib/sessions/session-lifecycle.ts).
   * May fill `{{name}}` variables or block the session; what it did is returned as transcript events.
   */
  onSessionStart?(config: Config, session: SessionHookInput): Promise<SessionStartOutcome>;
  /** Post-Session: runs when the conversation ends, with the whole transcript. */
  onSessionEnd?(config: Config, session: SessionHookInput & { transcript: TranscriptLine[] }): Promise<SessionHookOutcome>;
  /** Advice on the description (and on the examples, given them); never blocks saving. */
  coach(description: string, siblings: SiblingFunction[], workspace?: CoachWorkspace, examples?: readonly string[]): DescriptionHint[];
  /** The readable text of the function: shown in lists and compared by review checks. */
  describe(config: Config): string;
  /** The example customer messages of a stored config, for types that carry them. */
  examples?(config: Config): string[];
  /**
   * The config as anyone may read it (views, API answers, audit snapshots, exports): secrets blanked,
   * each marked `hasValue` in a view, `needsSecret` in an export. Works on any stored config, parsed or
   * not. Types without secrets leave it out.
   */
  redactSecrets?(config: Record<string, unknown>, purpose?: 'view' | 'export'): Record<string, unknown>;
  /** An edit's config with the secrets it left blank taken from the stored one. */
  keepSecrets?(next: Config, stored: Record<string, unknown>): Config;
  /** What secrets the config lacks (e.g. header names without a value): such a function is imported disabled. */
  missingSecrets?(config: Config): string[];
}
