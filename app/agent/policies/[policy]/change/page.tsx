import type { Metadata } from "next";
import Link from "next/link";
import { AgentBar } from "@/components/agent/agent-bar";
import { ChangePolicy } from "@/components/endorsement/change-policy";
import { ChangePaymentOutcome } from "@/components/endorsement/change-payment-outcome";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { getPolicy } from "@/lib/api";
import { requireUser } from "@/lib/agent/current-user";
import { agentLoad } from "@/lib/agent/load";
import { getT } from "@/lib/i18n/server";
import { ClientMessages } from "@/lib/i18n/client-messages";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ policy: string }>;
  searchParams: Promise<{ payment?: string | string[] }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getT("agent");
  return { title: t("changePolicyN", { n: (await params).policy }), robots: { index: false, follow: false } };
}

/** A mid-term change by a user: any answer (the backend says which), its price, then payment or refund. */
export default async function AgentChangePolicyPage({ params, searchParams }: Props) {
  const payment = (await searchParams).payment;
  const { policy: n } = await params;
  const back = `/agent/policies/${encodeURIComponent(n)}`;
  const here = `${back}/change`;
  const user = await requireUser(here);
  const loaded = await agentLoad(() => getPolicy(n), here);
  const t = await getT("agent");
  return (
    <>
      <AgentBar user={user} />
      <p className="mb-4">
        <Link href={back}>{t("backToPolicy", { n })}</Link>
      </p>
      <PageHeader title={t("changePolicyN", { n })} />
      {loaded.ok ? (
        <ChangePaymentOutcome
          outcome={typeof payment === "string" ? payment : undefined}
          policy={loaded.value}
          backHref={back}
        />
      ) : null}
      {!loaded.ok || !loaded.value.can_endorse ? (
        <Alert tone="error" title={t("cantChange")}>
          <p>{loaded.ok ? t("cantChangeWhy") : loaded.detail}</p>
        </Alert>
      ) : (
        <Section id="change" title={t("changeThePolicy")}>
          <ClientMessages namespaces={["change"]}>
            <ChangePolicy
              policyNumber={loaded.value.policy_number}
              versionId={loaded.value.version_id}
              audience="agent"
              backHref={back}
            />
          </ClientMessages>
        </Section>
      )}
    </>
  );
}
