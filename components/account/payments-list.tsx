import type { PolicyView } from "@/contract/policy";
import { formatMoment } from "@/lib/account/words";
import { formatMoney } from "@/lib/format";
import type { Translate } from "@/lib/i18n/catalogue";
import { getLanguage, getT } from "@/lib/i18n/server";
import { Section } from "@/components/ui/section";

/** The payment statuses our words name (the account's `payment<Status>` keys); any other is shown as the API says. */
const KNOWN = new Set(["pending", "processing", "succeeded", "declined"]);
const paymentStatus = (status: string, t: Translate) =>
  KNOWN.has(status) ? t(`payment${status[0].toUpperCase()}${status.slice(1)}`) : status;

/** Every payment the API records for the policy, newest first. */
export async function PaymentsList({ policy }: { policy: PolicyView }) {
  const [t, { tag }] = await Promise.all([getT("account"), getLanguage()]);
  const currency = policy.price_breakdown?.currency;
  const payments = [...policy.payments].reverse();
  return (
    <Section id="payments" title={t("payments")}>
      {payments.length === 0 ? (
        <p>{t("noPayments")}</p>
      ) : (
        <ul className="divide-y divide-line">
          {payments.map((p, i) => (
            <li key={`${p.payment_reference}-${i}`} className="grid gap-1 py-3 sm:grid-cols-3 sm:gap-4">
              <p className="font-semibold tabular-nums">{currency ? formatMoney(p.amount, currency, tag) : p.amount}</p>
              <p>{paymentStatus(p.status, t)}</p>
              <p className="text-muted">
                {formatMoment(p.timestamp, tag)}
                {p.payment_reference ? (
                  <>
                    <br />
                    {t("reference", { ref: p.payment_reference })}
                  </>
                ) : null}
              </p>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
