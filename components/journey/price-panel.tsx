"use client";

import type { Pricing } from "@/contract/pricing";
import { useIntlTag, useT } from "@/lib/i18n/client";
import { PriceBreakdown } from "@/components/ui/price-breakdown";
import { formatMoney } from "@/lib/format/money";

type PricePanelProps = {
  pricing: Pricing;
  title?: string;
  /** True once the price has been re-asked for after a change: the new total is announced. */
  live?: boolean;
  updating?: boolean;
  failed?: boolean;
};

/** The price so far, itemised; changes are announced politely. */
export function PricePanel({ pricing, title, live = false, updating = false, failed = false }: PricePanelProps) {
  const t = useT("step");
  const tag = useIntlTag();
  const total = formatMoney(pricing.total, pricing.currency, tag);
  const labels = { premium: t("premium"), fees: t("totalFees"), taxes: t("totalTaxes"), total: t("totalToPay") };
  return (
    <div className="space-y-2 lg:sticky lg:top-4">
      <PriceBreakdown
        pricing={pricing}
        title={title ?? t("priceSoFar")}
        labels={labels}
        locale={tag}
        className={updating ? "opacity-70" : ""}
      />
      <p role="status" className={failed || updating ? "text-muted" : "sr-only"}>
        {failed ? t("priceFailed") : updating ? t("priceUpdating") : live ? t("priceUpdated", { total }) : ""}
      </p>
    </div>
  );
}
