import type { EngineTool } from '../types';
import { SCORING } from './config';
import { LruCache } from './lru-cache';
import { addText, createTermBag, type TermBag } from './term-bag';

/** A tool's text analysed once: its name, who it leads to, and the weighted terms it is about. */
export interface ToolProfile {
  name: string;
  /** The target agent's name, or a readable form of the tool name. */
  label: string;
  bag: TermBag;
}

// Enough for every tool of a large workspace; a profile is a few kilobytes.
const profiles = new LruCache<string, ToolProfile>(2_000);

/** "transfer_to_payments" / "transferToPayments" → "transfer to payments". */
export function readableToolName(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_\-.]+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * The admin's description of when to hand off: `hints.description` when the registry sent it (the
 * definition's description may carry appended example messages, which are read as examples instead).
 */
export function toolDescription(tool: EngineTool): string {
  return tool.hints?.description ?? tool.definition.function.description;
}

/** Who a tool leads to, for people: the target agent's name, or a readable form of the tool name. */
export function toolLabel(tool: EngineTool): string {
  const targetName = tool.hints?.targetName?.trim();
  if (targetName) return targetName;
  const name = readableToolName(tool.definition.function.name).replace(/^(transfer|hand ?off|route|handoff) to /, '');
  return name.charAt(0).toUpperCase() + name.slice(1);
}

function buildProfile(tool: EngineTool): ToolProfile {
  const { name } = tool.definition.function;
  const description = toolDescription(tool);
  const { fields } = SCORING;
  const bag = createTermBag();
  addText(bag, description, fields.description, true);
  // The tool name mostly repeats the target's name; read it only when there is no name hint. Names
  // are not expanded: their words are labels ("Moves", "Support"), whose main senses mislead.
  if (tool.hints?.targetName) addText(bag, tool.hints.targetName, fields.targetName, false);
  else addText(bag, readableToolName(name), fields.toolName, false);
  if (tool.hints?.targetDescription) addText(bag, tool.hints.targetDescription, fields.targetDescription, true);
  // The admin's example messages are written in the customers' own words ("payee", "lock my card"),
  // which the description often lacks. Each counts for little, and without WordNet relatives: thirty
  // casual phrases expanded would match almost anything.
  for (const example of tool.hints?.examples ?? []) addText(bag, example, fields.example, false, true);
  return { name, label: toolLabel(tool), bag };
}

/** The tool's profile, analysed on first sight of this exact text and then reused. */
export function toolProfile(tool: EngineTool): ToolProfile {
  const { name } = tool.definition.function;
  const key = JSON.stringify([name, toolDescription(tool), tool.hints?.targetName ?? '', tool.hints?.targetDescription ?? '', tool.hints?.examples ?? []]);
  return profiles.getOrCreate(key, () => buildProfile(tool));
}
