import Fastify from "fastify";
import { describe, expect, it } from "vitest";
import { installErrorHandler } from "./error-handler";
import { isDatabaseUnavailable } from "./database-unavailable";

describe("a database that can't be reached", () => {
  it("is recognised through Drizzle's wrapping, and nothing else is", () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    expect(isDatabaseUnavailable(Object.assign(new Error("Failed query: select 1"), { cause: refused }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("terminating connection"), { code: "57P01" }))).toBe(true);
    expect(isDatabaseUnavailable(new Error("timeout exceeded when trying to connect"))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("duplicate key"), { code: "23505" }))).toBe(false);
  });

  it("answers 503 with a sentence and Retry-After, not 500", async () => {
    const app = Fastify();
    installErrorHandler(app);
    app.get("/x", async () => {
      throw Object.assign(new Error("Connection terminated unexpectedly"), {});
    });
    const res = await app.inject({ method: "GET", url: "/x" });
    expect(res.statusCode).toBe(503);
    expect(res.headers["retry-after"]).toBe("5");
    expect(res.json()).toEqual({
      detail: "Our database is not answering right now. Nothing you sent was saved; please try again in a moment.",
      code: "service_unavailable",
    });
  });
});
