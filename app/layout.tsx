import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import type { ReactNode } from 'react';
import { Sidebar } from '@/components/shell/sidebar';
import { parseThemeChoice, THEME_COOKIE, THEME_INIT_SCRIPT } from '@/components/shell/theme';
import { Providers } from './providers';
import './globals.css';

// Every page reads the live database; nothing is prerendered at build time.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: { default: 'Switchboard', template: '%s · Switchboard' },
  description: 'Configure and test agent handoffs between conversational AI agents.',
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const theme = parseThemeChoice((await cookies()).get(THEME_COOKIE)?.value);
  return (
    // The theme script sets <html>'s class before React hydrates; React leaves that class alone.
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_INIT_SCRIPT }} />
      </head>
      <body className="min-h-screen font-sans">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
          Skip to content
        </a>
        <div className="min-h-screen md:flex">
          <Sidebar theme={theme} />
          <main id="main" className="min-w-0 flex-1 px-4 py-6 sm:px-6 md:px-8 md:py-8">
            <Providers>{children}</Providers>
          </main>
        </div>
      </body>
    </html>
  );
}
