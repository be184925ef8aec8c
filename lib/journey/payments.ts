import type { PolicyView } from "@/contract/policy";
import { ISSUED, namesOf } from "@/contract/lifecycle";

const succeeded = (status: string) => /succe|paid|captur|settled/i.test(status) && !/declin|fail|refus/i.test(status);

/** Whether the policy has been paid for (the v3 view reports each payment's outcome as text). */
export const isPaid = (policy: PolicyView) => policy.payments.some((p) => succeeded(p.status));

const processing = (status: string) => /process|pending/i.test(status) && !/declin|fail|refus/i.test(status);

/** Whether the last payment is still being settled: never to be shown as declined. */
export const isProcessing = (policy: PolicyView) => processing(policy.payments.at(-1)?.status ?? "");

/**
 * Why the last payment failed, in the gateway's words, read from the policy itself (not from the address bar);
 * `unsaid` (in the page's language) when the gateway gave no reason.
 */
export function lastDecline(policy: PolicyView, unsaid: string): string | null {
  const last = policy.payments.at(-1);
  if (!last || succeeded(last.status) || processing(last.status)) return null;
  return last.status.replace(/^Payment declined:\s*/i, "") || unsaid;
}

/** Statuses whose policies have documents. */
export const HAS_DOCUMENTS = namesOf(ISSUED);
