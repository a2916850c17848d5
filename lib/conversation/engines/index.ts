import { getEnv, type Env } from '@/lib/env';
import { createOpenAiCompatibleEngine, type OpenAiCompatibleConfig } from './openai-compatible';
import { createSimulatedEngine } from './simulated';
import type { EngineId, LlmEngine } from './types';

export type LlmEnv = Pick<Env, 'LLM_BASE_URL' | 'LLM_API_KEY' | 'LLM_MODEL' | 'LLM_TIMEOUT_MS'>;

/**
 * Which engine the environment asks for. A partial configuration (some but not all of LLM_BASE_URL,
 * LLM_API_KEY, LLM_MODEL) does not throw: it selects the simulated model and says what is missing in
 * `problem`, which is logged once and shown beside the engine label, so the chat keeps working while
 * nobody can mistake it for the real model.
 */
export type EngineSelection =
  | { id: 'openai-compatible'; config: OpenAiCompatibleConfig }
  | { id: 'simulated'; problem?: string };

const LLM_KEYS = ['LLM_BASE_URL', 'LLM_API_KEY', 'LLM_MODEL'] as const;

/** Pure: decides from the given environment values only. */
export function selectEngineConfig(env: LlmEnv): EngineSelection {
  const { LLM_BASE_URL: baseURL, LLM_API_KEY: apiKey, LLM_MODEL: model, LLM_TIMEOUT_MS: timeoutMs } = env;
  if (baseURL && apiKey && model) {
    return { id: 'openai-compatible', config: { baseURL, apiKey, model, timeoutMs } };
  }
  const set = LLM_KEYS.filter((key) => env[key]);
  if (set.length === 0) return { id: 'simulated' };
  const missing = LLM_KEYS.filter((key) => !env[key]);
  return {
    id: 'simulated',
    problem: `${set.join(' and ')} ${set.length === 1 ? 'is' : 'are'} set but ${missing.join(' and ')} ${
      missing.length === 1 ? 'is' : 'are'
    } not, so the simulated model is used. Set all three to use an OpenAI-compatible model.`,
  };
}

/** Builds the engine a selection names; no caching, so tests can call it freely. */
export function createLlmEngine(selection: EngineSelection): LlmEngine {
  return selection.id === 'openai-compatible' ? createOpenAiCompatibleEngine(selection.config) : createSimulatedEngine();
}

// On globalThis: Next bundles this module into several server chunks (each route, the start-up warm-up),
// and all must share one engine, so the encoder loads once and one warm-up serves every route.
const shared = globalThis as unknown as { switchboardLlmEngine?: { engine: LlmEngine; problem?: string } };

function load(): { engine: LlmEngine; problem?: string } {
  if (shared.switchboardLlmEngine) return shared.switchboardLlmEngine;
  const selection = selectEngineConfig(getEnv());
  const problem = selection.id === 'simulated' ? selection.problem : undefined;
  if (problem) console.warn(`LLM engine: ${problem}`);
  shared.switchboardLlmEngine = { engine: createLlmEngine(selection), problem };
  return shared.switchboardLlmEngine;
}

/** The process-wide LLM engine: OpenAI-compatible when LLM_BASE_URL, LLM_API_KEY and LLM_MODEL are set. */
export function getLlmEngine(): LlmEngine {
  return load().engine;
}

/** What the chat page shows: which engine answers, and why it is not the configured one if so. */
export function describeLlmEngine(): { id: EngineId; label: string; problem?: string } {
  const { engine, problem } = load();
  return { id: engine.id, label: engine.label, ...(problem ? { problem } : {}) };
}
