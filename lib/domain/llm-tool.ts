/**
 * The tool shape an LLM is offered. It lives low so the function-type registry (which builds tools)
 * and the engines (which send them) both depend on it, and neither on the other.
 */

/** A JSON Schema object, as OpenAI function parameters are written. */
export interface JsonSchemaObject {
  type: 'object';
  properties: Record<string, { type: string; description?: string; enum?: string[] }>;
  required?: string[];
  additionalProperties?: boolean;
}

/** A tool exactly as an OpenAI-compatible Chat Completions endpoint receives it. */
export interface LlmToolDefinition {
  type: 'function';
  function: { name: string; description: string; parameters: JsonSchemaObject };
}

/** A tool offered for one decision. */
export interface LlmTool {
  definition: LlmToolDefinition;
  /** Extra text about where the tool leads (the target agent). Only the simulated model reads it. */
  hints?: {
    targetName?: string;
    targetDescription?: string;
    /** The admin's own description: `definition.function.description` may have examples appended to it. */
    description?: string;
    /** The admin's example customer messages for this tool (few-shot evidence for the simulated model). */
    examples?: string[];
  };
}
