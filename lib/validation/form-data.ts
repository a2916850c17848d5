/**
 * Turns form fields into the object shape the shared zod schemas expect: `config.description`
 * becomes `{ config: { description } }`. Empty optional fields stay as '' for the schema to judge.
 *
 * Field names are the sender's to choose, so the objects only ever gain own properties: a field named
 * `__proto__.x` or `constructor.prototype.x` reaches no prototype, and the strict schemas refuse it as
 * an unknown field. Names and values are already well-formed text: FormData holds USVStrings, so a lone
 * surrogate arrives as U+FFFD and nothing stored from a form is invalid UTF-8.
 */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value !== 'string' || key.startsWith('$ACTION')) continue;
    const parts = key.split('.');
    let target = result;
    for (const part of parts.slice(0, -1)) {
      const next = Object.hasOwn(target, part) ? target[part] : undefined;
      if (typeof next === 'object' && next !== null) {
        target = next as Record<string, unknown>;
      } else {
        const created: Record<string, unknown> = {};
        define(target, part, created);
        target = created;
      }
    }
    define(target, parts[parts.length - 1] as string, value);
  }
  return result;
}

/** An own, enumerable property even for `__proto__`, which plain assignment would treat as the prototype. */
function define(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
