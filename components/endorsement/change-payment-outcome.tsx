import Link from "next/link";
import type { PolicyView } from "@/contract/policy";
import { Alert } from "@/components/ui/alert";
import { getT } from "@/lib/i18n/server";
import { lastDecline } from "@/lib/journey/payments";

type Props = { outcome: string | undefined; policy: PolicyView; backHref: string };

/**
 * Back from paying for a change: the change is made only once the additional premium is paid, so a declined card
 * leaves the policy as it was (the reason from the policy's own payments, not the address) and the form stays open.
 */
export async function ChangePaymentOutcome({ outcome, policy, backHref }: Props) {
  if (outcome !== "succeeded" && outcome !== "processing" && outcome !== "declined") return null;
  const t = await getT("change");
  if (outcome === "succeeded")
    return (
      <Alert tone="success" title={t("paidTitle")}>
        <p>
          {t("paidText")} <Link href={backHref}>{t("backToPolicyN", { n: policy.policy_number })}</Link>
        </p>
      </Alert>
    );
  if (outcome === "processing")
    return (
      <Alert tone="info" title={t("confirmingTitle")}>
        <p>{t("confirmingText")}</p>
      </Alert>
    );
  return (
    <Alert tone="error" title={t("declinedTitle")}>
      <p>
        {lastDecline(policy, t("notCompleted")) ?? t("notCompleted")} {t("declinedText")}
      </p>
    </Alert>
  );
}
