"use client";

import { coverPeriod, formatMoment } from "@/lib/account/words";
import type { FreshPolicy } from "@/lib/account/schemas";
import { useIntlTag, useT } from "@/lib/i18n/client";
import { statusName } from "@/lib/i18n/status-name";
import { FocusedAlert } from "./focused-alert";

/** The 412 answer: someone changed the policy meanwhile; here it is as it stands now. */
export function CancelConflict({ fresh, id }: { fresh: FreshPolicy | null; id: number }) {
  const t = useT("cancel");
  const ts = useT("status");
  const tag = useIntlTag();
  const last = fresh?.status_logs?.at(-1);
  const stillOpen = fresh?.can_cancel !== false;
  return (
    <FocusedAlert key={id} tone="warning" title={t("changedMeanwhile")}>
      {fresh ? (
        <>
          <p>{t("latestDetails")}</p>
          <ul className="my-2 list-disc ps-6">
            <li>
              {t("statusPrefix")}
              <strong>{statusName(fresh.status, ts)}</strong>
            </li>
            <li>{t("coverIs", { cover: coverPeriod(fresh.start_date ?? null, fresh.end_date ?? null, t, tag) })}</li>
            {last ? (
              <li>
                {last.reason_text
                  ? t("lastChangeWhy", { why: last.reason_text, when: formatMoment(last.timestamp, tag) })
                  : t("lastChange", { when: formatMoment(last.timestamp, tag) })}
              </li>
            ) : null}
          </ul>
          <p>{stillOpen ? t("sendAgain") : t("cantCancelNow")}</p>
        </>
      ) : (
        <p>{t("reload")}</p>
      )}
    </FocusedAlert>
  );
}
