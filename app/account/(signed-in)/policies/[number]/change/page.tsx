import type { Metadata } from "next";
import Link from "next/link";
import { ChangePolicy } from "@/components/endorsement/change-policy";
import { ChangePaymentOutcome } from "@/components/endorsement/change-payment-outcome";
import { FocusHeading } from "@/components/journey/focus-heading";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { getPolicy } from "@/lib/api";
import { policyPath } from "@/lib/account/paths";
import { loadForAccount, requireCustomer } from "@/lib/account/require-customer";
import { ClientMessages } from "@/lib/i18n/client-messages";
import { getT } from "@/lib/i18n/server";

type Props = {
  params: Promise<{ number: string }>;
  searchParams: Promise<{ payment?: string | string[] }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await getT("change"))("changePolicyN", { n: (await params).number }) };
}

/** A mid-term change by the customer: what the product lets them change, its price, then payment or refund. */
export default async function ChangePolicyPage({ params, searchParams }: Props) {
  const payment = (await searchParams).payment;
  const { number: n } = await params;
  const back = policyPath(n);
  const here = `${back}/change`;
  await requireCustomer(here);
  const loaded = await loadForAccount(() => getPolicy(n), here);
  const t = await getT("change");
  return (
    <>
      <FocusHeading />
      <p className="mb-4">
        <Link href={back}>{t("backToPolicyN", { n })}</Link>
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
        <Alert tone="error" title={t("cantChangeHere")}>
          <p>{loaded.ok ? t("contactUsToChange") : loaded.detail}</p>
        </Alert>
      ) : (
        <Section id="change" title={t("changeYourPolicy")}>
          <ClientMessages namespaces={["change"]}>
            <ChangePolicy
              policyNumber={loaded.value.policy_number}
              versionId={loaded.value.version_id}
              audience="customer"
              backHref={back}
            />
          </ClientMessages>
          <p className="mt-6 text-muted">{t("onlySomeOnline")}</p>
        </Section>
      )}
    </>
  );
}
