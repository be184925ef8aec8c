import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import { pricingSchema, type Pricing } from "@/contract/pricing";
import { getProduct } from "../products";
import { paymentAmounts, priceQuote } from "./pricing";

const travel = getProduct("travel")!;
const bicycle = getProduct("bicycle")!;
const home = getProduct("home-contents")!;

const person = { full_name: "Ada Lovelace", date_of_birth: "1985-12-10", passport_number: "123456789" };
const trip = (start: string, end: string, destination = "europe") => ({
  start_date: start,
  end_date: end,
  destination,
  medical_conditions: "no",
});
const bike = (value: string, bike_type = "road", claims = 0) => ({
  make: "Brompton",
  model: "C Line",
  value,
  bike_type,
  claims,
  start_date: "2025-06-01",
});

/** The contract's rule: totals are the sums of the itemised lines, to the penny. */
function expectConsistent(p: Pricing) {
  expect(pricingSchema.parse(p)).toEqual(p);
  const sum = (xs: { amount: string }[]) => xs.reduce((s, x) => s.add(x.amount), new Decimal(0)).toFixed(2);
  expect(p.total_fees).toBe(sum(p.fees));
  expect(p.total_taxes).toBe(sum(p.taxes));
  expect(p.total).toBe(new Decimal(p.amount_pre_fees_and_taxes).add(p.total_fees).add(p.total_taxes).toFixed(2));
}

const travelFee = [{ id: "admin", label: "Policy administration fee", amount: "3.50" }];
const bikeFee = [{ id: "admin", label: "Policy administration fee", amount: "5.00" }];
const ipt = (amount: string, rate = "12") => [{ id: "ipt", label: `Insurance premium tax (${rate}%)`, amount }];

describe("travel pricing", () => {
  it("is 6.50 per traveller × destination × trip-length band, plus fee and 20% tax", () => {
    // 6.50 × 2 travellers × 1 (Europe) × 2.1 (14 days) = 27.30; tax 20% of 30.80 = 6.16
    const p = priceQuote(travel, {
      trip: trip("2025-07-01", "2025-07-14"),
      travellers: { travellers: [person, person] },
    });
    expect(p).toEqual({
      currency: "GBP",
      amount_pre_fees_and_taxes: "27.30",
      fees: travelFee,
      total_fees: "3.50",
      taxes: ipt("6.16", "20"),
      total_taxes: "6.16",
      total: "36.96",
    });
    expectConsistent(p!);
  });

  it("counts both dates of the trip and bands on the boundary", () => {
    const price = (end: string) =>
      priceQuote(travel, { trip: trip("2025-07-01", end, "worldwide"), travellers: { travellers: [person] } });
    // 1 day: 6.50 × 2.6 × 1 = 16.90; tax 20% of 20.40 = 4.08
    expect(price("2025-07-01")).toMatchObject({
      amount_pre_fees_and_taxes: "16.90",
      total_taxes: "4.08",
      total: "24.48",
    });
    expect(price("2025-07-04")?.amount_pre_fees_and_taxes).toBe("16.90"); // 4 days, still the first band
    expect(price("2025-07-05")?.amount_pre_fees_and_taxes).toBe("25.35"); // 5 days: × 1.5
    expect(price("2026-01-01")?.amount_pre_fees_and_taxes).toBe("101.40"); // 185 days, the open band: × 6
  });

  it("is null until the trip and the travellers are known, or when the trip ends before it starts", () => {
    expect(priceQuote(travel, { trip: trip("2025-07-01", "2025-07-14") })).toBeNull();
    expect(priceQuote(travel, { travellers: { travellers: [person] } })).toBeNull();
    expect(
      priceQuote(travel, { trip: trip("2025-07-14", "2025-07-01"), travellers: { travellers: [person] } }),
    ).toBeNull();
    expect(
      priceQuote(travel, {
        trip: { ...trip("2025-07-01", "2025-07-14"), destination: null },
        travellers: { travellers: [person] },
      }),
    ).toBeNull();
  });
});

describe("bicycle pricing", () => {
  it("prices with the default options before they are chosen", () => {
    // 1200.00 × 0.05 = 60.00 (road, no claims, standard, £50 excess); tax 12% of 65.00 = 7.80
    const p = priceQuote(bicycle, { bike: bike("1200.00") });
    expect(p).toEqual({
      currency: "GBP",
      amount_pre_fees_and_taxes: "60.00",
      fees: bikeFee,
      total_fees: "5.00",
      taxes: ipt("7.80"),
      total_taxes: "7.80",
      total: "72.80",
    });
    expectConsistent(p!);
  });

  it("applies type, claims, tier, excess and perils", () => {
    // 2499.99 × 0.05 × 1.3 (electric) × 1.2 (1 claim) × 1.25 (premium) × 0.9 (£100) × 1.35 (10% + 25%)
    // = 296.155065375 → 296.16; tax 12% of 301.16 = 36.1392 → 36.14
    const p = priceQuote(bicycle, {
      bike: bike("2499.99", "electric", 1),
      quote: { tier: "premium", excess: "100", perils: ["theft-abroad", "racing"] },
    });
    expect(p).toEqual({
      currency: "GBP",
      amount_pre_fees_and_taxes: "296.16",
      fees: bikeFee,
      total_fees: "5.00",
      taxes: ipt("36.14"),
      total_taxes: "36.14",
      total: "337.30",
    });
    expectConsistent(p!);
  });

  it("changes the total when an optional peril is added", () => {
    const quote = { tier: "standard", excess: "50", perils: [] as string[] };
    expect(priceQuote(bicycle, { bike: bike("1200.00"), quote })?.total).toBe("72.80");
    // 60.00 × 1.15 = 69.00; tax 12% of 74.00 = 8.88
    expect(
      priceQuote(bicycle, { bike: bike("1200.00"), quote: { ...quote, perils: ["accidental-damage"] } })?.total,
    ).toBe("82.88");
  });

  it("uses the claims bands, the open band beyond two claims, and the minimum premium", () => {
    expect(priceQuote(bicycle, { bike: bike("1200.00", "road", 2) })?.amount_pre_fees_and_taxes).toBe("84.00");
    expect(priceQuote(bicycle, { bike: bike("1200.00", "road", 7) })?.amount_pre_fees_and_taxes).toBe("105.00");
    // 100.00 × 0.05 × 0.9 × 0.85 × 0.75 = 2.87, below the 25.00 minimum; tax 12% of 30.00 = 3.60
    const p = priceQuote(bicycle, {
      bike: bike("100.00", "hybrid"),
      quote: { tier: "essential", excess: "250", perils: null },
    });
    expect(p).toMatchObject({ amount_pre_fees_and_taxes: "25.00", total_taxes: "3.60", total: "33.60" });
  });

  it("rounds half up", () => {
    // 1000.10 × 0.05 = 50.005 → 50.01 (half-even would give 50.00); tax 12% of 55.01 = 6.6012 → 6.60
    expect(priceQuote(bicycle, { bike: bike("1000.10") })).toMatchObject({
      amount_pre_fees_and_taxes: "50.01",
      total_taxes: "6.60",
      total: "61.61",
    });
  });

  it("is null while the value or type is missing", () => {
    expect(priceQuote(bicycle, {})).toBeNull();
    expect(priceQuote(bicycle, { quote: { tier: "premium", excess: "0", perils: [] } })).toBeNull();
    expect(priceQuote(bicycle, { bike: { ...bike("1200.00"), value: null } })).toBeNull();
    expect(priceQuote(bicycle, { bike: { ...bike("1200.00"), bike_type: "" } })).toBeNull();
  });
});

describe("home contents pricing", () => {
  it("is contents value × 0.4% × property type × high-value item band", () => {
    // 30000.00 × 0.004 × 0.9 (flat) × 1.1 (2 items) = 118.80; tax 12% of 128.80 = 15.456 → 15.46
    const item = { description: "Engagement ring", category: "jewellery", value: "2500.00" };
    const p = priceQuote(home, {
      property: { property_type: "flat" },
      contents: { contents_value: "30000.00", high_value_items: [item, item] },
    });
    expect(p).toEqual({
      currency: "GBP",
      amount_pre_fees_and_taxes: "118.80",
      fees: [{ id: "admin", label: "Policy administration fee", amount: "10.00" }],
      total_fees: "10.00",
      taxes: ipt("15.46"),
      total_taxes: "15.46",
      total: "144.26",
    });
    expectConsistent(p!);
  });

  it("treats an empty high-value list as none, and is null before the contents form", () => {
    // 45000.50 × 0.004 × 1.15 = 207.0023 → 207.00; tax 12% of 217.00 = 26.04
    const expected = { amount_pre_fees_and_taxes: "207.00", total_taxes: "26.04", total: "243.04" };
    for (const high_value_items of [[], null]) {
      expect(
        priceQuote(home, {
          property: { property_type: "detached" },
          contents: { contents_value: "45000.50", high_value_items },
        }),
      ).toMatchObject(expected);
    }
    expect(priceQuote(home, { property: { property_type: "detached" } })).toBeNull();
  });
});

describe("paymentAmounts", () => {
  it("charges the total once, or the first of twelve monthly instalments that add up to it", () => {
    const p = priceQuote(bicycle, {
      bike: bike("2499.99", "electric", 1),
      quote: { tier: "premium", excess: "100", perils: ["theft-abroad", "racing"] },
    })!;
    const [once, monthly] = paymentAmounts(bicycle, p, "2026-01-31");
    expect(once).toEqual({ id: "annual", label: "Pay once", amount: "337.30" });
    // 337.30 / 12 = 28.1083… → 11 × 28.10, and the first carries the difference: 337.30 − 309.10 = 28.20.
    expect(monthly).toMatchObject({ id: "monthly", label: "Pay monthly", amount: "28.20" });
    expect(monthly.instalments!.map((i) => i.amount)).toEqual(["28.20", ...Array(11).fill("28.10")]);
    expect(monthly.instalments!.slice(0, 3).map((i) => i.due_date)).toEqual(["2026-01-31", "2026-02-28", "2026-03-31"]);
    // 72.80 / 12 = 6.0666… → 11 × 6.06; first 72.80 − 66.66 = 6.14.
    expect(paymentAmounts(bicycle, priceQuote(bicycle, { bike: bike("1200.00") })!, "2026-01-01")[1].amount).toBe(
      "6.14",
    );
  });

  it("offers travel as a single payment", () => {
    const p = priceQuote(travel, {
      trip: trip("2025-07-01", "2025-07-14"),
      travellers: { travellers: [person, person] },
    })!;
    expect(paymentAmounts(travel, p, "2025-06-01")).toEqual([{ id: "annual", label: "Pay once", amount: "36.96" }]);
  });
});
