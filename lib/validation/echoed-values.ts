/** Members every plain object inherits: a sent field of that name would shadow one, and React or String() calls them. */
const INHERITED = new Set(Object.getOwnPropertyNames(Object.prototype));

/** Secrets never travel back to the browser in form state: a password field is typed again. */
const SECRET_FIELD = /password|secret|token/i;

/**
 * The values an action echoes to its form after a refusal: the sent fields as nested objects of text,
 * without any key named after an Object.prototype member, nor any password. Field names are the sender's to choose, and a
 * field named `name.toString.x` would otherwise replace the `toString` that rendering `name` calls.
 */
export function echoableValues(values: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    if (INHERITED.has(key) || SECRET_FIELD.test(key)) continue;
    if (typeof value === 'string') result[key] = value;
    else if (typeof value === 'object' && value !== null && !Array.isArray(value)) result[key] = echoableValues(value as Record<string, unknown>);
  }
  return result;
}

/**
 * The text a form field sent, at a dotted path (`config.description`), read from echoed values: a missing
 * step or a value that is not text (a field named `name.x` turns `name` into an object) reads as undefined,
 * so the form falls back to its saved value.
 */
export function echoedText(values: unknown, path: string): string | undefined {
  let node: unknown = values;
  for (const part of path.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}
