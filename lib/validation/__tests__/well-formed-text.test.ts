import { describe, expect, it } from 'vitest';
import { findIllFormedText } from '../well-formed-text';

describe('findIllFormedText', () => {
  it('is null for well-formed text, paired surrogates included', () => {
    expect(findIllFormedText({ name: 'Billing 😀', config: { tags: ['a', 'é'], n: 1, ok: true, none: null } })).toBeNull();
  });

  it('names the path of the first lone surrogate, in a value or in a key', () => {
    expect(findIllFormedText({ name: 'x\uD800' })).toBe('name');
    expect(findIllFormedText({ config: { description: '\uDFFFx' } })).toBe('config.description');
    expect(findIllFormedText({ functions: [{}, { config: { ['k\uD83D']: 1 } }] })).toBe('functions.1.config.k\uFFFD');
    expect(findIllFormedText('\uD800')).toBe('_form');
  });

  it('walks JSON nested 100,000 deep without overflowing the stack', () => {
    const depth = 100_000;
    const deep = JSON.parse(`${'{"a":'.repeat(depth)}"\\ud800"${'}'.repeat(depth)}`);
    expect(findIllFormedText(deep)?.split('.')).toHaveLength(depth);
    expect(findIllFormedText(JSON.parse(`${'['.repeat(depth)}${']'.repeat(depth)}`))).toBeNull();
  });
});
