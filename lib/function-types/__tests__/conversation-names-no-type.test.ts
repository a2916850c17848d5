import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FUNCTION_TYPES } from '@/lib/domain/constants';

const CONVERSATION = join(process.cwd(), 'lib', 'conversation');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const isTest = (path: string) => /(__tests__|\.test\.tsx?$)/.test(path);

/** The turn loop asks the registry what a function does; a type's name or config schema has no place in it. */
describe('lib/conversation never names a function type', () => {
  const files = filesUnder(CONVERSATION);

  it('reads the whole folder', () => {
    expect(files.map((path) => relative(CONVERSATION, path))).toEqual(expect.arrayContaining(['run-turn.ts', 'agent-state.ts']));
  });

  it.each(files.map((path) => [relative(CONVERSATION, path), path]))('%s holds no type name nor a type’s own schema', (_name, path) => {
    const text = readFileSync(path, 'utf8');
    for (const type of FUNCTION_TYPES) expect(text).not.toContain(type);
    expect(text).not.toMatch(/\b\w*ConfigSchema\b/);
    // A source file may reach function-types only through the registry's generic modules, never a type's own.
    if (!isTest(path)) {
      for (const type of FUNCTION_TYPES) expect(text).not.toContain(`function-types/${type.replace(/_/g, '-')}`);
    }
  });
});
