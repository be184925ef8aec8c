"use client";

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";

/** The browser's data calls (live price, documents being prepared, search pages, the outbox) share one cache. */
export function QueryProvider({ children }: { children: ReactNode }) {
  // One client per browser session (not per render); the server renders each request with its own.
  const [client] = useState(
    () => new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } } }),
  );
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
