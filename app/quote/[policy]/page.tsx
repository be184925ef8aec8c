import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getPolicy } from "@/lib/api";
import { getMetaOnce, getStepOnce, slugForQuoteOnce } from "@/lib/journey/cached";
import { attempt, load } from "@/lib/journey/load";
import { quotePath } from "@/lib/journey/paths";
import { resumeFromMemory, resumeFromState, resumeFromStatus, type ResumeMove } from "@/lib/journey/resume";
import { stepMemory } from "@/lib/journey/step-memory";
import { getSession } from "@/lib/session";
import { OutcomeView, outcomeWords } from "@/components/journey/outcome-view";
import { RememberedOutcome } from "@/components/journey/remembered-outcome";
import { ServiceProblem } from "@/components/journey/service-problem";
import { getT } from "@/lib/i18n/server";

type Props = { params: Promise<{ policy: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { policy: n } = await params;
  const yourQuote = (await getT("pages"))("yourQuote");
  try {
    const slug = await slugForQuoteOnce(n);
    const [meta, state] = await Promise.all([getMetaOnce(slug), getStepOnce(slug, n).catch(() => null)]);
    const what = state?.policy_number === n ? state.description.title : null;
    return { title: `${what || yourQuote} – ${meta.name}` };
  } catch {
    return { title: yourQuote };
  }
}

/**
 * A quote, resumed where it stands (the address links and bookmarks use): the backend's answer when it
 * offers that call (an extension), else what this session remembers of the last answer, else the
 * policy's status, else the product's first step.
 */
export default async function QuotePage({ params }: Props) {
  const { policy: n } = await params;
  const here = quotePath(n);
  const slug = await load(() => slugForQuoteOnce(n));
  if (!slug.ok) return <ServiceProblem detail={slug.detail} retryHref={here} />;
  const [meta, state, session] = await Promise.all([
    load(() => getMetaOnce(slug.value)),
    attempt(() => getStepOnce(slug.value, n)),
    getSession(),
  ]);
  if (!meta.ok) return <ServiceProblem detail={meta.detail} retryHref={here} />;
  let move: ResumeMove | null =
    resumeFromState(n, state.ok ? state.value : null) ?? resumeFromMemory(n, stepMemory(session, n));
  if (!move) {
    const policy = await attempt(() => getPolicy(n));
    if (!policy.ok && !state.ok && (state.status === 0 || state.status >= 500)) {
      return <ServiceProblem detail={state.detail} retryHref={here} />;
    }
    move = resumeFromStatus(n, policy.ok ? policy.value.status : null, meta.value.form_sequence[0]?.id ?? null);
  }
  const t = await getT("errors");
  if (!move) return <ServiceProblem detail={t("noQuestions")} retryHref={here} />;
  if (move.kind === "go") redirect(move.href);
  const outcome = { productName: meta.value.name, policyNumber: n, kind: move.outcome, words: outcomeWords(t) };
  if (move.description) return <OutcomeView {...outcome} state={{ description: move.description }} />;
  return <RememberedOutcome {...outcome} />;
}
