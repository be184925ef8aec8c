"use client";

import { useEffect, useRef, useState, type FormEvent } from "react";
import { ClientForm } from "@/components/ui/client-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextInput } from "@/components/ui/text-input";
import { anyBody, callApi, type BodyReader } from "@/lib/client-api";
import { formatTimestamp } from "@/lib/format/date";
import { api } from "@/lib/journey/paths";
import { journeyProblem } from "@/lib/journey/problems";
import { useIntlTag, useT } from "@/lib/i18n/client";

type Sent = { email: string; expires_at: string };
const readSent: BodyReader<Sent> = {
  safeParse: (data) => {
    const d = data as Partial<Sent> | null;
    return typeof d?.email === "string" && typeof d.expires_at === "string"
      ? { success: true, data: d as Sent }
      : { success: false };
  },
};

const INPUT_ID = "continue-email";

/**
 * The form inside "Email me a link to continue", loaded when the disclosure first opens. The address is pre-filled
 * when the quote already has one; the link itself only ever reaches the inbox.
 */
export default function EmailContinueForm({ policyNumber }: { policyNumber: string }) {
  const input = useRef<HTMLInputElement>(null);
  const [email, setEmail] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [sent, setSent] = useState<Sent | null>(null);
  const t = useT("step");
  const problemIn = useT("form");
  const ui = useT("ui");
  const tag = useIntlTag();

  useEffect(() => {
    let live = true;
    void callApi(api.continueEmail(policyNumber), anyBody).then((res) => {
      const known = res.ok ? (res.data as { email?: unknown } | null)?.email : null;
      if (live && typeof known === "string" && known) setEmail((typed) => typed || known);
    });
    return () => {
      live = false;
    };
  }, [policyNumber]);

  async function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setProblem(null);
    setSent(null);
    if (!email.trim()) {
      setError(t("enterEmail"));
      input.current?.focus();
      return;
    }
    setBusy(true);
    const res = await callApi(api.continueEmail(policyNumber), readSent, { body: { email: email.trim() }, words: ui });
    setBusy(false);
    if (res.ok) {
      setError(null);
      return setSent(res.data);
    }
    if (res.status === 422) {
      setError(res.detail);
      input.current?.focus();
    } else setProblem(journeyProblem(res, problemIn));
  }

  return (
    <ClientForm noValidate onSubmit={(e) => void send(e)} className="mt-4 max-w-prose space-y-4">
      <p>{t("emailLinkLead")}</p>
      <TextInput
        ref={input}
        type="email"
        name="email"
        autoComplete="email"
        inputMode="email"
        spellCheck={false}
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        shell={{ id: INPUT_ID, title: t("yourEmail"), required: true, errors: error ? [error] : [] }}
      />
      <Button type="submit" variant="secondary" loading={busy}>
        {t("emailMeLink")}
      </Button>
      {sent ? (
        <Alert tone="success">
          {t("linkSent", { email: sent.email, until: formatTimestamp(sent.expires_at, tag) })}
        </Alert>
      ) : null}
      {problem ? <Alert tone="error">{problem}</Alert> : null}
    </ClientForm>
  );
}
