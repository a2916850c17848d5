import type { EngineTool } from '../types';

/**
 * What the built-in model can fill in a tool's parameters, said plainly for the Custom Function dialog.
 * (An OpenAI-compatible model fills them from the whole conversation.)
 */
export const SIMULATED_ARGUMENTS_NOTE =
  'The built-in simulated model fills parameters only from the customer’s latest message: a number for a number ' +
  'parameter (in order of appearance), an enum value written out, yes/no for a boolean, and for a text parameter ' +
  'a quoted phrase, a code-like word (letters with digits, e.g. A1234) or an email, the word after the parameter’s ' +
  'name (“order 77”), or the whole message for a parameter named query, message, question or text. It does not ' +
  'infer values that are not written, convert dates or units, or read earlier messages; a parameter it cannot ' +
  'find is left out, even if required.';

const NUMBER = /-?\d+(?:[.,]\d+)?/g;
const QUOTED = /["“”'‘’]([^"“”'‘’]{1,200})["“”'‘’]/;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
const CODE_LIKE = /\b(?=[A-Za-z0-9-]*\d)(?=[A-Za-z0-9-]*[A-Za-z])[A-Za-z0-9][A-Za-z0-9-]{2,}\b/;
const WHOLE_MESSAGE = new Set(['query', 'message', 'question', 'text', 'request']);
const YES = /\b(yes|yeah|yep|true|please do|sure)\b/i;
const NO = /\b(no|nope|false|don't|do not|not)\b/i;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "order_id" / "orderId" → ["order", "id"]: the words a customer would write before the value. */
function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[_\s-]+/)
    .map((word) => word.toLowerCase())
    .filter((word) => word.length > 1 && word !== 'id');
}

function stringValue(name: string, message: string): string | undefined {
  const quoted = QUOTED.exec(message)?.[1]?.trim();
  if (quoted) return quoted;
  const lower = name.toLowerCase();
  if (lower.includes('email')) return EMAIL.exec(message)?.[0];
  for (const word of nameWords(name)) {
    const after = new RegExp(`\\b${escape(word)}s?\\b(?:\\s+(?:is|number|no\\.?|#|of|id))?\\s*[:#]?\\s*([\\w@.+-]+)`, 'i').exec(message)?.[1];
    if (after && !/^(is|the|a|an|my|for)$/i.test(after)) return after;
  }
  const code = CODE_LIKE.exec(message)?.[0];
  if (code) return code;
  if (WHOLE_MESSAGE.has(lower)) return message.trim();
  return undefined;
}

/**
 * The arguments of a call of `tool` for this message: `reason` when the tool takes one (handoffs, or a
 * tool with no parameters), and every other parameter the message gives a value for.
 */
export function simulatedArguments(tool: EngineTool | undefined, message: string, reason: string): Record<string, unknown> {
  const properties = tool?.definition.function.parameters.properties ?? {};
  const names = Object.keys(properties);
  const args: Record<string, unknown> = names.length === 0 || 'reason' in properties ? { reason } : {};
  const numbers = [...message.matchAll(NUMBER)].map((match) => Number(match[0].replace(',', '.')));
  for (const [name, property] of Object.entries(properties)) {
    if (name === 'reason') continue;
    if (property.enum) {
      const value = property.enum.find((candidate) => new RegExp(`(^|\\W)${escape(candidate)}($|\\W)`, 'i').test(message));
      if (value !== undefined) args[name] = value;
    } else if (property.type === 'number' || property.type === 'integer') {
      const value = numbers.shift();
      if (value !== undefined && Number.isFinite(value)) args[name] = property.type === 'integer' ? Math.trunc(value) : value;
    } else if (property.type === 'boolean') {
      if (YES.test(message)) args[name] = true;
      else if (NO.test(message)) args[name] = false;
    } else if (property.type === 'string') {
      const value = stringValue(name, message);
      if (value !== undefined) args[name] = value;
    }
  }
  return args;
}
