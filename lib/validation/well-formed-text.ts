/** What a refusal says about a lone surrogate: it cannot be stored as UTF-8. */
export const ILL_FORMED_TEXT_MESSAGE = 'Contains an unpaired UTF-16 surrogate (\\uD800-\\uDFFF): not valid Unicode text.';

interface Node {
  value: unknown;
  key: string | null;
  parent: Node | null;
}

/**
 * The dotted path (`config.description`, `_form` for the top level) of the first key or string that
 * holds a lone UTF-16 surrogate, or null when all text is well-formed. Walks with its own stack and
 * parent links, so JSON nested a hundred thousand deep neither overflows nor copies paths.
 */
export function findIllFormedText(value: unknown): string | null {
  const stack: Node[] = [{ value, key: null, parent: null }];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (typeof node.value === 'string') {
      if (!node.value.isWellFormed()) return pathOf(node);
    } else if (typeof node.value === 'object' && node.value !== null) {
      for (const [key, child] of Object.entries(node.value)) {
        const childNode = { value: child, key, parent: node };
        if (!key.isWellFormed()) return pathOf(childNode);
        stack.push(childNode);
      }
    }
  }
  return null;
}

function pathOf(node: Node): string {
  const keys: string[] = [];
  for (let at: Node | null = node; at?.key != null; at = at.parent) keys.push(at.key.toWellFormed());
  return keys.length > 0 ? keys.reverse().join('.') : '_form';
}
