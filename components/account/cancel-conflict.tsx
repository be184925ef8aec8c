import { coverText, formatTimestamp } from "@/lib/format/date";
import type { FreshPolicy } from "@/lib/account/schemas";
import { FocusedAlert } from "./focused-alert";

/** The 412 answer: someone changed the policy meanwhile; here it is as it stands now. */
export function CancelConflict({ fresh, id }: { fresh: FreshPolicy | null; id: number }) {
  const last = fresh?.status_logs?.at(-1);
  const stillOpen = fresh?.can_cancel !== false;
  return (
    <FocusedAlert key={id} tone="warning" title="This policy changed since you opened it">
      {fresh ? (
        <>
          <p>Here are the latest details:</p>
          <ul className="my-2 list-disc pl-6">
            <li>
              Status: <strong>{fresh.status}</strong>
            </li>
            <li>Cover: {coverText(fresh.start_date ?? null, fresh.end_date ?? null)}</li>
            {last ? (
              <li>
                Last change: {last.reason_text ? `${last.reason_text}, ` : ""}
                {formatTimestamp(last.timestamp)}
              </li>
            ) : null}
          </ul>
          <p>{stillOpen ? "Check them, then send your request again." : "It can't be cancelled now."}</p>
        </>
      ) : (
        <p>Reload the page to see the latest details, then try again.</p>
      )}
    </FocusedAlert>
  );
}
