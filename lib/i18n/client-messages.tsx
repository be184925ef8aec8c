import type { ReactNode } from "react";
import { pickMessages, type Namespace } from "@/lib/i18n/catalogue";
import { MessagesProvider } from "@/lib/i18n/client";
import { getLanguage } from "@/lib/i18n/server";

/**
 * The words the client components inside need, and only those namespaces, added to the layout's (`form`, `rules`,
 * `step`, `ui`), which every page already has.
 */
export async function ClientMessages({ namespaces, children }: { namespaces: Namespace[]; children: ReactNode }) {
  const { locale, tag } = await getLanguage();
  return (
    <MessagesProvider tag={tag} messages={pickMessages(locale, namespaces)}>
      {children}
    </MessagesProvider>
  );
}
