import { Link } from './link';
import type { ButtonHTMLAttributes, ComponentProps } from 'react';
import { cn } from './cn';

const VARIANTS = {
  primary: 'bg-indigo-600 text-white hover:bg-indigo-500 disabled:bg-indigo-300',
  secondary: 'border border-slate-300 bg-white text-slate-800 hover:bg-slate-50 disabled:text-slate-400',
  danger: 'bg-rose-600 text-white hover:bg-rose-500 disabled:bg-rose-300',
  ghost: 'text-slate-700 hover:bg-slate-100 disabled:text-slate-400',
  /** A destructive action in a row of quiet ones (Remove, Revoke, Delete): opens its confirmation. */
  'ghost-danger': 'text-rose-700 hover:bg-rose-50 disabled:text-slate-400',
} as const;

export type ButtonVariant = keyof typeof VARIANTS;

const BASE = 'inline-flex items-center justify-center gap-1.5 rounded-md font-medium disabled:cursor-not-allowed';

/**
 * Padding and text size. A size, not a `className` override: cn() does not resolve conflicts (no
 * tailwind-merge), and Tailwind orders `px-2` before `px-3.5` whatever the order in the attribute, so an
 * override of the medium padding would lose.
 */
const SIZES = {
  md: 'px-3.5 py-2 text-sm',
  sm: 'px-2.5 py-1.5 text-sm',
  /** In a dense row or a toolbar: a table's row actions, the chat pane's header. */
  xs: 'px-2 py-1 text-xs',
} as const;

export type ButtonSize = keyof typeof SIZES;

/** `size` is one of SIZES or, for a shape of its own (the map's square icon buttons), its own classes. */
export function buttonClasses(variant: ButtonVariant = 'primary', extra = '', size: ButtonSize | (string & {}) = 'md'): string {
  return cn(BASE, Object.hasOwn(SIZES, size) ? SIZES[size as ButtonSize] : size, VARIANTS[variant], extra);
}

/** How a button looks: its variant and its size. */
interface ButtonLook {
  variant?: ButtonVariant;
  size?: ButtonSize;
}

export function Button({ variant = 'primary', size = 'md', className, type = 'button', ...props }: ButtonHTMLAttributes<HTMLButtonElement> & ButtonLook) {
  return <button type={type} className={buttonClasses(variant, className, size)} {...props} />;
}

export function ButtonLink({ variant = 'primary', size = 'md', className, ...props }: ComponentProps<typeof Link> & ButtonLook) {
  return <Link className={buttonClasses(variant, className, size)} {...props} />;
}
