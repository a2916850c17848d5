import { clsx, type ClassValue } from 'clsx';

/**
 * Joins class names, conditional ones included. It does not resolve conflicts (tailwind-merge would, at
 * 9 KB gzip in every page's JavaScript): pass classes that set different things, and pick between
 * alternatives with a condition, as the map's highlighted and dimmed states do.
 */
export function cn(...inputs: ClassValue[]): string {
  return clsx(inputs);
}
