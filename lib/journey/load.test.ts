import { describe, expect, it } from "vitest";
import { ApiError } from "@/lib/api";
import { load } from "./load";

const refuse = (status: number, code: string) => () =>
  Promise.reject(new ApiError(status, "Why, in a sentence.", code));

describe("a page's API call", () => {
  it("explains a quote token past its lifetime instead of calling the quote missing", async () => {
    expect(await load(refuse(401, "quote_token_expired"))).toEqual({
      ok: false,
      status: 401,
      detail: "Why, in a sentence.",
    });
  });

  it("treats any other refusal as not found, and passes other failures to the page", async () => {
    await expect(load(refuse(401, "unauthenticated"))).rejects.toThrow();
    await expect(load(refuse(404, "not_found"))).rejects.toThrow();
    expect(await load(refuse(503, "database_unavailable"))).toMatchObject({ ok: false, status: 503 });
  });
});
