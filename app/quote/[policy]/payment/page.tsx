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

type Props = { params: Promise<{ policy: string }>; searchParams: Promise<{ payment?: string | string[] }> };

export const metadata: Metadata = { title: "Pay for your policy" };

const DECLINED = "Your payment didn't go through. No money was taken.";
const PROCESSING = "We're still confirming your payment with your bank.";

export default async function PaymentPage({ params, searchParams }: Props) {
  const { policy: n } = await params;
  const query = await searchParams;
  const policy = await load(() => getPolicy(n));
  if (!policy.ok) return <ServiceProblem detail={policy.detail} retryHref={paymentPath(n)} />;
  if (isPaid(policy.value)) redirect(donePath(n));
  const settling = isProcessing(policy.value);
  const reason = query.payment === "declined" && !settling ? lastDecline(policy.value) : null;
  const declined = reason !== null;
  const breakdown = policy.value.price_breakdown;
  return (
    <>
      <FocusHeading />
      <PageHeader eyebrow={policy.value.product_name} title="Pay for your policy" description={`Quote ${n}`} />
      <div className="grid gap-8 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          {settling ? (
            <Alert tone="info" title={PROCESSING}>
              <p>
                Please don&apos;t pay again. This usually takes a minute: <a href={paymentPath(n)}>check again</a>.
              </p>
            </Alert>
          ) : null}
          {declined ? (
            <Alert tone="error" title={DECLINED}>
              {reason ? <p>{reason}</p> : null}
            </Alert>
          ) : null}
          {settling ? null : <PaymentChooser policyNumber={n} />}
        </div>
        {breakdown ? <PriceBreakdown pricing={breakdown} title="Your price" /> : null}
      </div>
    </>
  );
}
