import type { Pricing } from "@/contract/pricing";
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
export function PricePanel({
  pricing,
  title = "Your price so far",
  live = false,
  updating = false,
  failed = false,
}: PricePanelProps) {
  const total = formatMoney(pricing.total, pricing.currency);
  return (
    <div className="space-y-2 lg:sticky lg:top-4">
      <PriceBreakdown pricing={pricing} title={title} className={updating ? "opacity-70" : ""} />
      <p role="status" className={failed || updating ? "text-muted" : "sr-only"}>
        {failed
          ? "We couldn't update the price just now. It will be worked out again when you continue."
          : updating
            ? "Updating your price…"
            : live
              ? `Price updated. Total to pay: ${total}.`
              : ""}
      </p>
    </div>
  );
}
