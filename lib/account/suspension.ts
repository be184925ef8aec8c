import { STATUSES } from "@/contract/statuses";
import { formatLongDate } from "@/lib/format/date";

type Log = { timestamp: string; status?: string; note?: string | null };

/** What a customer is told about a suspended policy, in a plain sentence; null for any other status. */
export function suspendedSentence(status: string, logs: readonly Log[] = []): string | null {
  if (status !== STATUSES.S_SUSPENDED) return null;
  const last = logs.findLast((l) => l.status === STATUSES.S_SUSPENDED);
  const since = last ? ` since ${formatLongDate(last.timestamp.slice(0, 10))}` : "";
  const why = last?.note ? ` (${last.note})` : "";
  return (
    `Your cover is suspended${since}${why}: nothing that happens while it is suspended is covered. ` +
    "Please contact us to have it reinstated."
  );
}
