'use client';

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';

let browserClient: QueryClient | undefined;

const newClient = () => new QueryClient({ defaultOptions: { queries: { staleTime: 5_000, refetchOnWindowFocus: false } } });

/** One query client per browser tab, shared by every provider on the page; on the server, one per render. */
function queryClient(): QueryClient {
  if (typeof window === 'undefined') return newClient();
  browserClient ??= newClient();
  return browserClient;
}

/**
 * react-query for the components that use it (the chat pane, the description coach), placed around
 * them rather than in the root layout, so pages without them do not load it.
 */
export function QueryProvider({ children }: { children: ReactNode }) {
  const [client] = useState(queryClient);
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
