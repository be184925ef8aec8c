import type { ReactNode } from "react";
import { formatDate } from "@/lib/format/date";
import { stillAllowed, type PolicyActionId } from "@/lib/agent/actions";
import type { FreshPolicy } from "@/lib/agent/schemas";
import type { ActionResult } from "@/components/agent/action-panel";

export const CONFLICT_TITLE = "Someone else changed this policy while you were looking";

/** A message the policy page shows above its actions (it outlives the panel that caused it). */
export type PolicyNotice = { tone: "success" | "warning"; title: string; body: ReactNode };

/** The policy as it is now, from a 412 answer; null when the answer has none. */
export async function freshFromConflict(body: unknown): Promise<FreshPolicy | null> {
  const { conflictBodySchema } = await import("@/lib/agent/schemas");
  const parsed = conflictBodySchema.safeParse(body);
  return parsed.success ? parsed.data.policy : null;
}

function PolicyNow({ fresh }: { fresh: FreshPolicy }) {
  return (
    <>
      <p>This is the policy now:</p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4">
        <dt className="font-semibold">Status</dt>
        <dd>{fresh.status}</dd>
        <dt className="font-semibold">Last updated</dt>
        <dd>
          {formatDate(fresh.last_updated_on)}
          {fresh.last_updated_by ? ` by ${fresh.last_updated_by}` : ""}
        </dd>
      </dl>
    </>
  );
}

/** How each action reads in "it can't be … now". */
const DONE_WORDS: Partial<Record<PolicyActionId, string>> = {
  cancel: "cancelled",
  "cancellation-decision": "decided on: there is no cancellation request waiting",
  "referral-decision": "decided on: it is not waiting for a decision",
  "remove-recurring": "changed: it has no recurring payment to remove",
  suspend: "suspended",
  reinstate: "reinstated: it is not suspended",
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
): ActionResult | null {
  if (!fresh)
    return {
      tone: "warning",
      title: CONFLICT_TITLE,
      keepOpen: true,
      body: <p>Reload the page to see the latest details, then try again.</p>,
    };
  if (!stillAllowed(fresh, action)) {
    onStale({
      tone: "warning",
      title: CONFLICT_TITLE,
      body: (
        <div className="space-y-2">
          <PolicyNow fresh={fresh} />
          <p>
            It is {fresh.status} now, so it can&apos;t be {DONE_WORDS[action] ?? "changed that way"}. Nothing was
            changed. The actions below are what can be done with it now.
          </p>
        </div>
      ),
    });
    return null;
  }
  return {
    tone: "warning",
    title: CONFLICT_TITLE,
    keepOpen: true,
    body: (
      <div className="space-y-2">
        <PolicyNow fresh={fresh} />
        <p>{retry}</p>
      </div>
    ),
  };
}

/** A 409 (or a 404 for something no longer there): the action no longer fits the policy; the page reloads. */
export function outdatedNotice(detail: string): PolicyNotice {
  return {
    tone: "warning",
    title: "That can't be done to the policy now",
    body: <p>{detail} Nothing was changed. The actions below are what can be done with it now.</p>,
  };
}
