/** One run of a word-level diff: text both versions share, or text only one of them has. */
export interface DiffSegment {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

// Descriptions are at most a few hundred words; beyond this a whole-text replacement reads as well.
const MAX_TOKENS = 2_000;

/**
 * A word-level diff of two texts (longest common subsequence of words and the spaces between them),
 * with adjacent runs of one kind merged, so "when the customer asks" → "when a caller asks" reads
 * as `when [-the customer-][+a caller+] asks`.
 */
export function diffWords(before: string, after: string): DiffSegment[] {
  const a = tokenize(before);
  const b = tokenize(after);
  if (a.length * b.length > MAX_TOKENS * MAX_TOKENS) {
    return merge([
      { kind: 'removed', text: before },
      { kind: 'added', text: after },
    ]);
  }
  // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    const row = lcs[i] as number[];
    const below = lcs[i + 1] as number[];
    for (let j = b.length - 1; j >= 0; j--) {
      row[j] = a[i] === b[j] ? (below[j + 1] as number) + 1 : Math.max(below[j] as number, row[j + 1] as number);
    }
  }
  const segments: DiffSegment[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      segments.push({ kind: 'same', text: a[i] as string });
      i++;
      j++;
    } else if ((lcs[i + 1]?.[j] ?? 0) >= (lcs[i]?.[j + 1] ?? 0)) {
      segments.push({ kind: 'removed', text: a[i++] as string });
    } else {
      segments.push({ kind: 'added', text: b[j++] as string });
    }
  }
  while (i < a.length) segments.push({ kind: 'removed', text: a[i++] as string });
  while (j < b.length) segments.push({ kind: 'added', text: b[j++] as string });
  return merge(segments);
}

/** Words and the whitespace between them, so joining the tokens gives the text back exactly. */
function tokenize(text: string): string[] {
  return text.split(/(\s+)/).filter((token) => token.length > 0);
}

/** Merges neighbours of one kind; a lone space between two changes joins them, so edits read as phrases. */
function merge(segments: DiffSegment[]): DiffSegment[] {
  const absorbed: DiffSegment[] = [];
  segments.forEach((segment, index) => {
    const previous = segments[index - 1];
    const next = segments[index + 1];
    const isGap = segment.kind === 'same' && /^\s+$/.test(segment.text) && previous && next && previous.kind !== 'same' && next.kind !== 'same';
    if (isGap) {
      absorbed.push({ kind: 'removed', text: segment.text }, { kind: 'added', text: segment.text });
    } else {
      absorbed.push(segment);
    }
  });
  // Removed text first, then added, within each changed stretch: "[-old words-][+new words+]".
  const ordered: DiffSegment[] = [];
  let stretch: DiffSegment[] = [];
  const flush = () => {
    ordered.push(...stretch.filter((s) => s.kind === 'removed'), ...stretch.filter((s) => s.kind === 'added'));
    stretch = [];
  };
  for (const segment of absorbed) {
    if (segment.kind === 'same') {
      flush();
      ordered.push(segment);
    } else {
      stretch.push(segment);
    }
  }
  flush();
  const merged: DiffSegment[] = [];
  for (const segment of ordered) {
    const last = merged[merged.length - 1];
    if (last && last.kind === segment.kind) last.text += segment.text;
    else merged.push({ ...segment });
  }
  return merged;
}
