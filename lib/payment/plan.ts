import type { InstalmentPlan } from "@/contract/policy";

/** What a plan with no payment coming says about itself. */
export function planStanding(plan: InstalmentPlan): string {
  if (plan.instalments.every((i) => i.status === "collected")) return "Every payment has been taken.";
  if (!plan.recurring) return "Your card is no longer charged automatically.";
  return "No more payments will be taken automatically.";
}
