"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { Answers, Form } from "@/contract/form";
import { submitResponseSchema } from "@/contract/journey";
import type { Pricing } from "@/contract/pricing";
import { FormRenderer, type SubmitOutcome } from "@/components/form/form-renderer";
import { formatMoney } from "@/components/ui/price-breakdown";
import { clearDraft } from "@/lib/use-draft";
import { callApi } from "@/lib/client-api";
import { nextMove, type NextMove } from "@/lib/journey/next-action";
import { api, draftKeyFor } from "@/lib/journey/paths";
import { journeyProblem } from "@/lib/journey/problems";
import { formPayload } from "@/lib/journey/steps";
import { useLivePrice } from "@/lib/journey/use-live-price";
import { DisplayPanel } from "./display-panel";
import { PricePanel } from "./price-panel";

type StepFormProps = { slug: string; policyNumber: string | null; form: Form; pricing: Pricing | null };
type Display = Extract<NextMove, { kind: "display" }>;

/** One step of the submit loop: the server's form, its price so far, and where the answer leads. */
export function StepForm({ slug, policyNumber: initialNumber, form, pricing }: StepFormProps) {
  const router = useRouter();
  const [navigating, startNavigation] = useTransition();
  const [policyNumber, setPolicyNumber] = useState(initialNumber);
  const [display, setDisplay] = useState<Display | null>(null);
  const [draftKey] = useState(() => draftKeyFor(slug, initialNumber, form.form_id));
  const price = useLivePrice(policyNumber, form, pricing);

  function go(href: string, external = false) {
    if (external) return window.location.assign(href);
    const here = window.location.pathname + window.location.search;
    startNavigation(() => (href === here ? router.refresh() : router.push(href)));
  }

  async function submit(answers: Answers): Promise<SubmitOutcome | void> {
    const body = { policy_number: policyNumber, form: formPayload(form.form_id, answers) };
    const res = await callApi(api.submit(slug), submitResponseSchema, { body });
    if (!res.ok) return { formErrors: [journeyProblem(res)] };
    if (res.data.policy_number) setPolicyNumber(res.data.policy_number);
    const move = nextMove(res.data);
    if (move.kind === "errors") return { form: move.form, formErrors: move.messages };
    clearDraft(draftKey);
    if (move.kind === "display") setDisplay(move);
    else if (move.kind === "go") go(move.href);
  }

  const body = display ? (
    <DisplayPanel title={display.title} content={display.content} busy={navigating} onContinue={() => go(display.href, display.external)} />
  ) : (
    <FormRenderer form={form} policyNumber={policyNumber} onSubmit={submit} draftKey={draftKey} busy={navigating} onValuesChange={price.onAnswers} />
  );

  if (!price.pricing) return body;
  return (
    <div className="grid gap-8 lg:grid-cols-3">
      <div className="space-y-6 lg:col-span-2">
        <p className="rounded-md bg-brand-50 px-4 py-3 lg:hidden">
          Total so far: <strong>{formatMoney(price.pricing.total, price.pricing.currency)}</strong> (details below)
        </p>
        {body}
      </div>
      <div>
        <PricePanel pricing={price.pricing} live={price.live} updating={price.updating} failed={price.failed} />
      </div>
    </div>
  );
}
