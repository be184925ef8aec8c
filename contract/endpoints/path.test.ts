import { describe, expect, it } from "vitest";
import { endpoints, pathTo } from ".";

describe("paths from the endpoint table", () => {
  it("fills in and encodes each parameter, and adds the query without empty values", () => {
    const thumbnail = pathTo(endpoints.thumbnail, { n: "Q 1", ref: "r/1" });
    expect(thumbnail).toBe("/api/v1/policy/Q%201/attachment/thumbnail/r%2F1/");
    expect(pathTo(endpoints.products)).toBe("/api/v3/products/");
    expect(pathTo(endpoints.submitState, { slug: "travel" }, { policy_number: "P1", form_id: undefined })).toBe(
      "/api/v3/policy/submit/travel/?policy_number=P1",
    );
  });

  it("refuses a missing or misspelt parameter at compile time", () => {
    // @ts-expect-error `n` is the policy number's name in the table
    expect(pathTo(endpoints.cancel, { policy: "P1" })).toBe("/api/v3/policy/undefined/cancel/");
  });
});
