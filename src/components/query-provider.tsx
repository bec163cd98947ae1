'use client';

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { retryDelay, retryTransient } from './api';

/** One TanStack Query client per page visit; mutations retry through network failures. */
export function QueryProvider({ children }: { children: ReactNode }) {
  const [client] = useState(
    () =>
      new QueryClient({
        defaultOptions: {
          queries: { retry: retryTransient, retryDelay, staleTime: 5_000 },
          mutations: { retry: retryTransient, retryDelay },
        },
      }),
  );
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
