import { formatDate } from "@/lib/format";
import { conflictBodySchema, type FreshPolicy } from "@/lib/agent/schemas";
import type { ActionResult } from "@/components/agent/action-panel";

export const CONFLICT_TITLE = "Someone else changed this policy while you were looking";

/** The policy as it is now, from a 412 answer; null when the answer has none. */
export function freshFromConflict(body: unknown): FreshPolicy | null {
  const parsed = conflictBodySchema.safeParse(body);
  return parsed.success ? parsed.data.policy : null;
}

/** A 412's message: what the policy looks like now, and that confirming again acts on that version. */
export function conflictResult(fresh: FreshPolicy | null, retry: string): ActionResult {
  return {
    tone: "warning",
    title: CONFLICT_TITLE,
    keepOpen: true,
    body: fresh ? (
      <div className="space-y-2">
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
        <p>{retry}</p>
      </div>
    ) : (
      <p>Reload the page to see the latest details, then try again.</p>
    ),
  };
}
