import Link from "next/link";
import { STATUSES } from "@/contract/statuses";
import { SimpleTable } from "@/components/agent/simple-table";
import { formatDateTime } from "@/lib/format";
import type { HistoryVersion } from "@/lib/agent/schemas";
import { getLanguage, getT } from "@/lib/i18n/server";
import { statusName } from "@/lib/i18n/status-name";

/** A status's display name, whether the API sent its key (S_ACTIVE) or the name itself. */
const displayName = (status: string) =>
  Object.hasOwn(STATUSES, status) ? STATUSES[status as keyof typeof STATUSES] : status;

type HistoryTableProps = { policyNumber: string; versions: HistoryVersion[]; currentWhenAt?: string };

/** Every version, newest first, each with a link to the policy as it stood then. */
export async function HistoryTable({ policyNumber, versions, currentWhenAt }: HistoryTableProps) {
  const [t, statusT, { tag }] = await Promise.all([getT("agent"), getT("status"), getLanguage()]);
  const base = `/agent/policies/${encodeURIComponent(policyNumber)}`;
  const newestFirst = [...versions].reverse();
  return (
    <SimpleTable
      id="history"
      caption={t("historyCaption", { n: policyNumber })}
      headers={[t("changed"), t("status"), t("changedBy"), t("whatHappened"), t("note"), t("view")]}
      rows={newestFirst.map((v, i) => {
        const href = i === 0 ? base : `${base}?when_at=${encodeURIComponent(v.changed_at)}`;
        const here = i === 0 ? !currentWhenAt : currentWhenAt === v.changed_at;
        return {
          key: v.version_id,
          cells: [
            <time key="t" dateTime={v.changed_at}>
              {formatDateTime(v.changed_at, tag)}
            </time>,
            statusName(displayName(v.status), statusT),
            v.changed_by || "—",
            v.reason_text || "—",
            v.note || "—",
            here ? (
              <span key="v" className="text-muted">
                {t("showing")}
              </span>
            ) : (
              <Link key="v" href={href}>
                {i === 0 ? t("currentVersion") : t("viewAsOf")}
                <span className="sr-only"> ({formatDateTime(v.changed_at, tag)})</span>
              </Link>
            ),
          ],
        };
      })}
      empty={t("noHistory")}
    />
  );
}
