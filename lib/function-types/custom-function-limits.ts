// What the Custom Function form needs of its type, without zod (custom-function-config.ts validates with it).

export const CUSTOM_FUNCTION_LIMITS = {
  description: 800,
  parameters: 5,
  parameterName: 40,
  parameterDescription: 70,
  enumValues: 5,
  enumValue: 20,
  url: 800,
  headers: 5,
  headerName: 64,
  headerValue: 2000,
  errorMessage: 200,
  defaultTimeoutMs: 5000,
  minTimeoutMs: 100,
  maxTimeoutMs: 30_000,
} as const;

export const PARAMETER_TYPES = ['string', 'number', 'boolean', 'enum'] as const;
export const CUSTOM_FUNCTION_MODES = ['wait', 'background'] as const;
export const DEFAULT_ERROR_MESSAGE = "Sorry, I couldn't complete that just now. Please try again in a moment.";
