import { z } from 'zod';
import { FUNCTION_TYPES, PHASES } from '@/lib/domain/constants';
import { getFunctionType, unavailableReason } from '@/lib/function-types/registry';
import { formBoolean } from '@/lib/validation/coerce';
import { fieldErrorsOf } from '@/lib/validation/field-errors';

const configObject = z.record(z.string(), z.unknown(), { error: 'config must be an object.' });

/**
 * Adding a function: the Add Function form, its server action and POST /api/v1/agents/{id}/functions
 * all parse with this. The type's own config schema (from the registry) validates `config`, and its
 * errors come back keyed `config.<field>`.
 */
export const FunctionCreateSchema = z
  .strictObject({
    phase: z.enum(PHASES, { error: `Phase must be one of: ${PHASES.join(', ')}.` }),
    type: z.enum(FUNCTION_TYPES, { error: `Unknown function type. Known types: ${FUNCTION_TYPES.join(', ')}.` }),
    config: configObject,
    enabled: formBoolean.default(true),
  })
  .transform((input, ctx) => {
    const definition = getFunctionType(input.type);
    const reason = unavailableReason(definition, input.phase);
    if (reason) {
      ctx.addIssue({ code: 'custom', path: ['phase'], message: `${reason}.` });
      return z.NEVER;
    }
    const config = definition.configSchema.safeParse(input.config);
    if (!config.success) {
      for (const [field, messages] of Object.entries(fieldErrorsOf(config.error))) {
        const path = field === '_form' ? ['config'] : ['config', ...field.split('.')];
        for (const message of messages) ctx.addIssue({ code: 'custom', path, message });
      }
      return z.NEVER;
    }
    return { ...input, config: config.data };
  });
export type FunctionCreateInput = z.input<typeof FunctionCreateSchema>;
export type FunctionCreate = z.output<typeof FunctionCreateSchema>;

/**
 * Changing a function: `version` is the one the editor loaded, so a change made meanwhile by someone
 * else is refused (409) instead of overwritten. `config` fields given replace the stored ones.
 */
export const FunctionUpdateSchema = z
  .strictObject({
    version: z.coerce
      .number({ error: 'version is required: send the version you loaded.' })
      .int()
      .positive('version must be a positive whole number.'),
    enabled: formBoolean.optional(),
    config: configObject.optional(),
  })
  .refine((input) => input.enabled !== undefined || input.config !== undefined, {
    error: 'Nothing to change: send enabled and/or config.',
  });
export type FunctionUpdate = z.output<typeof FunctionUpdateSchema>;
