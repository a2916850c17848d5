import type { FunctionType, Phase } from '@/lib/domain/constants';
import type { LlmTool } from '@/lib/domain/llm-tool';
import { getFunctionType, type AnyDefinition, type FunctionTypeLookup } from './registry';
import type { SessionAgent } from './types';

/** LLM tools are offered while an agent holds the conversation; the other phases run no tools. */
const TOOL_PHASE: Phase = 'during_session';

/**
 * Whether a function of this type in this phase is an LLM tool at all (what "View tool" shows): the
 * tool phase, and a type that says what a call does. Pre- and Post-Session functions run, unasked.
 */
export function isLlmTool(definition: Pick<AnyDefinition, 'onCall'>, phase: Phase): boolean {
  return phase === TOOL_PHASE && definition.onCall !== undefined;
}

/** An enabled function as it may become a tool: its type, phase and config, and the agent it leads to. */
export interface ToolSource {
  id: string;
  type: FunctionType;
  phase: Phase;
  config: Record<string, unknown>;
  target: SessionAgent | null | undefined;
}

/** A tool the LLM may call this turn, with what calling it does. Plain data but for the type's onCall. */
export interface OfferedTool {
  name: string;
  functionId: string;
  tool: LlmTool;
  /** The function's config as its type parsed it, and the agent it leads to: what onCall reads. */
  config: Record<string, unknown>;
  target: SessionAgent | null;
  /** The type's own onCall (one shared reference per type, so two readings of a state compare equal). */
  onCall: NonNullable<AnyDefinition['onCall']>;
  /** Its result goes back to the LLM (the type's callReturnsResult): such calls are capped per message. */
  returnsResult: boolean;
}

/**
 * The tools these functions offer, in their order, each built by its type: a function is offered when
 * it sits in the tool phase, its stored config still parses, its type makes a tool and says what a call
 * does, and the agent it leads to (if any) is there. Shared by the turn loop and routing test runs.
 */
export function offeredTools(functions: readonly ToolSource[], lookup: FunctionTypeLookup = getFunctionType): OfferedTool[] {
  const tools: OfferedTool[] = [];
  for (const fn of functions) {
    const definition = lookup(fn.type);
    if (!isLlmTool(definition, fn.phase) || !definition.onCall) continue;
    const parsed = definition.configSchema.safeParse(fn.config);
    if (!parsed.success) continue;
    const target = fn.target ? toSessionAgent(fn.target) : null;
    if (definition.targetAgentId(parsed.data) !== null && !target) continue;
    const tool = definition.toTool(parsed.data, target);
    if (!tool) continue;
    tools.push({
      name: tool.definition.function.name,
      functionId: fn.id,
      tool,
      config: parsed.data,
      target,
      onCall: definition.onCall,
      returnsResult: definition.callReturnsResult === true,
    });
  }
  return tools;
}

/** Only what a conversation reads of an agent, so states built from different rows compare equal. */
function toSessionAgent(row: SessionAgent): SessionAgent {
  return { id: row.id, name: row.name, slug: row.slug, description: row.description, greeting: row.greeting };
}
