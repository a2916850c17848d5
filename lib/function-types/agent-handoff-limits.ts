// What the Agent Handoff form needs of its type, without zod (agent-handoff-config.ts validates with it).

export const HANDOFF_LIMITS = { description: 1000, transferMessage: 500, lastN: 200, examples: 50, example: 300 } as const;

/** The OpenAI function-name rule, so every tool name we save is one an endpoint accepts. */
export const TOOL_NAME_PATTERN = /^[a-zA-Z0-9_-]{1,64}$/;

/** transfer_to_technical_support: what the LLM sees unless the admin names the tool. */
export function defaultHandoffToolName(targetSlug: string): string {
  return `transfer_to_${targetSlug.replace(/-/g, '_')}`.slice(0, 64);
}
