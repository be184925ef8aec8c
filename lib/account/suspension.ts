import { STATUSES } from "@/contract/statuses";
import { formatLongDate } from "@/lib/format/date";
import type { Translate } from "@/lib/i18n/catalogue";

type Log = { timestamp: string; status?: string; note?: string | null };

/**
 * What a customer is told about a suspended policy, in a plain sentence (`t`: the account's words); null for any
 * other status.
 */
export function suspendedSentence(status: string, t: Translate, tag: string, logs: readonly Log[] = []): string | null {
  if (status !== STATUSES.S_SUSPENDED) return null;
  const last = logs.findLast((l) => l.status === STATUSES.S_SUSPENDED);
  if (!last) return t("suspendedText");
  const date = formatLongDate(last.timestamp.slice(0, 10), tag);
  return last.note ? t("suspendedSinceWhyText", { date, why: last.note }) : t("suspendedSinceText", { date });
}
