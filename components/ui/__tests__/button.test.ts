import { describe, expect, it } from 'vitest';
import { buttonClasses, type ButtonSize, type ButtonVariant } from '../button';

const VARIANTS: ButtonVariant[] = ['primary', 'secondary', 'danger', 'ghost', 'ghost-danger'];
const SIZES: ButtonSize[] = ['md', 'sm', 'xs'];

/**
 * Which utilities set the same thing. Tailwind orders its CSS by utility, not by the order in the class
 * attribute, so of two classes in one group the winner is not the one written last.
 */
const GROUPS: Record<string, RegExp> = {
  'padding-x': /^(px|p)-/,
  'padding-y': /^(py|p)-/,
  'font-size': /^text-(xs|sm|base|lg|xl)$/,
  'text-color': /^text-(white|black|[a-z]+-\d{2,3})$/,
  background: /^bg-/,
  display: /^(hidden|block|inline|inline-block|flex|inline-flex|grid)$/,
};

/** The groups `classes` sets more than once, outside any variant (`hover:`, `disabled:`). */
function conflicts(classes: string): string[] {
  const plain = classes.split(/\s+/).filter((name) => name && !name.includes(':'));
  return Object.entries(GROUPS)
    .filter(([, pattern]) => plain.filter((name) => pattern.test(name)).length > 1)
    .map(([group]) => group);
}

describe('buttonClasses', () => {
  it.each(VARIANTS.flatMap((variant) => SIZES.map((size) => [variant, size] as const)))('%s %s sets each property once', (variant, size) => {
    expect(conflicts(buttonClasses(variant, '', size))).toEqual([]);
  });

  it('a size replaces the padding and text size instead of adding to them', () => {
    const small = buttonClasses('ghost', '', 'xs').split(' ');
    expect(small).toEqual(expect.arrayContaining(['px-2', 'py-1', 'text-xs']));
    expect(small).not.toContain('px-3.5');
    expect(small).not.toContain('text-sm');
  });

  it('the destructive quiet variant is rose, not the ghost’s slate', () => {
    const classes = buttonClasses('ghost-danger').split(' ');
    expect(classes).toContain('text-rose-700');
    expect(classes).not.toContain('text-slate-700');
  });

  it('a shape of its own (the map’s icon buttons) stands in for the size', () => {
    expect(conflicts(buttonClasses('secondary', '', 'size-8 p-0 text-base leading-none'))).toEqual([]);
  });

  it('the check itself finds a conflict where there is one', () => {
    expect(conflicts('px-3.5 py-2 text-sm text-slate-700 px-2 text-rose-700')).toEqual(['padding-x', 'text-color']);
  });
});
