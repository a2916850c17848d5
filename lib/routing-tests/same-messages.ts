/**
 * Two cases of one start agent are the same case when their messages are, each trimmed as the schema
 * trims them: the service refuses the second, and the CSV import names it by line.
 */
export function sameMessagesKey(messages: readonly string[]): string {
  return JSON.stringify(messages.map((message) => message.trim()));
}
