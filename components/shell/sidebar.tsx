'use client';

import { useEffect, useRef, useState } from 'react';
import { cn } from '@/components/ui/cn';
import { AccountPanel, type ShellAccount } from './account-panel';
import { Brand } from './brand';
import { MainNav } from './main-nav';
import { MenuButton } from './menu-button';
import type { ThemeChoice } from './theme';
import { ThemeToggle } from './theme-toggle';
import { WorkspaceTabGuard } from './workspace-tab-guard';

const PANEL_ID = 'site-menu';

/**
 * The shell's navigation. From `md` up a sidebar; below it a top bar whose Menu button discloses the same
 * panel. Which one shows is pure CSS, so the server's HTML is already right for the window (no flash).
 */
export function Sidebar({ theme, account }: { theme: ThemeChoice; account: ShellAccount }) {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);

  // Escape closes the open menu from anywhere and gives focus back to its button.
  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [open]);

  return (
    <>
      <WorkspaceTabGuard account={account} />
      <div className="flex items-center justify-between gap-4 border-b border-slate-200 bg-white px-4 py-2.5 md:hidden">
        <Brand />
        <MenuButton ref={buttonRef} open={open} controls={PANEL_ID} onClick={() => setOpen((was) => !was)} />
      </div>
      <aside
        id={PANEL_ID}
        className={cn(
          'shrink-0 border-b border-slate-200 bg-white pt-3 md:block md:w-60 md:border-r md:border-b-0 md:pt-0',
          open ? 'block' : 'hidden',
        )}
      >
        <div className="hidden px-5 py-5 md:block">
          <Brand />
        </div>
        <MainNav onNavigate={() => setOpen(false)} />
        <AccountPanel account={account} onNavigate={() => setOpen(false)} />
        <div className="px-5 py-5">
          <ThemeToggle initial={theme} />
        </div>
      </aside>
    </>
  );
}
