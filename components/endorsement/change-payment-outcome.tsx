import Link from "next/link";
import type { PolicyView } from "@/contract/policy";
import { Alert } from "@/components/ui/alert";
import { lastDecline } from "@/lib/journey/payments";

type Props = { outcome: string | undefined; policy: PolicyView; backHref: string };

/**
 * Back from paying for a change: the change is made only once the additional premium is paid, so a declined card
 * leaves the policy as it was (the reason from the policy's own payments, not the address) and the form stays open.
 */
export function ChangePaymentOutcome({ outcome, policy, backHref }: Props) {
  if (outcome === "succeeded")
    return (
      <Alert tone="success" title="Payment received: the policy is changed">
        <p>
          The updated certificate and endorsement schedule are with the documents.{" "}
          <Link href={backHref}>Back to policy {policy.policy_number}</Link>
        </p>
      </Alert>
    );
  if (outcome === "processing")
    return (
      <Alert tone="info" title="We're confirming the payment">
        <p>The change is made as soon as the payment is confirmed. Reload this page in a minute to check.</p>
      </Alert>
    );
  if (outcome === "declined")
    return (
      <Alert tone="error" title="The payment didn't go through, so nothing has changed">
        <p>
          {lastDecline(policy) ?? "The payment was not completed."} The policy is as it was; you can make the change
          again below.
        </p>
      </Alert>
    );
  return null;
}
