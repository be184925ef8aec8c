"use client";

import { createContext, useCallback, useContext, useMemo, type ReactNode } from "react";
import type { RuleLanguage, RuleTemplates } from "@/contract/rules/messages";
import { formatMessage, type Params } from "@/contract/format/message";

type ClientMessages = { tag: string; messages: Record<string, Record<string, string>> };
const MessagesContext = createContext<ClientMessages>({ tag: "en-GB", messages: {} });

/** Used when no provider gave a namespace: empty in the app (keys show), English in component tests. */
let fallback: ClientMessages["messages"] = {};
export function setFallbackMessages(messages: ClientMessages["messages"]): void {
  fallback = messages;
}

/**
 * Gives client components the few namespaces the server picked for them (never the whole catalogue); a page's own
 * provider adds its namespaces to the layout's.
 */
export function MessagesProvider({ tag, messages, children }: ClientMessages & { children: ReactNode }) {
  const outer = useContext(MessagesContext).messages;
  const value = useMemo(() => ({ tag, messages: { ...outer, ...messages } }), [tag, outer, messages]);
  return <MessagesContext.Provider value={value}>{children}</MessagesContext.Provider>;
}

/** A client component's translator for one namespace; an unknown key shows as itself. */
export function useT(namespace: string): (key: string, params?: Params) => string {
  const { tag, messages } = useContext(MessagesContext);
  const own = messages[namespace] ?? fallback[namespace];
  return useCallback((key, params) => formatMessage(own?.[key] ?? key, params, tag), [own, tag]);
}

/** The rules engine's messages in the page's language (the server sent the `rules` namespace). */
export function useRuleLanguage(): RuleLanguage | null {
  const { tag, messages } = useContext(MessagesContext);
  const templates = (messages.rules ?? fallback.rules) as RuleTemplates | undefined;
  return useMemo(() => (templates ? { tag, templates } : null), [tag, templates]);
}

/** The Intl tag of the page's language (e.g. "ar-u-nu-latn"), for dates and money in client components. */
export function useIntlTag(): string {
  return useContext(MessagesContext).tag;
}
