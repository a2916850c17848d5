/** How many examples the OpenAI-compatible engine is shown, and how much text they may add. */
export const EXAMPLES_IN_TOOL = { count: 5, addedChars: 600 } as const;
/** Some OpenAI-compatible endpoints refuse a longer tool description (OpenAI answered 400 past it). */
export const TOOL_DESCRIPTION_MAX = 1024;

export const EXAMPLES_LEAD = '\n\nExamples of customer messages for this handoff: ';

/**
 * The admin's description with a few of the handoff's examples appended, in their order:
 * `…\n\nExamples of customer messages for this handoff: “…”; “…”`. At most 5, adding at most 600
 * characters and keeping the whole within 1,024; an example that does not fit whole is skipped,
 * never cut. Without examples (or room for one) the description goes as the admin wrote it.
 */
export function describeWithExamples(description: string, examples: readonly string[]): string {
  const budget = Math.min(EXAMPLES_IN_TOOL.addedChars, TOOL_DESCRIPTION_MAX - description.length) - EXAMPLES_LEAD.length;
  const quoted: string[] = [];
  let used = 0;
  for (const example of examples) {
    if (quoted.length === EXAMPLES_IN_TOOL.count) break;
    const item = `“${example}”`;
    const cost = item.length + (quoted.length > 0 ? 2 : 0);
    if (used + cost > budget) continue;
    quoted.push(item);
    used += cost;
  }
  return quoted.length === 0 ? description : `${description}${EXAMPLES_LEAD}${quoted.join('; ')}`;
}
