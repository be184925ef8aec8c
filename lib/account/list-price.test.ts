import { describe, expect, it } from "vitest";
import { priceRow } from "./list-price";
import type { AccountPolicyItem } from "./schemas";

const item = (extra: Partial<AccountPolicyItem>) => ({ premium: 50, currency: "GBP", ...extra }) as AccountPolicyItem;

describe("a list item's price", () => {
  it("is what the customer pays in all when the backend says so, else the premium said to be before tax", () => {
    expect(priceRow(item({ total_price: "56.00" }))).toEqual(["Price", "£56.00"]);
    expect(priceRow(item({}))).toEqual(["Price before tax", "£50.00"]);
    expect(priceRow(item({ premium: null }), "Price so far")).toEqual(["Price so far", "Not priced yet"]);
  });
});
