import { z } from 'zod';
import { blankToUndefined } from '@/lib/validation/coerce';
import { ILL_FORMED_TEXT_MESSAGE } from '@/lib/validation/well-formed-text';
import { TOOL_NAME_PATTERN } from './agent-handoff-limits';
import { CUSTOM_FUNCTION_LIMITS, CUSTOM_FUNCTION_MODES, DEFAULT_ERROR_MESSAGE, PARAMETER_TYPES } from './custom-function-limits';

export { CUSTOM_FUNCTION_LIMITS, CUSTOM_FUNCTION_MODES, DEFAULT_ERROR_MESSAGE, PARAMETER_TYPES };

/** Control characters other than tab and line breaks: refused, so an export spends at most 3 bytes a character. */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;
const plain = (schema: z.ZodString) =>
  schema.refine((text) => text.isWellFormed(), ILL_FORMED_TEXT_MESSAGE).refine((text) => !CONTROL_CHARACTER.test(text), 'Remove the control characters from this text.');

/** A JSON Schema property name that every endpoint accepts. */
const PARAMETER_NAME = /^[a-zA-Z_][a-zA-Z0-9_]{0,39}$/;
/** An HTTP header name (RFC 9110 token). */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,64}$/;
/** Headers Switchboard sets itself, or that would break the request. */
const RESERVED_HEADERS = new Set(['host', 'content-length', 'content-type', 'transfer-encoding', 'connection', 'x-switchboard-signature']);

/** The form sends lists as one JSON text in a hidden field; the API sends them as lists. */
const jsonList = (value: unknown) => {
  if (typeof value !== 'string') return value;
  if (value.trim() === '') return [];
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
};

const ParameterSchema = z
  .strictObject({
    name: z.string({ error: 'Name the parameter.' }).trim().regex(PARAMETER_NAME, 'A parameter name is 1-40 letters, digits or underscores, not starting with a digit.'),
    type: z.enum(PARAMETER_TYPES, { error: 'A parameter is a string, number, boolean or enum.' }),
    description: z.preprocess((value) => value ?? '', plain(z.string().trim().max(CUSTOM_FUNCTION_LIMITS.parameterDescription, `A parameter description is at most ${CUSTOM_FUNCTION_LIMITS.parameterDescription} characters.`))),
    required: z.boolean().default(false),
    values: z
      .array(plain(z.string().trim().min(1, 'An enum value cannot be empty.').max(CUSTOM_FUNCTION_LIMITS.enumValue, `An enum value is at most ${CUSTOM_FUNCTION_LIMITS.enumValue} characters.`)), {
        error: 'values must be a list of words.',
      })
      .max(CUSTOM_FUNCTION_LIMITS.enumValues, `At most ${CUSTOM_FUNCTION_LIMITS.enumValues} values.`)
      .optional(),
  })
  .superRefine((parameter, issue) => {
    if (parameter.type === 'enum' && (parameter.values?.length ?? 0) === 0) {
      issue.addIssue({ code: 'custom', path: ['values'], message: 'An enum parameter needs at least one value.' });
    }
    if (parameter.type !== 'enum' && parameter.values !== undefined && parameter.values.length > 0) {
      issue.addIssue({ code: 'custom', path: ['values'], message: 'Only an enum parameter has values.' });
    }
  })
  .transform(({ values, ...rest }) => (rest.type === 'enum' ? { ...rest, values: [...new Set(values)] } : rest));

/**
 * A header sent with every call. Its value is a secret: stored, never shown again (views carry
 * `value: ''` and `hasValue`), never exported (`needsSecret`); on an edit an empty value keeps the stored one.
 */
const HeaderSchema = z
  .strictObject({
    name: z.string({ error: 'Name the header.' }).trim().regex(HEADER_NAME, 'A header name is letters, digits and dashes (e.g. Authorization).'),
    value: z.preprocess(
      (value) => value ?? '',
      z.string().max(CUSTOM_FUNCTION_LIMITS.headerValue, `A header value is at most ${CUSTOM_FUNCTION_LIMITS.headerValue} characters.`).refine((value) => !/[\r\n\0]/.test(value), 'A header value must be one line.'),
    ),
    // What views and exports add; accepted back so a loaded config can be saved as is.
    hasValue: z.boolean().optional(),
    needsSecret: z.boolean().optional(),
  })
  .refine((header) => !RESERVED_HEADERS.has(header.name.toLowerCase()), { path: ['name'], message: 'Switchboard sets this header itself.' })
  .transform(({ name, value }) => ({ name, value }));

function uniqueBy<T>(key: (item: T) => string, message: string) {
  return (items: T[], issue: z.RefinementCtx) => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      const k = key(item).toLowerCase();
      if (seen.has(k)) issue.addIssue({ code: 'custom', path: [index, 'name'], message });
      seen.add(k);
    });
  };
}

/** Custom Function's configuration, as the form, the server action and the API all send it. */
export const CustomFunctionConfigSchema = z.strictObject({
  name: z
    .string({ error: 'Name the function: the LLM calls it by this name.' })
    .trim()
    .regex(TOOL_NAME_PATTERN, 'Name must be 1-64 letters, digits, underscores or dashes (no spaces), e.g. lookup_order.'),
  description: plain(
    z
      .string({ error: 'Describe when the LLM should call it.' })
      .trim()
      .min(1, 'Describe when the LLM should call it.')
      .max(CUSTOM_FUNCTION_LIMITS.description, `Description must be at most ${CUSTOM_FUNCTION_LIMITS.description} characters.`),
  ),
  parameters: z
    .preprocess(jsonList, z.array(ParameterSchema, { error: 'parameters must be a list.' }).max(CUSTOM_FUNCTION_LIMITS.parameters, `At most ${CUSTOM_FUNCTION_LIMITS.parameters} parameters.`))
    .superRefine(uniqueBy((parameter) => parameter.name, 'Two parameters have this name.'))
    .default([]),
  url: z
    .string({ error: 'Enter the webhook URL.' })
    .trim()
    .max(CUSTOM_FUNCTION_LIMITS.url, `The URL must be at most ${CUSTOM_FUNCTION_LIMITS.url} characters.`)
    .regex(/^[\x21-\x7e]*$/, 'The URL may hold no spaces or non-ASCII characters: percent-encode them (a domain in its xn-- form).')
    .pipe(z.url({ protocol: /^https?$/, error: 'Enter an http:// or https:// URL.' })),
  headers: z
    .preprocess(jsonList, z.array(HeaderSchema, { error: 'headers must be a list.' }).max(CUSTOM_FUNCTION_LIMITS.headers, `At most ${CUSTOM_FUNCTION_LIMITS.headers} headers.`))
    .superRefine(uniqueBy((header) => header.name, 'Two headers have this name.'))
    .default([]),
  timeoutMs: z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ error: 'Enter the timeout in milliseconds.' })
      .int('Enter a whole number of milliseconds.')
      .min(CUSTOM_FUNCTION_LIMITS.minTimeoutMs, `The timeout is at least ${CUSTOM_FUNCTION_LIMITS.minTimeoutMs} ms.`)
      .max(CUSTOM_FUNCTION_LIMITS.maxTimeoutMs, 'The timeout is at most 30 seconds (30000 ms).')
      .default(CUSTOM_FUNCTION_LIMITS.defaultTimeoutMs),
  ),
  errorMessage: z.preprocess(
    blankToUndefined,
    plain(z.string().trim().max(CUSTOM_FUNCTION_LIMITS.errorMessage, `The error message is at most ${CUSTOM_FUNCTION_LIMITS.errorMessage} characters.`)).default(DEFAULT_ERROR_MESSAGE),
  ),
  mode: z.enum(CUSTOM_FUNCTION_MODES, { error: 'Choose Wait for the result or Run in the background.' }).default('wait'),
});

export type CustomFunctionConfigInput = z.input<typeof CustomFunctionConfigSchema>;
export type CustomFunctionConfig = z.output<typeof CustomFunctionConfigSchema>;
export type CustomFunctionParameter = CustomFunctionConfig['parameters'][number];

/**
 * What a view shows of the headers: names, and whether a value is stored — never the value. An export
 * marks every header `needsSecret`: the value must be entered again where the file is imported.
 */
export function redactHeaders(config: Record<string, unknown>, purpose: 'view' | 'export' = 'view'): Record<string, unknown> {
  if (!Array.isArray(config.headers)) return config;
  const headers = config.headers.map((header: { name?: unknown; value?: unknown }) =>
    purpose === 'export'
      ? { name: header.name, value: '', needsSecret: true }
      : { name: header.name, value: '', hasValue: typeof header.value === 'string' && header.value !== '' },
  );
  return { ...config, headers };
}

/** The headers that have no value: after an import, the secrets to enter again. */
export function headersWithoutValue(config: CustomFunctionConfig): string[] {
  return config.headers.filter((header) => header.value === '').map((header) => header.name);
}

/** An edit's empty header value keeps the value stored under that name (the form never had it). */
export function keepStoredHeaderValues(next: CustomFunctionConfig, stored: Record<string, unknown>): CustomFunctionConfig {
  const storedHeaders = Array.isArray(stored.headers) ? (stored.headers as Array<{ name?: unknown; value?: unknown }>) : [];
  const byName = new Map(storedHeaders.filter((h) => typeof h.name === 'string' && typeof h.value === 'string').map((h) => [(h.name as string).toLowerCase(), h.value as string]));
  return { ...next, headers: next.headers.map((header) => (header.value === '' ? { ...header, value: byName.get(header.name.toLowerCase()) ?? '' } : header)) };
}
