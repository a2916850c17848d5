import { FUNCTION_TYPES, type FunctionType } from '@/lib/domain/constants';
import { getFunctionType } from './registry';

const isFunctionType = (value: unknown): value is FunctionType => typeof value === 'string' && (FUNCTION_TYPES as readonly string[]).includes(value);

/** A function's config as anyone may read it: its type's secrets (header values) blanked. */
export function redactConfig(type: FunctionType, config: Record<string, unknown>, purpose: 'view' | 'export' = 'view'): Record<string, unknown> {
  return getFunctionType(type).redactSecrets?.(config, purpose) ?? config;
}

/**
 * Any object shaped like a function row (`type` and `config`) with its secrets blanked; anything else
 * as it is. What API answers and audit snapshots carry.
 */
export function redactFunctionSecrets<T extends object>(row: T): T {
  const candidate = row as { type?: unknown; config?: unknown };
  if (!isFunctionType(candidate.type) || typeof candidate.config !== 'object' || candidate.config === null) return row;
  return { ...row, config: redactConfig(candidate.type, candidate.config as Record<string, unknown>) };
}
