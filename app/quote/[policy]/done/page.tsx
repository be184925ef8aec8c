import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { STATUSES } from "@/contract/statuses";
import { getPolicy } from "@/lib/api";
import { attempt } from "@/lib/journey/load";
import { stepMemory } from "@/lib/journey/step-memory";
import { getSession } from "@/lib/session";
import { donePath, quotePath } from "@/lib/journey/paths";
import { HAS_DOCUMENTS, isPaid } from "@/lib/journey/payments";
import { linkButton } from "@/components/journey/link-classes";
import { PageHeader } from "@/components/ui/page-header";
import { DocumentLinks } from "@/components/journey/document-links";
import { FocusHeading } from "@/components/journey/focus-heading";
import { PolicySummary } from "@/components/journey/policy-summary";
import { InstalmentPlan } from "@/components/account/instalment-plan";
import { ServiceProblem } from "@/components/journey/service-problem";
import type { Translate } from "@/lib/i18n/catalogue";
import { getT } from "@/lib/i18n/server";

type Props = { params: Promise<{ policy: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("pages"))("yourPolicy") };
}

export default async function DonePage({ params }: Props) {
  const { policy: n } = await params;
  const policy = await attempt(() => getPolicy(n));
  if (!policy.ok && [401, 403, 404].includes(policy.status)) {
    // A backend that doesn't show its policy view to the quote's own browser: confirmed is all we know.
    if (stepMemory(await getSession(), n).said === "confirmed")
      return <Confirmed policyNumber={n} t={await getT("pages")} />;
    notFound();
  }
  if (!policy.ok) return <ServiceProblem detail={policy.detail} retryHref={donePath(n)} />;
  if (!isPaid(policy.value) && !HAS_DOCUMENTS.includes(policy.value.status)) redirect(quotePath(n));
  const active = policy.value.status === STATUSES.S_ACTIVE;
  const t = await getT("pages");
  return (
    <>
      <FocusHeading />
      <PageHeader
        eyebrow={policy.value.product_name}
        title={active ? t("covered") : t("thankYou")}
        description={active ? t("activeLead") : t("readyLead")}
      />
      {/* Read by a partner embed's bridge (components/embed/embed-bridge.tsx): "purchased". */}
      <div className="max-w-2xl space-y-8" data-purchased-policy={n}>
        <PolicySummary policy={policy.value} />
        <InstalmentPlan policy={policy.value} />
        {HAS_DOCUMENTS.includes(policy.value.status) ? <DocumentLinks policyNumber={n} /> : null}
        <Link href="/account" className={linkButton("primary")}>
          {t("goToPolicies")}
        </Link>
      </div>
    </>
  );
}

function Confirmed({ policyNumber, t }: { policyNumber: string; t: Translate }) {
  return (
    <>
      <FocusHeading />
      <PageHeader title={t("thankYou")} description={t("confirmedLead")} />
      <div className="max-w-2xl space-y-8 rounded-lg border border-line bg-white p-5 sm:p-8">
        <div>
          <p className="text-muted">{t("policyNumber")}</p>
          <p className="text-3xl font-bold tracking-wide" data-testid="policy-number">
            {policyNumber}
          </p>
        </div>
        <Link href="/" className={linkButton("primary")}>
          {t("backToProducts")}
        </Link>
      </div>
    </>
  );
}
