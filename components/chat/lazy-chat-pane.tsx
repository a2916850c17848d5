'use client';

import dynamic from 'next/dynamic';

/** Holds the pane's place for the moment its code takes to arrive after a client-side navigation. */
function LoadingPane() {
  return (
    <section aria-label="Test Chat" aria-busy="true" className="flex min-h-[32rem] items-center justify-center rounded-xl border border-slate-200 bg-white shadow-sm">
      <p role="status" className="text-sm text-slate-500">
        Loading the conversation…
      </p>
    </section>
  );
}

/**
 * The chat pane, server-rendered as before but with its code (and react-query's) in a chunk of its own:
 * the page's JavaScript hydrates first, then the pane's, which the server already told the browser to
 * preload. Keeps the pane out of the pages' first JavaScript (scripts/js-budget.mjs).
 */
export const ChatPane = dynamic(() => import('./chat-pane').then((module) => module.ChatPane), { loading: LoadingPane });
