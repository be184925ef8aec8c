"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { callApi } from "@/lib/client-api";
import { api } from "@/lib/journey/paths";
import { journeyProblem } from "@/lib/journey/problems";
import { journeySchemas } from "@/lib/journey/schemas-on-demand";

type ResendCodeProps = { slug: string; policyNumber: string; formId: string };
type Notice = { tone: "success" | "error"; text: string } | null;

/** "Send a new code": posts the code form with `resend: true`; the server sends another email. */
export function ResendCode({ slug, policyNumber, formId }: ResendCodeProps) {
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);

  async function resend() {
    setBusy(true);
    setNotice(null);
    const body = { policy_number: policyNumber, form: { form_id: formId, fields: [{ name: "resend", value: true }] } };
    const { submitResponseSchema } = await journeySchemas();
    const res = await callApi(api.submit(slug), submitResponseSchema, { body });
    setBusy(false);
    if (!res.ok) return setNotice({ tone: "error", text: journeyProblem(res) });
    if (res.data.has_errors) {
      const messages = [
        ...(res.data.form?.errors ?? []),
        ...(res.data.form?.fields.flatMap((f) => f.errors ?? []) ?? []),
      ];
      return setNotice({ tone: "error", text: messages.join(" ") || "We couldn't send a new code. Please try again." });
    }
    setNotice({ tone: "success", text: "We've sent a new code. Use the code in the newest email." });
  }

  return (
    <div className="mt-8 space-y-4 border-t border-line pt-6">
      <p>Didn&apos;t get the email? Check your spam folder, or ask for another code.</p>
      <Button variant="secondary" loading={busy} onClick={() => void resend()}>
        Send a new code
      </Button>
      {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
    </div>
  );
}
