/** How long an agent's fields may be. Without zod, so client forms can show the counters (lib/agents/schema.ts validates). */
export const AGENT_LIMITS = {
  name: 80,
  description: 500,
  instructions: 4000,
  greeting: 500,
} as const;
