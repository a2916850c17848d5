/** How export writes a document: two-space indents and a final newline, so files diff well. */
export function prettyJson(body: unknown): string {
  return `${JSON.stringify(body, null, 2)}\n`;
}
