import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { STATUSES } from "@/contract/statuses";
import { getPolicy } from "@/lib/api";
import { load } from "@/lib/journey/load";
import { donePath, quotePath } from "@/lib/journey/paths";
import { HAS_DOCUMENTS, isPaid } from "@/lib/journey/payments";
import { linkButton } from "@/components/journey/link-classes";
import { PageHeader } from "@/components/ui/page-header";
import { DocumentLinks } from "@/components/journey/document-links";
import { FocusHeading } from "@/components/journey/focus-heading";
import { PolicySummary } from "@/components/journey/policy-summary";
import { ServiceProblem } from "@/components/journey/service-problem";

type Props = { params: Promise<{ policy: string }> };

export const metadata: Metadata = { title: "Your policy" };

export default async function DonePage({ params }: Props) {
  const { policy: n } = await params;
  const policy = await load(() => getPolicy(n));
  if (!policy.ok) return <ServiceProblem detail={policy.detail} retryHref={donePath(n)} />;
  if (!isPaid(policy.value) && !HAS_DOCUMENTS.includes(policy.value.status)) redirect(quotePath(n));
  const active = policy.value.status === STATUSES.S_ACTIVE;
  return (
    <>
      <FocusHeading />
      <PageHeader
        eyebrow={policy.value.product_name}
        title={active ? "You're covered" : "Thank you"}
        description={active ? "Your policy is active. Keep your policy number handy." : "We'll email you when your policy is ready."}
      />
      <div className="max-w-2xl space-y-8">
        <PolicySummary policy={policy.value} />
        {HAS_DOCUMENTS.includes(policy.value.status) ? <DocumentLinks policyNumber={n} /> : null}
        <Link href="/account" className={linkButton("primary")}>Go to my policies</Link>
      </div>
    </>
  );
}
