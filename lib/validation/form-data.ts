/**
 * Turns form fields into the object shape the shared zod schemas expect: `config.description`
 * becomes `{ config: { description } }`. Empty optional fields stay as '' for the schema to judge.
 */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value !== 'string' || key.startsWith('$ACTION')) continue;
    const parts = key.split('.');
    let target = result;
    for (const part of parts.slice(0, -1)) {
      const next = target[part];
      if (typeof next === 'object' && next !== null) {
        target = next as Record<string, unknown>;
      } else {
        const created: Record<string, unknown> = {};
        target[part] = created;
        target = created;
      }
    }
    target[parts[parts.length - 1] as string] = value;
  }
  return result;
}
