/** The theme an admin chose in the shell; `system` follows the device's `prefers-color-scheme`. */
export const THEMES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEMES)[number];

/** The cookie that remembers an explicit choice; no cookie means System. */
export const THEME_COOKIE = 'theme';

export function parseThemeChoice(value: string | undefined): ThemeChoice {
  return value === 'light' || value === 'dark' ? value : 'system';
}

/**
 * Runs in <head> before the first paint, so a dark page never flashes light (or the reverse): it reads
 * the same cookie the toggle writes and puts `dark` on <html> when that or the system asks for it.
 */
export const THEME_INIT_SCRIPT = `(function(){try{var m=document.cookie.match(/(?:^|;\\s*)${THEME_COOKIE}=(light|dark)(?:;|$)/);var d=m?m[1]==='dark':matchMedia('(prefers-color-scheme: dark)').matches;document.documentElement.classList.toggle('dark',d)}catch(e){}})()`;
