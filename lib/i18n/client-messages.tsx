import type { ReactNode } from "react";
import { pickMessages, type Namespace } from "@/lib/i18n/catalogue";
import { MessagesProvider } from "@/lib/i18n/client";
import { getLanguage } from "@/lib/i18n/server";

/** The namespaces the form renderer, its fields, a step and the shared controls (sign-out, the API's errors) read. */
export const SHARED_NAMESPACES: Namespace[] = ["form", "rules", "step", "ui"];

/**
 * The words the client components inside need, and only those namespaces, added to any outer provider's (the layouts
 * of the pages with such components give SHARED_NAMESPACES; the root layout gives none).
 */
export async function ClientMessages({ namespaces, children }: { namespaces: Namespace[]; children: ReactNode }) {
  const { locale, tag } = await getLanguage();
  return (
    <MessagesProvider tag={tag} messages={pickMessages(locale, namespaces)}>
      {children}
    </MessagesProvider>
  );
}

/** A layout's words for the shared client components (SHARED_NAMESPACES) of the pages under it. */
export function SharedClientMessages({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={SHARED_NAMESPACES}>{children}</ClientMessages>;
}
