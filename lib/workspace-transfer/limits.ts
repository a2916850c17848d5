import { AGENT_LIMITS } from '@/lib/agents/schema';
import { PHASES, type FunctionType } from '@/lib/domain/constants';
import { WORKSPACE_LIMITS, type WorkspaceLimits } from '@/lib/domain/workspace-limits';
import { HANDOFF_LIMITS } from '@/lib/function-types/agent-handoff-config';
import { CUSTOM_FUNCTION_LIMITS } from '@/lib/function-types/custom-function-config';
import { END_SESSION_LIMITS } from '@/lib/function-types/end-session-config';
import { ROUTING_TEST_LIMITS } from '@/lib/routing-tests/limits';
import { MAX_SLUG_LENGTH, WORKSPACE_FORMAT, WORKSPACE_FORMAT_VERSION, type ExportedWorkspace } from './document-schema';
import { prettyJson } from './pretty-json';

const MB = 1024 * 1024;
/** JSON writes a control character (or a lone surrogate) as `\u001f`: 6 bytes, the most one UTF-16 unit can take. */
const COSTLIEST_CHARACTER = '\u001f';
/**
 * An example refuses control characters and lone surrogates, so JSON spends at most 3 bytes on one of
 * its UTF-16 units: UTF-8's 3 bytes of a character from U+0800 up, such as this one.
 */
const COSTLIEST_EXAMPLE_CHARACTER = '€';
/** TOOL_NAME_PATTERN's {1,64}. */
const TOOL_NAME_MAX = 64;

const text = (length: number) => COSTLIEST_CHARACTER.repeat(length);
/** Text that refuses control characters: 3 bytes a unit at most. */
const plainText = (length: number) => COSTLIEST_EXAMPLE_CHARACTER.repeat(length);
const longestSlug = 'a'.repeat(MAX_SLUG_LENGTH);

/** Each type's biggest storable config. Keyed by every type, so a new type cannot be left out. */
export const LARGEST_CONFIGS: Record<FunctionType, Record<string, unknown>> = {
  agent_handoff: {
    description: text(HANDOFF_LIMITS.description),
    toolName: 'x'.repeat(TOOL_NAME_MAX),
    transferMessage: text(HANDOFF_LIMITS.transferMessage),
    greetOnArrival: false,
    context: { mode: 'last_n', lastN: HANDOFF_LIMITS.lastN },
    // Export writes the list even when empty; each example in it is counted on its own (LARGEST_EXAMPLE).
    examples: [],
  },
  end_session: { description: text(END_SESSION_LIMITS.description), closingMessage: text(END_SESSION_LIMITS.closingMessage) },
  // Header values never travel (needsSecret instead); the URL and names are ASCII, and its texts refuse
  // control characters (at most 3 bytes a unit), by its schema. Its limits keep it no larger than a
  // handoff's, so Custom Functions leave the import limit where it was.
  custom_function: {
    name: 'x'.repeat(TOOL_NAME_MAX),
    description: plainText(CUSTOM_FUNCTION_LIMITS.description),
    // Names and values must differ (repeats are refused or dropped): each ends in its own character.
    parameters: Array.from({ length: CUSTOM_FUNCTION_LIMITS.parameters }, (_, i) => ({
      name: 'p'.repeat(CUSTOM_FUNCTION_LIMITS.parameterName - 1) + i,
      type: 'enum',
      description: plainText(CUSTOM_FUNCTION_LIMITS.parameterDescription),
      required: false,
      values: Array.from({ length: CUSTOM_FUNCTION_LIMITS.enumValues }, (_, j) => plainText(CUSTOM_FUNCTION_LIMITS.enumValue - 1) + String.fromCharCode(0x4e00 + j)),
    })),
    url: `https://h.io/${'p'.repeat(CUSTOM_FUNCTION_LIMITS.url - 'https://h.io/'.length)}`,
    headers: Array.from({ length: CUSTOM_FUNCTION_LIMITS.headers }, (_, i) => ({ name: 'h'.repeat(CUSTOM_FUNCTION_LIMITS.headerName - 1) + i, value: '', needsSecret: true })),
    timeoutMs: CUSTOM_FUNCTION_LIMITS.maxTimeoutMs,
    errorMessage: plainText(CUSTOM_FUNCTION_LIMITS.errorMessage),
    mode: 'background',
  },
};

/** The biggest example customer message a handoff can hold. */
export const LARGEST_EXAMPLE = COSTLIEST_EXAMPLE_CHARACTER.repeat(HANDOFF_LIMITS.example);

type ExportedAgent = ExportedWorkspace['agents'][number];
type ExportedFunction = ExportedWorkspace['functions'][number];

export const LARGEST_AGENT: ExportedAgent = {
  slug: longestSlug,
  name: text(AGENT_LIMITS.name),
  description: text(AGENT_LIMITS.description),
  instructions: text(AGENT_LIMITS.instructions),
  greeting: text(AGENT_LIMITS.greeting),
};

const bytesOf = (value: string) => new TextEncoder().encode(value).length;

function largestFunction(): ExportedFunction {
  const longestPhase = [...PHASES].sort((a, b) => b.length - a.length)[0] as ExportedFunction['phase'];
  const candidates = (Object.keys(LARGEST_CONFIGS) as FunctionType[]).map(
    (type): ExportedFunction => ({ agent: longestSlug, phase: longestPhase, type, target: longestSlug, enabled: false, config: LARGEST_CONFIGS[type] }),
  );
  return candidates.sort((a, b) => bytesOf(prettyJson(b)) - bytesOf(prettyJson(a)))[0] as ExportedFunction;
}
export const LARGEST_FUNCTION = largestFunction();

type ExportedTest = ExportedWorkspace['tests'][number];

/**
 * The biggest test a file can hold: a full name, and the most messages sharing a case's characters
 * (each message costs its quotes and indent on top of its text, so more messages cost more).
 */
export const LARGEST_TEST: ExportedTest = {
  agent: longestSlug,
  name: text(ROUTING_TEST_LIMITS.name),
  messages: Array.from({ length: ROUTING_TEST_LIMITS.messages }, () => text(Math.floor(ROUTING_TEST_LIMITS.caseLength / ROUTING_TEST_LIMITS.messages))),
  expect: { handoffTo: longestSlug },
};

/**
 * The most bytes an export of a workspace holding `limits` can take. Every entry is at its largest and
 * the file is pretty-printed as export writes it. Each extra entry adds the same bytes, so a few small
 * documents give the exact cost per agent, function and test. An example costs the most as the first
 * of its handoff's list (it also opens the list onto lines), so every example is counted at that cost.
 */
export function largestExportBytes(limits: WorkspaceLimits, tests: number = ROUTING_TEST_LIMITS.perWorkspace): number {
  const size = (agents: number, functions: number, testCount: number, examples = 0) =>
    bytesOf(
      prettyJson({
        format: WORKSPACE_FORMAT,
        version: WORKSPACE_FORMAT_VERSION,
        exportedAt: new Date(8.64e15).toISOString(), // the last date a Date holds: the longest ISO string
        agents: Array<ExportedAgent>(agents).fill(LARGEST_AGENT),
        functions: Array<ExportedFunction>(functions).fill(withExamples(examples)),
        tests: Array<ExportedTest>(testCount).fill(LARGEST_TEST),
      } satisfies ExportedWorkspace),
    );
  const base = size(1, 1, 0);
  const perAgent = size(2, 1, 0) - base;
  const perFunction = size(1, 2, 0) - base;
  const perExample = size(1, 1, 0, 1) - base;
  // The first test replaces `[]`; each one after it adds the same bytes.
  const testBytes = tests === 0 ? 0 : size(1, 1, 1) - base + (tests - 1) * (size(1, 1, 2) - size(1, 1, 1));
  const more = (count: number) => Math.max(count, 1) - 1;
  return base + more(limits.agents) * perAgent + more(limits.functions) * perFunction + limits.examples * perExample + testBytes;
}

/** LARGEST_FUNCTION with `count` of the largest examples (its type has examples: a handoff). */
function withExamples(count: number): ExportedFunction {
  if (count === 0) return LARGEST_FUNCTION;
  return { ...LARGEST_FUNCTION, config: { ...LARGEST_FUNCTION.config, examples: Array<string>(count).fill(LARGEST_EXAMPLE) } };
}

/**
 * The import's body limit (413 past it; the upload form checks first too). It is computed, not picked:
 * the largest export a full workspace can produce, rounded up to a whole MB. That export has every field
 * at its maximum length, every character costing JSON's 6 bytes, and the file pretty-printed. At
 * WORKSPACE_LIMITS and ROUTING_TEST_LIMITS that is 298 MB (129 MB of agents and functions, 44 MB of
 * handoff examples, the rest routing tests); real exports are far smaller. Other routes keep their 1 MB.
 */
export const MAX_IMPORT_BYTES = Math.ceil(largestExportBytes(WORKSPACE_LIMITS) / MB) * MB;
/** "298 MB", as the refusal and the upload form say it. */
export const MAX_IMPORT_SIZE_LABEL = `${MAX_IMPORT_BYTES / MB} MB`;
