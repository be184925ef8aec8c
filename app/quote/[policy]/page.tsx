import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { STATUSES } from "@/contract/statuses";
import { getMetaOnce, getStepOnce, slugForQuoteOnce } from "@/lib/journey/cached";
import { load } from "@/lib/journey/load";
import { donePath, quotePath, reviewPath } from "@/lib/journey/paths";
import { stepPosition } from "@/lib/journey/steps";
import { OutcomeView } from "@/components/journey/outcome-view";
import { ServiceProblem } from "@/components/journey/service-problem";
import { StepView } from "@/components/journey/step-view";

type Props = { params: Promise<{ policy: string }>; searchParams: Promise<{ step?: string | string[] }> };

/** Each step has a title of its own, so a screen reader or a tab says where the person is. */
export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { policy: n } = await params;
  const raw = (await searchParams).step;
  try {
    const slug = await slugForQuoteOnce(n);
    const [meta, state] = await Promise.all([getMetaOnce(slug), getStepOnce(slug, n, typeof raw === "string" && raw ? raw : undefined)]);
    const what = state.form?.form_name || state.description.title || "Your quote";
    return { title: `${what} – ${meta.name}` };
  } catch {
    return { title: "Your quote" };
  }
}

const BOUGHT: string[] = [STATUSES.S_ACTIVE, STATUSES.S_CANCELLATION_REQUESTED, STATUSES.S_CANCELLED, STATUSES.S_ENDED];

/** A quote at its current step (resumable from any tab of the session), or an earlier step with `?step=`. */
export default async function QuotePage({ params, searchParams }: Props) {
  const { policy: n } = await params;
  const raw = (await searchParams).step;
  const step = typeof raw === "string" && raw ? raw : undefined;
  const here = quotePath(n, step);
  const slug = await load(() => slugForQuoteOnce(n));
  if (!slug.ok) return <ServiceProblem detail={slug.detail} retryHref={here} />;
  const [meta, state] = await Promise.all([
    load(() => getMetaOnce(slug.value)),
    load(() => getStepOnce(slug.value, n, step)),
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
