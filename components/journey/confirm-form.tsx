"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import type { Answers, Form } from "@/contract/form";
import { FormRenderer, type SubmitOutcome } from "@/components/form/form-renderer";
import { callApi } from "@/lib/client-api";
import { nextMove } from "@/lib/journey/next-action";
import { api } from "@/lib/journey/paths";
import { savePayment } from "@/lib/journey/payment-store";
import { journeyProblem } from "@/lib/journey/problems";
import { journeySchemas } from "@/lib/journey/schemas-on-demand";
import { formPayload } from "@/lib/journey/steps";
import { useT } from "@/lib/i18n/client";

type ConfirmFormProps = {
  submitLabel: string;
  policyNumber: string;
  form: Form;
};

/** The confirmation form; a confirmed quote goes on to payment (or straight to done when nothing is due). */
export function ConfirmForm({ policyNumber, form, submitLabel }: ConfirmFormProps) {
  const router = useRouter();
  const [navigating, startNavigation] = useTransition();
  const problemIn = useT("form");
  const ui = useT("ui");

  async function submit(answers: Answers): Promise<SubmitOutcome | void> {
    const { submitResponseSchema } = await journeySchemas();
    const res = await callApi(api.confirm(policyNumber), submitResponseSchema, {
      body: { form: formPayload(form.form_id, answers) },
      words: ui,
    });
    if (!res.ok) return { formErrors: [journeyProblem(res, problemIn)] };
    const move = nextMove(res.data, "confirm");
    if (move.kind === "errors") return { form: move.form, formErrors: move.problems.map((key) => problemIn(key)) };
    if (move.kind === "pay") savePayment(move.policyNumber, move.payment);
    if (move.kind === "display") return void window.location.assign(move.href);
    startNavigation(() => router.push(move.href));
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
