'use client';

import { useEffect, useId, useState } from 'react';
import { cn } from '@/components/ui/cn';
import { THEME_COOKIE, THEMES, type ThemeChoice } from './theme';

const LABELS: Record<ThemeChoice, string> = { system: 'System', light: 'Light', dark: 'Dark' };
const DARK_QUERY = '(prefers-color-scheme: dark)';

function applyTheme(choice: ThemeChoice) {
  const dark = choice === 'dark' || (choice === 'system' && window.matchMedia(DARK_QUERY).matches);
  document.documentElement.classList.toggle('dark', dark);
}

function rememberTheme(choice: ThemeChoice) {
  // A cookie rather than localStorage: the server renders the toggle already showing the choice.
  document.cookie =
    choice === 'system'
      ? `${THEME_COOKIE}=; path=/; max-age=0; samesite=lax`
      : `${THEME_COOKIE}=${choice}; path=/; max-age=31536000; samesite=lax`;
}

/** Theme: System / Light / Dark, as a radio group; the choice is remembered and applied at once. */
export function ThemeToggle({ initial }: { initial: ThemeChoice }) {
  const [choice, setChoice] = useState(initial);
  const name = useId();

  // While the choice is System, follow the device when it switches (e.g. at sunset).
  useEffect(() => {
    if (choice !== 'system') return;
    const media = window.matchMedia(DARK_QUERY);
    const follow = () => applyTheme('system');
    media.addEventListener('change', follow);
    return () => media.removeEventListener('change', follow);
  }, [choice]);

  const choose = (next: ThemeChoice) => {
    setChoice(next);
    rememberTheme(next);
    applyTheme(next);
  };

  return (
    <fieldset role="radiogroup" aria-label="Theme" className="min-w-0">
      <legend className="mb-1.5 text-xs font-medium uppercase tracking-wide text-slate-500">Theme</legend>
      <div className="grid grid-cols-3 gap-0.5 rounded-md border border-slate-200 bg-slate-100 p-0.5">
        {THEMES.map((value) => (
          <label
            key={value}
            className={cn(
              'relative rounded px-1 py-1 text-center text-xs font-medium whitespace-nowrap has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-1 has-[:focus-visible]:outline-indigo-600',
              choice === value ? 'bg-white text-slate-900 shadow-sm' : 'text-slate-600 hover:text-slate-900',
            )}
          >
            <input
              type="radio"
              name={name}
              value={value}
              checked={choice === value}
              onChange={() => choose(value)}
              // Invisible but covering the label: clicks and taps land on the radio itself.
              className="absolute inset-0 size-full cursor-pointer appearance-none opacity-0"
            />
            {LABELS[value]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
