import { describe, expect, it } from "vitest";
import { translator } from "@/lib/i18n/catalogue";
import { ariaSort, parseSearch, searchHref, searchProblems, sortHref, toListRequest, toQuery } from "./search-params";

const t = translator("en", "agent");

const q = (s: string) => new URLSearchParams(s);

describe("the console's search in the query string", () => {
  it.each([
    [
      "",
      {
        search_terms: [],
        page: 1,
        per_page: 100,
        ordering: "-created_on",
        no_count: false,
        include_child_policies: false,
      },
    ],
    ["name=Hopper", { search_terms: [{ column: "customer_name", operation: "contains", values: ["Hopper"] }] }],
    ["policy=ab12", { search_terms: [{ column: "policy_number", operation: "contains", values: ["ab12"] }] }],
    ["product=bicycle", { search_terms: [{ column: "product_slug", operation: "equals", values: ["bicycle"] }] }],
    // The backend's range is [from, to): the person's "to" day is included.
    [
      "from=2026-01-01&to=2026-01-31",
      { search_terms: [{ column: "created_on", operation: "range", values: ["2026-01-01", "2026-02-01"] }] },
    ],
    [
      "from=2026-03-05",
      { search_terms: [{ column: "created_on", operation: "range", values: ["2026-03-05", "9999-12-30"] }] },
    ],
    [
      "to=2024-02-28",
      { search_terms: [{ column: "created_on", operation: "range", values: ["1900-01-01", "2024-02-29"] }] },
    ],
    ["status=S_ACTIVE&status=S_CANCELLED&status=nonsense", { status: ["S_ACTIVE", "S_CANCELLED"] }],
    ["status=S_QUOTED,S_NEW", { status: ["S_NEW", "S_QUOTED"] }],
    ["children=1&no_count=1", { include_child_policies: true, no_count: true }],
    ["per_page=1000&page=3", { per_page: 1000, page: 3 }],
    ["per_page=5000&page=-2", { per_page: 100, page: 1 }],
    ["ordering=customer_name", { ordering: "customer_name" }],
    ["ordering=-start_date", { ordering: "-start_date" }],
    ["ordering=password", { ordering: "-created_on" }],
  ])("?%s → the list request", (query, expected) => {
    expect(toListRequest(parseSearch(q(query)))).toMatchObject(expected);
  });

  it("leaves out the status filter when no box is ticked", () => {
    expect(toListRequest(parseSearch(q("name=x")))).not.toHaveProperty("status");
  });

  it("combines several terms and reads Next's searchParams objects too", () => {
    const search = parseSearch({
      name: " Ada ",
      product: "travel",
      status: ["S_ACTIVE"],
      from: "2026-02-01",
      to: "2026-02-01",
    });
    expect(toListRequest(search).search_terms).toEqual([
      { column: "customer_name", operation: "contains", values: ["Ada"] },
      { column: "product_slug", operation: "equals", values: ["travel"] },
      { column: "created_on", operation: "range", values: ["2026-02-01", "2026-02-02"] },
    ]);
  });

  it("drops dates that aren't real and says so", () => {
    const params = q("from=2026-02-30&to=31/01/2026");
    expect(toListRequest(parseSearch(params)).search_terms).toEqual([]);
    expect(searchProblems(params, t)).toEqual([
      "The “From” date isn’t a real date, so it was left out of the search.",
      "The “To” date isn’t a real date, so it was left out of the search.",
    ]);
    expect(searchProblems(q("from=2026-02-02&to=2026-02-01"), t)).toEqual([
      "The “From” date is after the “To” date, so nothing can match.",
    ]);
    expect(searchProblems(q("from=2026-02-02&to=2026-02-01"), translator("ar", "agent"))).toEqual([
      "تاريخ «من» يقع بعد تاريخ «إلى»، لذا لا يمكن أن يطابق أي شيء.",
    ]);
  });

  it("writes a search back to a query string without defaults, and round-trips", () => {
    const query =
      "name=Grace+Hopper&product=bicycle&from=2026-01-01&status=S_QUOTED&status=S_ACTIVE&children=1&no_count=1&per_page=25&ordering=status&page=2";
    const search = parseSearch(q(query));
    expect(toQuery(search)).toBe(query);
    expect(parseSearch(q(toQuery(search)))).toEqual(search);
    expect(searchHref(parseSearch(q("per_page=100&ordering=-created_on&page=1")))).toBe("/agent");
    expect(searchHref(search, { page: 3 })).toContain("page=3");
  });

  it("sends the API's cursor with the page it leads to, and keeps it only on that page's own address", () => {
    const search = parseSearch(q("name=a&page=5000&cursor=WyItY3JlYXRlZF9vbiJd"));
    // The page number goes too: a backend without cursors pages by it.
    expect(toListRequest(search)).toMatchObject({ page: 5000, cursor: "WyItY3JlYXRlZF9vbiJd" });
    expect(toQuery(search)).toBe("name=a&page=5000&cursor=WyItY3JlYXRlZF9vbiJd");
    expect(searchHref(search, { page: 4999 })).toBe("/agent?name=a&page=4999");
    expect(searchHref(search, { page: 5001, cursor: "next" })).toBe("/agent?name=a&page=5001&cursor=next");
    expect(sortHref(search, "customer_name")).toBe("/agent?name=a&ordering=customer_name");
    expect(toListRequest(parseSearch(q("page=1&cursor=abc")))).not.toHaveProperty("cursor");
    expect(toListRequest(parseSearch(q("page=2&cursor=a%20b")))).not.toHaveProperty("cursor");
    expect(toListRequest(parseSearch(q("page=2")))).not.toHaveProperty("cursor");
  });

  it("sorts ascending first, then the other way, back on page 1, with aria-sort to match", () => {
    const search = parseSearch(q("name=a&page=4"));
    expect(ariaSort(search, "created_on")).toBe("descending");
    expect(ariaSort(search, "customer_name")).toBe("none");
    expect(sortHref(search, "customer_name")).toBe("/agent?name=a&ordering=customer_name");
    const sorted = parseSearch(q("ordering=customer_name"));
    expect(ariaSort(sorted, "customer_name")).toBe("ascending");
    expect(sortHref(sorted, "customer_name")).toBe("/agent?ordering=-customer_name");
    expect(sortHref(search, "created_on")).toBe("/agent?name=a&ordering=created_on");
  });
});
