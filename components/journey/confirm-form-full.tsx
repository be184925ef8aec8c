"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import type { Answers, Form } from "@/contract/form";
import { FormRenderer, type SubmitOutcome } from "@/components/form/form-renderer";
import { useT } from "@/lib/i18n/client";
import { sendConfirmation } from "./confirm-outcome";

type ConfirmFormProps = { submitLabel: string; policyNumber: string; form: Form };

/** A confirmation form with fields other than declarations, drawn by the whole renderer. */
export default function ConfirmFormFull({ policyNumber, form, submitLabel }: ConfirmFormProps) {
  const router = useRouter();
  const [navigating, startNavigation] = useTransition();
  const problemIn = useT("form");
  const ui = useT("ui");

  async function submit(answers: Answers): Promise<SubmitOutcome | void> {
    const outcome = await sendConfirmation(policyNumber, form, answers, problemIn, ui);
    if (!("go" in outcome)) return outcome;
    if (outcome.go.reload) return void window.location.assign(outcome.go.href);
    startNavigation(() => router.push(outcome.go.href));
  }

  return (
    <FormRenderer
      form={form}
      policyNumber={policyNumber}
      onSubmit={submit}
      submitLabel={submitLabel}
      busy={navigating}
    />
  );
}
