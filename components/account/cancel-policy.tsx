"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { STATUSES } from "@/contract/statuses";
import { anyBody, callApi } from "@/lib/client-api";
import { accountApi } from "@/lib/account/paths";
import { useT } from "@/lib/i18n/client";
import type { FreshPolicy } from "@/lib/account/schemas";
import { CancelConflict } from "./cancel-conflict";
import { CancelFields, type CancelRequest } from "./cancel-fields";
import { FocusedAlert } from "./focused-alert";
import { RefundPreview } from "@/components/cancellation/refund-preview";
import { Section } from "@/components/ui/section";

type CancelPolicyProps = {
  policyNumber: string;
  versionId: string;
  status: string;
  canCancel: boolean;
  startDate: string | null;
  endDate: string | null;
};
type Outcome =
  | { kind: "done"; id: number }
  | { kind: "conflict"; fresh: FreshPolicy | null; id: number }
  | { kind: "error"; detail: string; id: number };

/** Asking to cancel: a reason and an end date, sent for the version the customer is looking at. */
export function CancelPolicy({ policyNumber, versionId, status, canCancel, startDate, endDate }: CancelPolicyProps) {
  const t = useT("cancel");
  const ui = useT("ui");
  const router = useRouter();
  const [version, setVersion] = useState(versionId);
  // A refreshed page brings the policy's newer version (e.g. after documents were sent): send that one.
  const [shownVersion, setShownVersion] = useState(versionId);
  if (versionId !== shownVersion) {
    setShownVersion(versionId);
    setVersion(versionId);
  }
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [closed, setClosed] = useState(false);

  async function send(request: CancelRequest) {
    setOutcome(null);
    const res = await callApi(accountApi.cancel(policyNumber), anyBody, { body: request, ifMatch: version, words: ui });
    const id = Date.now();
    if (res.ok) {
      setOutcome({ kind: "done", id });
      return router.refresh();
    }
    if (res.status === 412) {
      const body = res.body as { policy?: unknown } | null;
      const { freshPolicySchema } = await import("@/lib/account/schemas");
      const fresh = freshPolicySchema.safeParse(body?.policy);
      if (fresh.success) {
        setVersion(fresh.data.version_id);
        setClosed(fresh.data.can_cancel === false);
      }
      setOutcome({ kind: "conflict", fresh: fresh.success ? fresh.data : null, id });
      return router.refresh();
    }
    setOutcome({ kind: "error", detail: res.detail, id });
  }

  const requested = status === STATUSES.S_CANCELLATION_REQUESTED;
  const done = outcome?.kind === "done";
  return (
    <Section id="cancel" title={t("title")}>
      <div className="space-y-6">
        {done ? (
          <FocusedAlert key={outcome.id} tone="success" title={t("received")}>
            <p>{t("receivedText")}</p>
          </FocusedAlert>
        ) : null}
        {outcome?.kind === "conflict" ? <CancelConflict fresh={outcome.fresh} id={outcome.id} /> : null}
        {outcome?.kind === "error" ? (
          <FocusedAlert key={outcome.id} tone="error" title={t("notSent")}>
            <p>{outcome.detail}</p>
          </FocusedAlert>
        ) : null}
        {!done && requested ? <p>{t("asked")}</p> : null}
        {requested || done ? (
          <RefundPreview policyNumber={policyNumber} date={null} title={t("refundOnceCancelled")} asked />
        ) : null}
        {!done && !requested && canCancel && !closed ? (
          <>
            <p>{t("lead")}</p>
            <CancelFields policyNumber={policyNumber} startDate={startDate} endDate={endDate} onSend={send} />
          </>
        ) : null}
      </div>
    </Section>
  );
}
