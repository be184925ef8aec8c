import { describe, expect, it } from "vitest";
import { translator } from "@/lib/i18n/catalogue";
import { priceRow } from "./list-price";
import type { AccountPolicyItem } from "./schemas";

const item = (extra: Partial<AccountPolicyItem>) => ({ premium: 50, currency: "GBP", ...extra }) as AccountPolicyItem;
const en = translator("en", "account");

describe("a list item's price", () => {
  it("is what the customer pays in all when the backend says so, else the premium said to be before tax", () => {
    expect(priceRow(item({ total_price: "56.00" }), en, "en-GB")).toEqual(["Price", "£56.00"]);
    expect(priceRow(item({}), en, "en-GB")).toEqual(["Price before tax", "£50.00"]);
    expect(priceRow(item({ premium: null }), en, "en-GB", true)).toEqual(["Price so far", "Not priced yet"]);
  });

  it("is written in the page's language", () => {
    const [label, value] = priceRow(item({}), translator("ar", "account"), "ar-u-nu-latn");
    expect(label).toBe("السعر قبل الضريبة");
    expect(value).toMatch(/50\.00/);
  });
});
