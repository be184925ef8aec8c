import type { Metadata } from "next";
import { getMeta, getSubmit } from "@/lib/api";
import { load } from "@/lib/journey/load";
import { firstStepPath, productPath } from "@/lib/journey/paths";
import { ServiceProblem } from "@/components/journey/service-problem";
import { StepView } from "@/components/journey/step-view";
import { getT } from "@/lib/i18n/server";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("pages"))("getQuote") };
}

/** The first step: the form comes from the server; the first answer creates the quote. */
export default async function FirstStepPage({ params }: Props) {
  const { slug } = await params;
  const [meta, first] = await Promise.all([load(() => getMeta(slug)), load(() => getSubmit(slug))]);
  if (!meta.ok) return <ServiceProblem detail={meta.detail} retryHref={firstStepPath(slug)} />;
  if (!first.ok) return <ServiceProblem detail={first.detail} retryHref={firstStepPath(slug)} />;
  const form = first.value.form;
  if (!form) {
    const detail = (await getT("errors"))("noQuestions");
    return <ServiceProblem detail={detail} retryHref={firstStepPath(slug)} />;
  }
  const intro = meta.value.intro.content?.trim() ? productPath(slug) : null;
  return (
    <StepView
      at={firstStepPath(slug)}
      intro={intro}
      slug={slug}
      meta={meta.value}
      policyNumber={null}
      state={{ ...first.value, form }}
      back={intro ? { href: intro, label: "Back" } : null}
    />
  );
}
