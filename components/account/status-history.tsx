import type { PolicyView } from "@/contract/policy";
import { formatMoment } from "@/lib/account/words";
import { getLanguage, getT } from "@/lib/i18n/server";
import { statusName } from "@/lib/i18n/status-name";
import { Section } from "@/components/ui/section";

/** How the policy's status changed, oldest first, with who changed it and why. */
export async function StatusHistory({ logs }: { logs: PolicyView["status_logs"] }) {
  const [t, ts, { tag }] = await Promise.all([getT("account"), getT("status"), getLanguage()]);
  return (
    <Section id="history" title={t("history")}>
      {logs.length === 0 ? (
        <p>{t("noHistory")}</p>
      ) : (
        <ol className="space-y-4 border-s-2 border-line ps-4">
          {logs.map((log, i) => (
            <li key={`${log.timestamp}-${i}`}>
              <p className="font-semibold">
                {log.status ? statusName(log.status, ts) : log.reason_text}
                <span className="font-normal text-muted">{` ${t("onDate", { when: formatMoment(log.timestamp, tag) })}`}</span>
              </p>
              {log.status && log.reason_text ? <p>{log.reason_text}</p> : null}
              {log.note ? <p className="text-muted">{log.note}</p> : null}
              {log.updated_by ? <p className="text-sm text-muted">{t("byWhom", { who: log.updated_by })}</p> : null}
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}
