import { STATUSES } from "@/contract/statuses";
import type { Translate } from "@/lib/i18n/catalogue";
import { statusName } from "@/lib/i18n/status-name";

const LOOKS: Record<string, string> = {
  [STATUSES.S_ACTIVE]: "border-success bg-success-bg text-success",
  [STATUSES.S_CANCELLATION_REQUESTED]: "border-warning bg-warning-bg text-warning",
  [STATUSES.S_PENDING_APPROVAL]: "border-warning bg-warning-bg text-warning",
  [STATUSES.S_CANCELLED]: "border-danger bg-danger-bg text-danger",
  [STATUSES.S_DECLINED]: "border-danger bg-danger-bg text-danger",
  [STATUSES.S_ENDED]: "border-line bg-canvas text-muted",
  [STATUSES.S_SUSPENDED]: "border-warning bg-warning-bg text-warning",
};

/**
 * A policy's status in the page's language (`t`: the account's words, `ts`: the statuses'); the colour only repeats
 * what the words say.
 */
export function StatusBadge({ status, t, ts }: { status: string; t: Translate; ts: Translate }) {
  const look = LOOKS[status] ?? "border-brand-700 bg-brand-50 text-brand-900";
  return (
    <span className={`inline-flex items-center rounded-full border px-3 py-0.5 text-sm font-semibold ${look}`}>
      <span className="sr-only">{t("statusPrefix")}</span>
      {statusName(status, ts)}
    </span>
  );
}
