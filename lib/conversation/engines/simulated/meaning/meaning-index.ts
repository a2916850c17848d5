import { isHandoffWordingStem } from '@/lib/text/handoff-wording';
import { descriptionSegments } from '@/lib/text/segments';
import { contentTerms } from '@/lib/text/terms';
import type { EngineAgent, EngineTool } from '../../types';
import { LruCache } from '../lru-cache';
import { toolDescription, toolLabel } from '../tool-profile';
import { similarity, type SentenceEncoder } from './encoder';
import { trainExampleClassifier, type ExampleClassifier } from './example-classifier';
import { SMALL_TALK } from './small-talk';

/** One text a tool is embedded as: its whole description, or one of its items, with the team name. */
export interface Passage {
  /** What is embedded ("Roadside: has a flat tyre"). */
  text: string;
  /** What explanations quote ("has a flat tyre"). */
  shown: string;
  vector: Float32Array;
  /** One of the admin's example customer messages, rather than part of the description. */
  example?: boolean;
}

/** How close the message is in meaning to one tool: its closest passage. */
export interface MeaningMatch {
  similarity: number;
  passage: string;
  /** With examples: how close the message is to the examples (its nearest ones), and the closest. */
  example?: { similarity: number; text: string };
  /** With examples: the few-shot classifier's probability that the message is this tool's. */
  probability?: number;
}

export interface MeaningIndex {
  /** Every passage of every offered tool, one unit vector per row of `dimensions` numbers. */
  vectors: Float32Array;
  dimensions: number;
  /** Per row: which tool (position in the offered list) and what explanations quote. */
  owners: Int32Array;
  /** Per row: 1 when the row is an example message. */
  examples: Uint8Array;
  shown: string[];
  toolCount: number;
  /** The current agent's own name and description, whole and item by item: what it answers itself. */
  agent: Float32Array[];
  /** Greetings, thanks and questions about the agent (small-talk.ts): what any agent keeps. */
  smallTalk: Float32Array[];
  /** Trained on every row when some tool has example messages (example-classifier.ts). */
  classifier?: ExampleClassifier;
}

/**
 * What a tool is embedded as: the description whole, and, when it lists several situations, each
 * item that names a topic, prefixed with the team's name ("Claims: water damage"). A message close to
 * any one of them is close to the tool. The target agent's own description is not embedded: when to
 * hand off is what the admin's description says (with it, "Do you sell frying pans?" went to a
 * "Cookware specialist" whose handoff was for delivery slots); leaving it out changed no benchmark case.
 */
export function toolPassages(tool: EngineTool): { text: string; shown: string; example?: boolean }[] {
  const description = toolDescription(tool);
  const label = toolLabel(tool);
  const passages: { text: string; shown: string }[] = [];
  if (description.trim()) passages.push({ text: description.trim(), shown: description.trim() });
  const items = descriptionSegments(description);
  // "Transfer to bookings" says nothing the team's name does not: only items with a topic word.
  const labelStems = new Set(contentTerms(label));
  const topical = (item: string) => contentTerms(item).some((stem) => !isHandoffWordingStem(stem) && !labelStems.has(stem));
  if (items.length > 1) passages.push(...items.filter(topical).map((item) => ({ text: `${label}: ${item}`, shown: item })));
  if (passages.length === 0) passages.push({ text: label, shown: label });
  return [...passages, ...examplePassages(tool)];
}

/** Most examples a tool is embedded with (the handoff configuration allows 50). */
const MOST_EXAMPLES = 50;

/** The admin's example messages, each embedded as it is written: customers write like examples. */
function examplePassages(tool: EngineTool): { text: string; shown: string; example: true }[] {
  const seen = new Set<string>();
  const passages: { text: string; shown: string; example: true }[] = [];
  for (const raw of tool.hints?.examples ?? []) {
    const text = raw.replace(/\s+/g, ' ').trim();
    if (!text || seen.has(text.toLowerCase())) continue;
    seen.add(text.toLowerCase());
    passages.push({ text, shown: text, example: true });
    if (passages.length >= MOST_EXAMPLES) break;
  }
  return passages;
}

// Per tool text, so a configuration change re-embeds only the tools that changed. A tool's passages
// are embedded together in one call and only with each other, so its vectors depend on its own text
// alone (an encoder's batch can shift the last digits) and decisions stay reproducible. With a store
// (embedding-store.ts) the vectors of configuration texts also outlive the process: a kept vector is
// read back exactly, and only a tool's passages the store lacks are embedded (together).
interface Caches {
  tools: LruCache<string, Promise<Passage[]>>;
  agents: LruCache<string, Promise<Float32Array[]>>;
  smallTalk?: Promise<Float32Array[]>;
  // The same message is often decided twice (by the agent it was handed to, or a replay).
  messages: LruCache<string, Promise<Float32Array>>;
  // One flattened index per configuration (the word index object stands for it) and agent text.
  configurations: WeakMap<object, Map<string, Promise<MeaningIndex>>>;
}

// Vectors belong to the encoder that made them.
const cachesByEncoder = new WeakMap<SentenceEncoder, Caches>();

function cachesOf(encoder: SentenceEncoder): Caches {
  let caches = cachesByEncoder.get(encoder);
  if (!caches) {
    caches = { tools: new LruCache(2_000), agents: new LruCache(200), messages: new LruCache(256), configurations: new WeakMap() };
    cachesByEncoder.set(encoder, caches);
  }
  return caches;
}

/** What a tool's passages are made of: its label, its description and its examples. */
function toolKey(tool: EngineTool): string {
  return JSON.stringify([toolLabel(tool), toolDescription(tool), tool.hints?.examples ?? []]);
}

function cached<T>(cache: LruCache<string, Promise<T>>, key: string, create: () => Promise<T>): Promise<T> {
  const found = cache.get(key);
  if (found) return found;
  const made = create();
  cache.set(key, made);
  // A failed embedding is not remembered: the next decision tries again.
  made.catch(() => {
    if (cache.get(key) === made) cache.delete(key);
  });
  return made;
}

/** Configuration texts (tools, agents, small talk): through the encoder's store when it has one. */
function embedKept(encoder: SentenceEncoder, texts: readonly string[]): Promise<Float32Array[]> {
  return encoder.embedKept ? encoder.embedKept(texts) : encoder.embed(texts);
}

async function embedOne(encoder: SentenceEncoder, text: string): Promise<Float32Array> {
  const [vector] = await encoder.embed([text]);
  if (!vector) throw new Error('The sentence encoder returned no vector');
  return vector;
}

/** The current agent's text as the encoder sees it. */
export function agentText(agent: EngineAgent): string {
  const description = agent.description.trim();
  return description ? `${agent.name}. ${description}` : agent.name;
}

/** The agent embedded as tools are: its name and description whole, and each item of its description. */
export function agentPassages(agent: EngineAgent): string[] {
  const items = descriptionSegments(agent.description);
  return [agentText(agent), ...(items.length > 1 ? items.map((item) => `${agent.name}: ${item}`) : [])];
}

function smallTalkVectors(encoder: SentenceEncoder): Promise<Float32Array[]> {
  const caches = cachesOf(encoder);
  const made = (caches.smallTalk ??= embedKept(encoder, SMALL_TALK));
  made.catch(() => {
    if (caches.smallTalk === made) caches.smallTalk = undefined;
  });
  return made;
}

async function buildMeaningIndex(encoder: SentenceEncoder, agent: EngineAgent, tools: readonly EngineTool[]): Promise<MeaningIndex> {
  const passages = agentPassages(agent);
  const agentVectors = cached(cachesOf(encoder).agents, JSON.stringify(passages), () => embedKept(encoder, passages));
  const toolPassageSets = tools.map((tool) =>
    cached(cachesOf(encoder).tools, toolKey(tool), async () => {
      const passages = toolPassages(tool);
      const vectors = await embedKept(encoder, passages.map((passage) => passage.text));
      return passages.map((passage, i) => ({ ...passage, vector: vectors[i] ?? new Float32Array() }));
    }),
  );
  const [agentEmbeddings, smallTalk, ...perTool] = await Promise.all([agentVectors, smallTalkVectors(encoder), ...toolPassageSets]);
  const dimensions = agentEmbeddings[0]?.length ?? 0;
  const rows = perTool.reduce((sum, passages) => sum + passages.length, 0);
  const vectors = new Float32Array(rows * dimensions);
  const owners = new Int32Array(rows);
  const examples = new Uint8Array(rows);
  const shown: string[] = [];
  let row = 0;
  perTool.forEach((passages, tool) => {
    for (const passage of passages) {
      vectors.set(passage.vector.subarray(0, dimensions), row * dimensions);
      owners[row] = tool;
      examples[row] = passage.example ? 1 : 0;
      shown.push(passage.shown);
      row++;
    }
  });
  const index: MeaningIndex = { vectors, dimensions, owners, examples, shown, toolCount: tools.length, agent: agentEmbeddings, smallTalk };
  const classifier = examples.includes(1) ? await exampleClassifier(index) : undefined;
  return classifier ? { ...index, classifier } : index;
}

/**
 * The classifier of a configuration with examples: every row (examples and description passages alike)
 * labelled with its tool. Built with the index, so it is cached with it, once per configuration.
 */
function exampleClassifier(index: MeaningIndex): Promise<ExampleClassifier | undefined> {
  const { vectors, dimensions, owners, shown } = index;
  const points = shown.map((text, row) => ({ vector: vectors.subarray(row * dimensions, (row + 1) * dimensions), text, label: owners[row] as number }));
  return trainExampleClassifier(points, index.toolCount);
}

/**
 * The tools and agent embedded: built once per configuration (`configuration` is an object that
 * stands for it, such as the word index of the same tools) and reused; each tool's passages come
 * from cache when its text was seen before, so a changed configuration re-embeds only changed tools.
 */
export function meaningIndex(
  encoder: SentenceEncoder,
  agent: EngineAgent,
  tools: readonly EngineTool[],
  configuration?: object,
): Promise<MeaningIndex> {
  if (!configuration) return buildMeaningIndex(encoder, agent, tools);
  const { configurations } = cachesOf(encoder);
  let byAgent = configurations.get(configuration);
  if (!byAgent) configurations.set(configuration, (byAgent = new Map()));
  const key = agentText(agent);
  const found = byAgent.get(key);
  if (found) return found;
  const made = buildMeaningIndex(encoder, agent, tools);
  byAgent.set(key, made);
  const entries = byAgent;
  made.catch(() => entries.delete(key));
  return made;
}

/** The message embedded on its own (cached by its exact text). */
export function messageVector(encoder: SentenceEncoder, text: string): Promise<Float32Array> {
  return cached(cachesOf(encoder).messages, text, () => embedOne(encoder, text));
}

/** Forgets an encoder's embedded messages, so a benchmark measures embedding rather than the cache. */
export function forgetMessageVectors(encoder: SentenceEncoder): void {
  cachesOf(encoder).messages.clear();
}

/** The message's closeness to each tool, to the current agent's own subject, and to small talk. */
export interface MeaningSignals {
  tools: MeaningMatch[];
  agent: number;
  smallTalk?: number;
}

/** How many of a tool's nearest examples are averaged: one close example may be a coincidence. */
const NEAREST_EXAMPLES = 2;

function nearestMean(similarities: number[]): number {
  similarities.sort((a, b) => b - a);
  const nearest = similarities.slice(0, NEAREST_EXAMPLES);
  return nearest.reduce((sum, value) => sum + value, 0) / nearest.length;
}

/**
 * Each tool's closest description passage to the message, how close its examples are (the mean of
 * the nearest two), the classifier's probability for it when there is one (it reads the message's
 * `text` too), and the message's closeness to the agent itself.
 */
export function meaningMatches(index: MeaningIndex, message: Float32Array, text = ''): MeaningSignals {
  const { vectors, dimensions, owners, shown, examples } = index;
  const best = new Float64Array(index.toolCount).fill(-Infinity);
  const bestRow = new Int32Array(index.toolCount).fill(-1);
  const exampleSimilarities: number[][] = Array.from({ length: index.toolCount }, () => []);
  const bestExampleRow = new Int32Array(index.toolCount).fill(-1);
  const bestExample = new Float64Array(index.toolCount).fill(-Infinity);
  for (let row = 0; row < owners.length; row++) {
    let dot = 0;
    const offset = row * dimensions;
    for (let i = 0; i < dimensions; i++) dot += (vectors[offset + i] as number) * (message[i] as number);
    const tool = owners[row] as number;
    if (examples[row]) {
      (exampleSimilarities[tool] as number[]).push(dot);
      if (dot > (bestExample[tool] as number)) {
        bestExample[tool] = dot;
        bestExampleRow[tool] = row;
      }
    } else if (dot > (best[tool] as number)) {
      best[tool] = dot;
      bestRow[tool] = row;
    }
  }
  const probabilities = index.classifier?.probabilities(message, text);
  const tools = Array.from({ length: index.toolCount }, (_, tool): MeaningMatch => {
    const row = bestRow[tool] as number;
    const match: MeaningMatch = row < 0 ? { similarity: 0, passage: '' } : { similarity: best[tool] as number, passage: shown[row] ?? '' };
    const exampleRow = bestExampleRow[tool] as number;
    if (exampleRow >= 0) match.example = { similarity: nearestMean(exampleSimilarities[tool] as number[]), text: shown[exampleRow] ?? '' };
    const probability = probabilities?.[tool];
    if (probability !== undefined) match.probability = probability;
    return match;
  });
  const closest = (vectors: Float32Array[]) => Math.max(0, ...vectors.map((vector) => similarity(message, vector)));
  return { tools, agent: closest(index.agent), smallTalk: closest(index.smallTalk) };
}

/**
 * Embeds messages ahead of the decisions that will read them (a routing test run), several per
 * encoder call, into the cache `messageVector` reads. Vectors of one call can differ from one-by-one
 * vectors in the last digits (about 1e-7), far below what any decision compares.
 */
export async function primeMessageVectors(encoder: SentenceEncoder, texts: readonly string[]): Promise<void> {
  const { messages } = cachesOf(encoder);
  const missing = [...new Set(texts)].filter((text) => text.trim() && !messages.get(text));
  if (missing.length === 0) return;
  const vectors = encoder.embed(missing);
  missing.forEach((text, index) =>
    cached(messages, text, async () => {
      const vector = (await vectors)[index];
      if (!vector) throw new Error('The sentence encoder returned no vector');
      return vector;
    }),
  );
  await vectors;
}
