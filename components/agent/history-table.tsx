import Link from "next/link";
import { STATUSES } from "@/contract/statuses";
import { SimpleTable } from "@/components/agent/simple-table";
import { formatDateTime } from "@/lib/format";
import type { HistoryVersion } from "@/lib/agent/schemas";

/** A status as people read it, whether the API sent its key (S_ACTIVE) or its display name. */
export function statusName(status: string): string {
  return Object.hasOwn(STATUSES, status) ? STATUSES[status as keyof typeof STATUSES] : status;
}

type HistoryTableProps = { policyNumber: string; versions: HistoryVersion[]; currentWhenAt?: string };

/** Every version, newest first, each with a link to the policy as it stood then. */
export function HistoryTable({ policyNumber, versions, currentWhenAt }: HistoryTableProps) {
  const base = `/agent/policies/${encodeURIComponent(policyNumber)}`;
  const newestFirst = [...versions].reverse();
  return (
    <SimpleTable
      id="history"
      caption={`Versions of policy ${policyNumber}, newest first`}
      headers={["Changed", "Status", "Changed by", "What happened", "Note", "View"]}
      rows={newestFirst.map((v, i) => {
        const href = i === 0 ? base : `${base}?when_at=${encodeURIComponent(v.changed_at)}`;
        const here = i === 0 ? !currentWhenAt : currentWhenAt === v.changed_at;
        return {
          key: v.version_id,
          cells: [
            <time key="t" dateTime={v.changed_at}>
              {formatDateTime(v.changed_at)}
            </time>,
            statusName(v.status),
            v.changed_by || "—",
            v.reason_text || "—",
            v.note || "—",
            here ? (
              <span key="v" className="text-muted">
                Showing
              </span>
            ) : (
              <Link key="v" href={href}>
                {i === 0 ? "Current version" : "View as of then"}
                <span className="sr-only"> ({formatDateTime(v.changed_at)})</span>
              </Link>
            ),
          ],
        };
      })}
      empty="No history recorded."
    />
  );
}
