import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getMetaOnce, getStepOnce, slugForQuoteOnce } from "@/lib/journey/cached";
import { attempt, load } from "@/lib/journey/load";
import { formIdOf, productPath, quotePath, stepPath } from "@/lib/journey/paths";
import { settledPath } from "@/lib/journey/resume";
import { stepMemory } from "@/lib/journey/step-memory";
import { backFrom, stepTitle } from "@/lib/journey/steps";
import { getSession } from "@/lib/session";
import { OutcomeView, outcomeWords } from "@/components/journey/outcome-view";
import { ServiceProblem } from "@/components/journey/service-problem";
import { StashedStep, StepView } from "@/components/journey/step-view";
import { getT } from "@/lib/i18n/server";

type Props = { params: Promise<{ policy: string; step: string }> };

/** Each step has a title of its own, so a screen reader or a tab says where the person is. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { policy: n, step } = await params;
  const yourQuote = (await getT("pages"))("yourQuote");
  try {
    const slug = await slugForQuoteOnce(n);
    const [meta, state] = await Promise.all([getMetaOnce(slug), getStepOnce(slug, n, formIdOf(step))]);
    return { title: `${stepTitle(state, yourQuote)} – ${meta.name}` };
  } catch {
    return { title: yourQuote };
  }
}

/**
 * One step of a quote, named by its form id and loaded with the contract's going-back call, so a
 * reload, Back and Forward, another tab or a bookmark all land on it with its saved answers.
 */
export default async function QuoteStepPage({ params }: Props) {
  const { policy: n, step } = await params;
  const formId = formIdOf(step);
  const here = stepPath(n, formId);
  const slug = await load(() => slugForQuoteOnce(n));
  if (!slug.ok) return <ServiceProblem detail={slug.detail} retryHref={here} />;
  const [meta, state, session] = await Promise.all([
    load(() => getMetaOnce(slug.value)),
    attempt(() => getStepOnce(slug.value, n, formId)),
    getSession(),
  ]);
  if (!meta.ok) return <ServiceProblem detail={meta.detail} retryHref={here} />;
  const memory = stepMemory(session, n);
  const intro = meta.value.intro.content?.trim() ? productPath(slug.value) : null;
  const to = { step: (id: string) => stepPath(n, id), intro };
  const displayFirst = memory.said === "display" && memory.at === formId;

  if (!state.ok) {
    if (state.status === 0 || state.status >= 500) return <ServiceProblem detail={state.detail} retryHref={here} />;
    // Not a quote this session knows, and the backend says there is none: the usual "can't find".
    if (state.status === 404 && !memory.said) notFound();
    const kind = memory.said === "perform_otp" ? "otp" : "form";
    const back = backFrom(meta.value.form_sequence, { form_id: formId, form_type: kind }, to);
    return (
      <StashedStep
        slug={slug.value}
        meta={meta.value}
        policyNumber={n}
        formId={formId}
        back={back}
        displayFirst={displayFirst}
        unavailable={<UnavailableStep policyNumber={n} detail={state.detail} />}
      />
    );
  }
  const s = state.value;
  if (s.next_action === "rejected" || s.next_action === "referred") {
    const words = outcomeWords(await getT("errors"));
    return <OutcomeView productName={meta.value.name} policyNumber={n} state={s} kind={s.next_action} words={words} />;
  }
  if (!s.form || s.next_action === "complete") redirect(settledPath(n, s.policy_status));
  // The backend answered with another step (the one the quote is really at): that step's own address.
  if (s.form.form_id !== formId) redirect(stepPath(n, s.form.form_id));
  return (
    <StepView
      at={here}
      intro={intro}
      slug={slug.value}
      meta={meta.value}
      policyNumber={n}
      state={{ ...s, form: s.form }}
      back={backFrom(meta.value.form_sequence, s.form, to)}
      displayFirst={displayFirst}
    />
  );
}

/** A step this tab kept no answer for: the backend's reason, and the way to the step the quote is at. */
async function UnavailableStep({ policyNumber, detail }: { policyNumber: string; detail: string }) {
  const t = await getT("errors");
  return (
    <ServiceProblem
      detail={detail}
      retryHref={quotePath(policyNumber)}
      title={t("cantOpenStep")}
      retryLabel={t("goToCurrentStep")}
    />
  );
}
