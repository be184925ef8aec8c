"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { Answers, Form } from "@/contract/form";
import { FormRenderer, type SubmitOutcome } from "@/components/form/form-renderer";
import { callApi } from "@/lib/client-api";
import { accountApi } from "@/lib/account/paths";
import { additionalDocumentsSchema } from "@/lib/account/schemas";
import { formPayload } from "@/lib/journey/steps";
import { useT } from "@/lib/i18n/client";
import { FocusedAlert } from "./focused-alert";

type AdditionalDocumentsFormProps = { policyNumber: string; form: Form };

/** The documents the insurer asks for after purchase: the server's form, uploaded and sent as-is. */
export default function AdditionalDocumentsForm({ policyNumber, form: initial }: AdditionalDocumentsFormProps) {
  const t = useT("policyActions");
  const ui = useT("ui");
  const router = useRouter();
  const [form, setForm] = useState(initial);
  const [sent, setSent] = useState<number | null>(null);

  async function submit(answers: Answers): Promise<SubmitOutcome | void> {
    setSent(null);
    const res = await callApi(accountApi.additionalDocuments(policyNumber), additionalDocumentsSchema, {
      body: { form: formPayload(form.form_id, answers) },
      words: ui,
    });
    if (!res.ok) return { formErrors: [res.detail] };
    if (res.data.has_errors) return { form: res.data.form };
    setForm(res.data.form);
    setSent(Date.now());
    router.refresh();
  }

  return (
    <div className="space-y-6">
      {sent ? (
        <FocusedAlert key={sent} tone="success" title={t("documentsSent")}>
          <p>{t("documentsSentText")}</p>
        </FocusedAlert>
      ) : null}
      <FormRenderer form={form} policyNumber={policyNumber} onSubmit={submit} submitLabel={t("send")} />
    </div>
  );
}
