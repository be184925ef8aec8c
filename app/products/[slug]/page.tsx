import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getMetaOnce as getMeta } from "@/lib/journey/cached";
import { load } from "@/lib/journey/load";
import { firstStepPath, productPath } from "@/lib/journey/paths";
import { ProductIntro } from "@/components/journey/product-intro";
import { ServiceProblem } from "@/components/journey/service-problem";
import { getT } from "@/lib/i18n/server";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const meta = await load(async () => getMeta((await params).slug)).catch(() => null);
  return { title: meta?.ok ? meta.value.name : (await getT("pages"))("getQuote") };
}

export default async function ProductIntroPage({ params }: Props) {
  const { slug } = await params;
  const meta = await load(() => getMeta(slug));
  if (!meta.ok) return <ServiceProblem detail={meta.detail} retryHref={productPath(slug)} />;
  // A blank intro means: no intro page, straight to the first step.
  if (!meta.value.intro.content?.trim()) redirect(firstStepPath(slug));
  return <ProductIntro meta={meta.value} startHref={firstStepPath(slug)} />;
}
