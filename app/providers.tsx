'use client';

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { RoleProvider } from '@/components/auth/role-context';
import type { Role } from '@/lib/auth/roles';

/** One query client per browser tab (created in state so a re-render never replaces it), and the viewer's role. */
export function Providers({ role, children }: { role: Role | null; children: ReactNode }) {
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { staleTime: 5_000, refetchOnWindowFocus: false } } }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <RoleProvider role={role}>{children}</RoleProvider>
    </QueryClientProvider>
  );
}
