import type { ReactNode } from "react";
import { formatDate } from "@/lib/format/date";
import { stillAllowed, type PolicyActionId } from "@/lib/agent/actions";
import type { FreshPolicy } from "@/lib/agent/schemas";
import type { ActionResult } from "@/components/agent/action-panel";
import type { Translate } from "@/lib/i18n/catalogue";
import { statusName } from "@/lib/i18n/status-name";

/** What a notice needs to be written in the page's language: the `agentActions` and `status` messages, the Intl tag. */
export type NoticeWords = { t: Translate; statusT: Translate; tag: string };

/** A message the policy page shows above its actions (it outlives the panel that caused it). */
export type PolicyNotice = { tone: "success" | "warning"; title: string; body: ReactNode };

/** The policy as it is now, from a 412 answer; null when the answer has none. */
export async function freshFromConflict(body: unknown): Promise<FreshPolicy | null> {
  const { conflictBodySchema } = await import("@/lib/agent/schemas");
  const parsed = conflictBodySchema.safeParse(body);
  return parsed.success ? parsed.data.policy : null;
}

function PolicyNow({ fresh, words: { t, statusT, tag } }: { fresh: FreshPolicy; words: NoticeWords }) {
  const date = formatDate(fresh.last_updated_on, tag);
  return (
    <>
      <p>{t("policyNow")}</p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4">
        <dt className="font-semibold">{t("status")}</dt>
        <dd>{statusName(fresh.status, statusT)}</dd>
        <dt className="font-semibold">{t("lastUpdated")}</dt>
        <dd>{fresh.last_updated_by ? t("updatedBy", { date, name: fresh.last_updated_by }) : date}</dd>
      </dl>
    </>
  );
}

/** Each action's "it is … now, so it can't be …" sentence in the `agentActions` messages. */
const STALE_KEYS: Partial<Record<PolicyActionId, string>> = {
  cancel: "staleCancel",
  "cancellation-decision": "staleCancellationDecision",
  "referral-decision": "staleReferralDecision",
  "remove-recurring": "staleRemoveRecurring",
  suspend: "staleSuspend",
  reinstate: "staleReinstate",
};

/**
 * A 412's message. When the action can still be done to the policy as it is now, the panel stays open and
 * confirming again acts on that version (`retry` says so); when it can't, null: `onStale` gets a notice
 * saying why, for the page to show while it reloads with only what can be done now.
 */
export function conflictResult(
  fresh: FreshPolicy | null,
  action: PolicyActionId,
  retry: string,
  onStale: (notice: PolicyNotice) => void,
  words: NoticeWords,
): ActionResult | null {
  const { t, statusT } = words;
  if (!fresh)
    return {
      tone: "warning",
      title: t("conflictTitle"),
      keepOpen: true,
      body: <p>{t("reloadAndRetry")}</p>,
    };
  if (!stillAllowed(fresh, action)) {
    const status = statusName(fresh.status, statusT);
    onStale({
      tone: "warning",
      title: t("conflictTitle"),
      body: (
        <div className="space-y-2">
          <PolicyNow fresh={fresh} words={words} />
          <p>
            {t(STALE_KEYS[action] ?? "staleOther", { status })} {t("nothingChanged")}
          </p>
        </div>
      ),
    });
    return null;
  }
  return {
    tone: "warning",
    title: t("conflictTitle"),
    keepOpen: true,
    body: (
      <div className="space-y-2">
        <PolicyNow fresh={fresh} words={words} />
        <p>{retry}</p>
      </div>
    ),
  };
}

/** A 409 (or a 404 for something no longer there): the action no longer fits the policy; the page reloads. */
export function outdatedNotice(detail: string, t: Translate): PolicyNotice {
  return {
    tone: "warning",
    title: t("outdatedTitle"),
    body: (
      <p>
        {detail} {t("nothingChanged")}
      </p>
    ),
  };
}
