import { STATUSES } from "../statuses";

/** What "is now …" says for each status, as words that fit mid-sentence. */
const IN_WORDS: Record<string, string> = {
  [STATUSES.S_NEW]: "a quote in progress",
  [STATUSES.S_QUOTED]: "quoted",
  [STATUSES.S_PENDING_APPROVAL]: "waiting for an underwriter's decision",
  [STATUSES.S_ACTIVE]: "active",
  [STATUSES.S_CANCELLATION_REQUESTED]: "waiting for its cancellation to be approved",
  [STATUSES.S_CANCELLED]: "cancelled",
  [STATUSES.S_ENDED]: "expired",
  [STATUSES.S_SUSPENDED]: "suspended: it gives no cover until it is reinstated",
};

/**
 * A status (the API's display name, e.g. "Cancellation-requested") mid-sentence: "Your policy is now
 * ${statusInWords(s)}." reads as English; a status this list doesn't know is lower-cased with spaces.
 */
export function statusInWords(status: string): string {
  return IN_WORDS[status] ?? status.replace(/[-_]+/g, " ").toLowerCase();
}
