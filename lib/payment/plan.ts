import type { InstalmentPlan } from "@/contract/policy";
import type { Translate } from "@/lib/i18n/catalogue";

/** What a plan with no payment coming says about itself, with the `account` namespace's words. */
export function planStanding(plan: InstalmentPlan, t: Translate): string {
  if (plan.instalments.every((i) => i.status === "collected")) return t("allTaken");
  return t(plan.recurring ? "noMoreTaken" : "noLongerCharged");
}
