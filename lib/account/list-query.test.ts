import { describe, expect, it } from "vitest";
import { pageInfo, parseListQuery, PER_PAGE } from "./list-query";

describe("parseListQuery", () => {
  it("reads a status key and a page", () => {
    expect(parseListQuery({ status: "S_CANCELLED", page: "3" })).toEqual({ status: "S_CANCELLED", page: 3 });
  });

  it("ignores unknown or unoffered statuses and bad pages", () => {
    expect(parseListQuery({ status: "Active", page: "-2" })).toEqual({ status: null, page: 1 });
    expect(parseListQuery({ status: "S_QUOTED", page: "abc" })).toEqual({ status: null, page: 1 });
    expect(parseListQuery({ status: ["S_ACTIVE", "S_ENDED"], page: ["2"] })).toEqual({ status: "S_ACTIVE", page: 2 });
  });
});

describe("pageInfo", () => {
  it("uses the count when there is one", () => {
    expect(pageInfo(2, PER_PAGE, 23)).toEqual({ from: 11, to: 20, total: 23, hasPrevious: true, hasNext: true });
    expect(pageInfo(3, 3, 23)).toEqual({ from: 21, to: 23, total: 23, hasPrevious: true, hasNext: false });
  });

  it("guesses from a full page without a count", () => {
    expect(pageInfo(1, PER_PAGE, undefined).hasNext).toBe(true);
    expect(pageInfo(1, 4, undefined).hasNext).toBe(false);
    expect(pageInfo(5, 0, 12)).toEqual({ from: 0, to: 0, total: 12, hasPrevious: true, hasNext: false });
  });
});
