import { HANDOFF_WORDING } from '@/lib/text/handoff-wording';
import type { EngineAgent, EngineTool } from '../types';
import { LruCache } from './lru-cache';
import { addText, createTermBag, type Evidence, type TermBag } from './term-bag';
import { toolProfile, type ToolProfile } from './tool-profile';

/** The offered tools analysed together: what BM25 needs besides each tool's own terms. */
export interface ToolSetIndex {
  profiles: ToolProfile[];
  /** In how many documents (tools plus background texts) each key occurs; a relative counts partly. */
  documentFrequency: Map<string, number>;
  documents: number;
  averageLength: number;
  /**
   * Key → the tools whose text offers it, so a message only touches the tools it matches. The
   * current agent's own description is posted too, as tool number `profiles.length` (see `own`).
   */
  postings: Map<string, { tool: number; evidence: Evidence }[]>;
  /** The current agent's own description, scored like a tool: what it answers itself. */
  own: TermBag;
}

// One entry per agent configuration in use; a configuration change makes a new key.
const indexes = new LruCache<string, ToolSetIndex>(200);

let wordingBag: TermBag | undefined;

function wordingOfHandoffs(): TermBag {
  if (!wordingBag) {
    wordingBag = createTermBag();
    addText(wordingBag, HANDOFF_WORDING, 1, false);
  }
  return wordingBag;
}

function countDocument(documentFrequency: Map<string, number>, bag: TermBag, copies: number): void {
  for (const [key, evidence] of bag.entries) {
    // A word merely related to a tool's text should not make the word look common across tools.
    const share = evidence.exact > 0 ? 1 : Math.min(1, evidence.related);
    documentFrequency.set(key, (documentFrequency.get(key) ?? 0) + share * copies);
  }
}

function buildIndex(profiles: ToolProfile[], agent: EngineAgent): ToolSetIndex {
  const documentFrequency = new Map<string, number>();
  for (const profile of profiles) countDocument(documentFrequency, profile.bag, 1);
  // Template wording could appear in every description, so it counts once per tool.
  countDocument(documentFrequency, wordingOfHandoffs(), profiles.length);
  // The current agent's own text says what the conversation is generally about, not where to go.
  const agentBag = createTermBag();
  addText(agentBag, `${agent.description}\n${agent.instructions}`, 1, false);
  countDocument(documentFrequency, agentBag, 1);
  // Its subject, read like a handoff description (instructions are mostly about manner).
  const own = createTermBag();
  addText(own, agent.description, 1, true);
  const totalLength = profiles.reduce((sum, profile) => sum + profile.bag.length, 0);
  const postings = new Map<string, { tool: number; evidence: Evidence }[]>();
  [...profiles.map((profile) => profile.bag), own].forEach((bag, tool) => {
    for (const [key, evidence] of bag.entries) {
      let list = postings.get(key);
      if (!list) postings.set(key, (list = []));
      list.push({ tool, evidence });
    }
  });
  return {
    profiles,
    postings,
    own,
    documentFrequency,
    documents: 2 * profiles.length + 1,
    averageLength: profiles.length > 0 ? totalLength / profiles.length : 1,
  };
}

/** The index for this agent and tool set, built once per distinct configuration and then reused. */
export function toolSetIndex(agent: EngineAgent, tools: readonly EngineTool[]): ToolSetIndex {
  const key = JSON.stringify([
    agent.description,
    agent.instructions,
    ...tools.map((tool) => [tool.definition.function.name, tool.definition.function.description, tool.hints]),
  ]);
  return indexes.getOrCreate(key, () => buildIndex(tools.map((tool) => toolProfile(tool)), agent));
}

/** BM25's inverse document frequency scaled to 0..1, so a word unique to one tool weighs 1 at any N. */
export function inverseDocumentFrequency(index: ToolSetIndex, key: string): number {
  const n = index.documentFrequency.get(key) ?? 0;
  const N = index.documents;
  const idf = (count: number) => Math.log(1 + (N - count + 0.5) / (count + 0.5));
  return Math.min(1, idf(n) / idf(1));
}
