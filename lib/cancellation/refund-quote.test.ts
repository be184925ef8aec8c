import { describe, expect, it } from "vitest";
import type { RefundQuote } from "@/contract/refund";
import { translator } from "@/lib/i18n/catalogue";
import { refundBasisText } from "./refund-quote";

const quote = (over: Partial<RefundQuote>): RefundQuote =>
  ({ basis: "pro_rata", days_unused: 200, days_in_term: 365, cooling_off_ends: "2026-01-15", ...over }) as RefundQuote;

describe("why the refund is what it is", () => {
  it("says it in English", () => {
    const en = translator("en", "cancel");
    expect(refundBasisText(quote({ basis: "cooling_off" }), en, "en-GB")).toBe(
      "This is within the cooling-off period (until 15 January 2026), so everything paid comes back, " +
        "with no cancellation fee.",
    );
    expect(refundBasisText(quote({}), en, "en-GB")).toMatch(/^200 of the 365 days of cover would be unused/);
  });

  it("says it in Arabic, counting days by Arabic's plural forms", () => {
    const ar = translator("ar", "cancel");
    const say = (unused: number, days = 365) =>
      refundBasisText(quote({ days_unused: unused, days_in_term: days }), ar, "ar-u-nu-latn");
    expect(say(1)).toMatch(/^سيبقى يوم واحد من أصل 365 يومًا/);
    expect(say(2)).toMatch(/^سيبقى يومان من أصل/);
    expect(say(5)).toMatch(/^سيبقى 5 أيام من أصل/);
    expect(say(200, 366)).toMatch(/^سيبقى 200 يوم من أصل 366 يومًا/);
  });
});
