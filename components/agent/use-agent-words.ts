"use client";

import { useIntlTag, useT } from "@/lib/i18n/client";
import type { NoticeWords } from "@/components/agent/conflict-notice";

/** The policy actions' words: the `agentActions` and `status` messages the page handed down, and its Intl tag. */
export function useAgentWords(): NoticeWords {
  return { t: useT("agentActions"), statusT: useT("status"), tag: useIntlTag() };
}
