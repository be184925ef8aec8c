"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { callApi } from "@/lib/client-api";
import { api } from "@/lib/journey/paths";
import { journeyProblem } from "@/lib/journey/problems";
import { journeySchemas } from "@/lib/journey/schemas-on-demand";
import { useT } from "@/lib/i18n/client";

type ResendCodeProps = { slug: string; policyNumber: string; formId: string };
type Notice = { tone: "success" | "error"; text: string } | null;

/** "Send a new code": posts the code form with `resend: true`; the server sends another email. */
export function ResendCode({ slug, policyNumber, formId }: ResendCodeProps) {
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  const t = useT("step");
  const problemIn = useT("form");
  const ui = useT("ui");

  async function resend() {
    setBusy(true);
    setNotice(null);
    const body = { policy_number: policyNumber, form: { form_id: formId, fields: [{ name: "resend", value: true }] } };
    const { submitResponseSchema } = await journeySchemas();
    const res = await callApi(api.submit(slug), submitResponseSchema, { body, words: ui });
    setBusy(false);
    if (!res.ok) return setNotice({ tone: "error", text: journeyProblem(res, problemIn) });
    if (res.data.has_errors) {
      const messages = [
        ...(res.data.form?.errors ?? []),
        ...(res.data.form?.fields.flatMap((f) => f.errors ?? []) ?? []),
      ];
      return setNotice({ tone: "error", text: messages.join(" ") || t("resendFailed") });
    }
    setNotice({ tone: "success", text: t("codeResent") });
  }

  return (
    <div className="mt-8 space-y-4 border-t border-line pt-6">
      <p>{t("resendLead")}</p>
      <Button variant="secondary" loading={busy} onClick={() => void resend()}>
        {t("resendCode")}
      </Button>
      {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
    </div>
  );
}
