import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { STATUSES } from "@/contract/statuses";
import { getSubmit } from "@/lib/api";
import { getMetaOnce } from "@/lib/journey/cached";
import { load } from "@/lib/journey/load";
import { donePath, quotePath, reviewPath } from "@/lib/journey/paths";
import { slugForQuote } from "@/lib/journey/quote-slug";
import { stepPosition } from "@/lib/journey/steps";
import { OutcomeView } from "@/components/journey/outcome-view";
import { ServiceProblem } from "@/components/journey/service-problem";
import { StepView } from "@/components/journey/step-view";

type Props = { params: Promise<{ policy: string }>; searchParams: Promise<{ step?: string | string[] }> };

export const metadata: Metadata = { title: "Your quote" };

const BOUGHT: string[] = [STATUSES.S_ACTIVE, STATUSES.S_CANCELLATION_REQUESTED, STATUSES.S_CANCELLED, STATUSES.S_ENDED];

/** A quote at its current step (resumable from any tab of the session), or an earlier step with `?step=`. */
export default async function QuotePage({ params, searchParams }: Props) {
  const { policy: n } = await params;
  const raw = (await searchParams).step;
  const step = typeof raw === "string" && raw ? raw : undefined;
  const here = quotePath(n, step);
  const slug = await load(() => slugForQuote(n));
  if (!slug.ok) return <ServiceProblem detail={slug.detail} retryHref={here} />;
  const [meta, state] = await Promise.all([
    load(() => getMetaOnce(slug.value)),
    load(() => getSubmit(slug.value, { policyNumber: n, formId: step })),
  ]);
  if (!meta.ok) return <ServiceProblem detail={meta.detail} retryHref={here} />;
  if (!state.ok) {
    return (
      <ServiceProblem detail={state.detail} retryHref={here} title="We can't open that step">
        {step ? <a href={quotePath(n)} className="inline-flex min-h-12 items-center font-semibold">Go to your current step</a> : null}
      </ServiceProblem>
    );
  }
  const s = state.value;
  switch (s.next_action) {
    case "complete":
      redirect(s.policy_status && BOUGHT.includes(s.policy_status) ? donePath(n) : reviewPath(n));
    case "rejected":
    case "referred":
      return <OutcomeView productName={meta.value.name} policyNumber={n} state={s} kind={s.next_action} />;
    default:
      break;
  }
  if (!s.form) redirect(reviewPath(n));
  const position = stepPosition(meta.value.form_sequence, s.form.form_id);
  const previous = s.form.form_type === "otp" ? null : position?.previous;
  return (
    <StepView
      slug={slug.value}
      meta={meta.value}
      policyNumber={n}
      state={{ ...s, form: s.form }}
      back={previous ? { href: quotePath(n, previous.id), label: "Back" } : null}
    />
  );
}
