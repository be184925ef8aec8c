import type { Metadata } from "next";
import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { decodeEmbed, EMBED_COOKIE } from "@/lib/embed/cookie";
import { findPartner, sellsProduct } from "@/lib/embed/partners";
import { productPath } from "@/lib/journey/paths";
import { EmbedStart } from "@/components/embed/embed-start";
import { EmbedBridge } from "@/components/embed/embed-bridge";
import { getT } from "@/lib/i18n/server";

type Props = {
  params: Promise<{ partner: string; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("pages"))("getQuote") };
}

/**
 * A partner's embed opens here (proxy.ts set the partitioned embed cookie and the partner's frame-ancestors):
 * on to the product once the frame keeps cookies, or on in a new window when it can't.
 */
export default async function EmbedEntryPage({ params, searchParams }: Props) {
  const { partner: id, slug } = await params;
  const partner = findPartner(id);
  if (!partner || !sellsProduct(partner, slug)) notFound();
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(await searchParams)) {
    if (typeof value === "string" && (key === "touchpoint" || key === "referrer")) query.set(key, value);
  }
  const here = `/embed/${encodeURIComponent(partner.id)}/products/${encodeURIComponent(slug)}?${query}`;
  const t = await getT("embed");
  const words = {
    loading: t("loading"),
    title: t("newWindowTitle"),
    lead: t("newWindowLead", { partner: partner.name }),
    start: t("startInWindow"),
  };
  return (
    <>
      <EmbedStart productHref={productPath(slug)} windowHref={here} words={words} />
      {/* The layout has its own bridge once the embed cookie comes back. */}
      {decodeEmbed((await cookies()).get(EMBED_COOKIE)?.value) ? null : <EmbedBridge origins={partner.origins} />}
    </>
  );
}
