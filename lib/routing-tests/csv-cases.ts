import { slugify } from '@/lib/agents/slug';
import { formatCount } from '@/lib/domain/workspace-limits';
import { fieldErrorsOf } from '@/lib/validation/field-errors';
import { parseCsv, unguardCell, type CsvRecord } from './csv';
import { ROUTING_TEST_LIMITS } from './limits';
import { RoutingTestSchema } from './schema';
import { sameMessagesKey } from './same-messages';

export interface CsvAgent {
  id: string;
  name: string;
  slug: string;
}

/** A row that would become a case: what it says, with the expected agent found by name or slug. */
export interface CsvCaseRow {
  line: number;
  name: string | null;
  messages: string[];
  expect: { handoffTo: string | null; agentName: string | null };
}

export interface CsvRowError {
  line: number;
  message: string;
}

/** What importing a file would do: the rows that become cases, and each bad row named by its line. */
export interface CsvPreview {
  rows: CsvCaseRow[];
  errors: CsvRowError[];
}

export interface CsvCaseContext {
  /** The agent the cases start with. */
  start: CsvAgent;
  /** Every agent of the workspace, the start agent included. */
  agents: CsvAgent[];
  /** The messages of the start agent's saved cases: a row repeating one is refused. */
  existing: string[][];
  /** How many more cases the agent and the workspace have room for. */
  room: number;
}

/** The header's columns: `message` (one or more, in order), `expected`, and an optional `name`. */
interface Columns {
  messages: number[];
  expected: number;
  name: number | null;
}

const NO_HANDOFF = new Set(['', 'none', 'no handoff', 'no-handoff', 'stays']);
const HEADER_HINT = 'The first line must name the columns: message,expected (and optionally name, and more message columns).';

/**
 * Reads a CSV of cases for `start`: a header row, then one case per row. Every row is checked before
 * anything is written, and each refusal names its line: an unknown expected agent, the start agent
 * itself, an empty or too long message, more fields than the header, an unclosed quote, a repeat.
 */
export function readCsvCases(text: string, context: CsvCaseContext): CsvPreview {
  const [header, ...records] = parseCsv(text);
  if (!header) return { rows: [], errors: [{ line: 1, message: `The file is empty. ${HEADER_HINT}` }] };
  const columns = readHeader(header);
  if (typeof columns === 'string') return { rows: [], errors: [{ line: header.line, message: columns }] };
  if (records.length > ROUTING_TEST_LIMITS.perAgent) {
    const message = `The file has ${formatCount(records.length)} rows: an agent holds at most ${formatCount(ROUTING_TEST_LIMITS.perAgent)} tests, so import at most that many at once.`;
    return { rows: [], errors: [{ line: header.line, message }] };
  }
  const seen = new Map<string, number>(context.existing.map((messages) => [sameMessagesKey(messages), 0]));
  const rows: CsvCaseRow[] = [];
  const errors: CsvRowError[] = [];
  for (const record of records) {
    const row = readRow(record, columns, context);
    if (typeof row === 'string') {
      errors.push({ line: record.line, message: row });
      continue;
    }
    const key = sameMessagesKey(row.messages);
    const first = seen.get(key);
    if (first !== undefined) {
      errors.push({ line: record.line, message: first === 0 ? `${context.start.name} already has a test with this message.` : `The same message as line ${first}.` });
      continue;
    }
    seen.set(key, record.line);
    if (rows.length >= context.room) {
      errors.push({ line: record.line, message: `No room: ${context.start.name} or the workspace would hold more routing tests than it can (${formatCount(ROUTING_TEST_LIMITS.perAgent)} per agent, ${formatCount(ROUTING_TEST_LIMITS.perWorkspace)} per workspace).` });
      continue;
    }
    rows.push(row);
  }
  return { rows, errors };
}

function readHeader(record: CsvRecord): Columns | string {
  if (record.problem) return `${record.problem} ${HEADER_HINT}`;
  const columns: Columns = { messages: [], expected: -1, name: null };
  for (const [index, raw] of record.fields.entries()) {
    const title = raw.trim().toLowerCase();
    if (title === 'message') columns.messages.push(index);
    else if (title === 'expected' && columns.expected === -1) columns.expected = index;
    else if (title === 'name' && columns.name === null) columns.name = index;
    else return `Column ${index + 1} is “${raw}”: ${title === 'expected' || title === 'name' ? 'a column named twice' : 'not a column this file can have'}. ${HEADER_HINT}`;
  }
  if (columns.messages.length === 0 || columns.expected === -1) return `The header names no ${columns.messages.length === 0 ? 'message' : 'expected'} column. ${HEADER_HINT}`;
  return columns;
}

function readRow(record: CsvRecord, columns: Columns, context: CsvCaseContext): CsvCaseRow | string {
  if (record.problem) return record.problem;
  const width = columns.messages.length + 1 + (columns.name === null ? 0 : 1);
  if (record.fields.length > width) {
    return `This row has ${record.fields.length} fields but the header names ${width} columns: put a message that holds a comma in double quotes.`;
  }
  const cell = (index: number) => unguardCell(record.fields[index] ?? '');
  const messages = columns.messages.map(cell).filter((message) => message.trim() !== '');
  if (messages.length === 0) return 'The message is empty.';
  const parsed = RoutingTestSchema.safeParse({ name: columns.name === null ? undefined : cell(columns.name), messages, expect: { handoffTo: null } });
  if (!parsed.success) return Object.values(fieldErrorsOf(parsed.error)).flat()[0] ?? 'This row is not a valid test.';
  const expected = resolveExpected(cell(columns.expected).trim(), context);
  if (typeof expected === 'string') return expected;
  return { line: record.line, name: parsed.data.name ?? null, messages: parsed.data.messages, expect: expected };
}

/** An agent by name or slug, any case; empty, "none" or "no handoff" mean the case must stay. */
function resolveExpected(text: string, context: CsvCaseContext): CsvCaseRow['expect'] | string {
  const lower = text.toLowerCase();
  const agent = text === '' ? undefined : context.agents.find((a) => a.name.toLowerCase() === lower || a.slug === lower || a.slug === slugify(text));
  if (!agent) {
    if (NO_HANDOFF.has(lower)) return { handoffTo: null, agentName: null };
    return `No agent “${text}” in this workspace: write an agent's name or slug, or leave expected empty (or "none") for no handoff.`;
  }
  if (agent.id === context.start.id) {
    return `These tests start with ${agent.name}, so it cannot be the agent they hand off to: leave expected empty for no handoff.`;
  }
  return { handoffTo: agent.id, agentName: agent.name };
}
