import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getPolicy } from "@/lib/api";
import { load } from "@/lib/journey/load";
import { isPaid, isProcessing, lastDecline } from "@/lib/journey/payments";
import { donePath, paymentPath } from "@/lib/journey/paths";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { PriceBreakdown } from "@/components/ui/price-breakdown";
import { FocusHeading } from "@/components/journey/focus-heading";
import { PaymentChooser } from "@/components/journey/payment-chooser";
import { ServiceProblem } from "@/components/journey/service-problem";
import { pickMessages, translator } from "@/lib/i18n/catalogue";
import { MessagesProvider } from "@/lib/i18n/client";
import { getLanguage, getT } from "@/lib/i18n/server";

type Props = { params: Promise<{ policy: string }>; searchParams: Promise<{ payment?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("pages"))("payTitle") };
}

export default async function PaymentPage({ params, searchParams }: Props) {
  const { policy: n } = await params;
  const query = await searchParams;
  const policy = await load(() => getPolicy(n));
  if (!policy.ok) return <ServiceProblem detail={policy.detail} retryHref={paymentPath(n)} />;
  if (isPaid(policy.value)) redirect(donePath(n));
  const settling = isProcessing(policy.value);
  const { locale, tag } = await getLanguage();
  const t = translator(locale, "pages");
  const reason = query.payment === "declined" && !settling ? lastDecline(policy.value, t("notCompleted")) : null;
  const declined = reason !== null;
  const breakdown = policy.value.price_breakdown;
  const st = translator(locale, "step");
  return (
    <>
      <FocusHeading />
      <PageHeader eyebrow={policy.value.product_name} title={t("payTitle")} description={t("quoteN", { n })} />
      <div className="grid gap-8 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          {settling ? (
            <Alert tone="info" title={t("processing")}>
              <p>
                {t("dontPayAgain")} <a href={paymentPath(n)}>{t("checkAgain")}</a>
              </p>
            </Alert>
          ) : null}
          {declined ? (
            <Alert tone="error" title={t("declined")}>
              {reason ? <p>{reason}</p> : null}
            </Alert>
          ) : null}
          {settling ? null : (
            <MessagesProvider tag={tag} messages={pickMessages(locale, ["pay"])}>
              <PaymentChooser policyNumber={n} />
            </MessagesProvider>
          )}
        </div>
        {breakdown ? (
          <PriceBreakdown
            pricing={breakdown}
            title={t("yourPrice")}
            labels={{ premium: st("premium"), fees: st("totalFees"), taxes: st("totalTaxes"), total: st("totalToPay") }}
            locale={tag}
          />
        ) : null}
      </div>
    </>
  );
}
