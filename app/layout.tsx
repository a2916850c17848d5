import type { Metadata } from 'next';
import { cookies, headers } from 'next/headers';
import type { ReactNode } from 'react';
import { RoleProvider } from '@/components/auth/role-context';
import { Sidebar } from '@/components/shell/sidebar';
import { parseThemeChoice, THEME_COOKIE, THEME_INIT_SCRIPT } from '@/components/shell/theme';
import { NONCE_HEADER } from '@/lib/api/security-headers';
import { can } from '@/lib/auth/roles';
import { getViewer } from '@/lib/server/context';
import './globals.css';

// Every page reads the live database; nothing is prerendered at build time.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: { default: 'Switchboard', template: '%s · Switchboard' },
  description: 'Configure and test agent handoffs between conversational AI agents.',
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const theme = parseThemeChoice((await cookies()).get(THEME_COOKIE)?.value);
  const viewer = await getViewer();
  // This request's CSP nonce (lib/api/guard-http-server.ts): without it the policy blocks the theme script.
  const nonce = (await headers()).get(NONCE_HEADER) ?? undefined;
  return (
    // The theme script sets <html>'s class before React hydrates; React leaves that class alone.
    <html lang="en" suppressHydrationWarning>
      <head>
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: THEME_INIT_SCRIPT }} />
      </head>
      <body className="min-h-screen font-sans">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
          Skip to content
        </a>
        {viewer ? (
          <div className="min-h-screen md:flex">
            <Sidebar
              theme={theme}
              account={{
                email: viewer.user.email,
                role: viewer.workspace?.role ?? null,
                canAdminister: viewer.workspace ? can(viewer.workspace.role, 'administer') : false,
                workspaceId: viewer.workspace?.id ?? null,
                workspaces: viewer.workspaces.map(({ id, name }) => ({ id, name })),
              }}
            />
            <main id="main" className="min-w-0 flex-1 px-4 py-6 sm:px-6 md:px-8 md:py-8">
              <RoleProvider role={viewer.workspace?.role ?? null}>{children}</RoleProvider>
            </main>
          </div>
        ) : (
          // Setup, sign-in and invitations: no navigation to places a visitor cannot open yet.
          <main id="main" className="min-h-screen px-4 py-10 sm:px-6">
            <RoleProvider role={null}>{children}</RoleProvider>
          </main>
        )}
      </body>
    </html>
  );
}
