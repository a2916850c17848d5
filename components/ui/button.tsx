import Link from 'next/link';
import type { ButtonHTMLAttributes, ComponentProps } from 'react';

const VARIANTS = {
  primary: 'bg-indigo-600 text-white hover:bg-indigo-500 disabled:bg-indigo-300',
  secondary: 'border border-slate-300 bg-white text-slate-800 hover:bg-slate-50 disabled:text-slate-400',
  danger: 'bg-rose-600 text-white hover:bg-rose-500 disabled:bg-rose-300',
  ghost: 'text-slate-700 hover:bg-slate-100 disabled:text-slate-400',
} as const;

export type ButtonVariant = keyof typeof VARIANTS;

const BASE = 'inline-flex items-center justify-center gap-1.5 rounded-md font-medium disabled:cursor-not-allowed';
/** The usual padding and text size; `size` replaces them (an icon button, a small one). */
const MEDIUM = 'px-3.5 py-2 text-sm';

export function buttonClasses(variant: ButtonVariant = 'primary', extra = '', size = MEDIUM): string {
  return `${BASE} ${size} ${VARIANTS[variant]} ${extra}`;
}

export function Button({
  variant = 'primary',
  className = '',
  type = 'button',
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant }) {
  return <button type={type} className={buttonClasses(variant, className)} {...props} />;
}

export function ButtonLink({
  variant = 'primary',
  className = '',
  ...props
}: ComponentProps<typeof Link> & { variant?: ButtonVariant }) {
  return <Link className={buttonClasses(variant, className)} {...props} />;
}
