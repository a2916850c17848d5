import { z } from 'zod';
import { AGENT_LIMITS } from './limits';
import { slugify } from './slug';

export { AGENT_LIMITS };

const AGENT_FIELDS = ['name', 'description', 'instructions', 'greeting'] as const;

const name = z
  .string({ error: 'Name is required.' })
  .trim()
  .min(1, { error: 'Name is required.', abort: true })
  .max(AGENT_LIMITS.name, `Name must be at most ${AGENT_LIMITS.name} characters.`)
  .refine((value) => slugify(value).length > 0, 'Name must contain at least one letter or digit.');

const description = z
  .string({ error: 'Description is required.' })
  .trim()
  .min(1, 'Describe what this agent is for.')
  .max(AGENT_LIMITS.description, `Description must be at most ${AGENT_LIMITS.description} characters.`);

const instructions = z
  .string()
  .trim()
  .max(AGENT_LIMITS.instructions, `Instructions must be at most ${AGENT_LIMITS.instructions} characters.`);

const greeting = z
  .string()
  .trim()
  .max(AGENT_LIMITS.greeting, `Greeting must be at most ${AGENT_LIMITS.greeting} characters.`);

/** Creating an agent: the form, the server action and POST /api/v1/agents all parse with this. */
export const AgentCreateSchema = z.strictObject({
  name,
  description,
  instructions: instructions.default(''),
  greeting: greeting.default(''),
});
export type AgentCreateInput = z.infer<typeof AgentCreateSchema>;

/** Editing an agent: any subset of fields; `version` (when sent) guards against overwriting. */
export const AgentUpdateSchema = z
  .strictObject({
    name: name.optional(),
    description: description.optional(),
    instructions: instructions.optional(),
    greeting: greeting.optional(),
    version: z.coerce.number().int().positive().optional(),
  })
  .refine((input) => AGENT_FIELDS.some((field) => input[field] !== undefined), {
    error: `Nothing to change: send at least one of ${AGENT_FIELDS.join(', ')}.`,
  });
export type AgentUpdateInput = z.infer<typeof AgentUpdateSchema>;
