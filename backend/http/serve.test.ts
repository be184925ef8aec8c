import Fastify from "fastify";
import { describe, expect, it } from "vitest";
import { endpoints } from "../../contract/endpoints";
import { installErrorHandler } from "./error-handler";
import { installParsers } from "./request-context";
import { serve } from "./serve";

function server(checkResponses: boolean) {
  const app = Fastify();
  if (checkResponses) app.decorate("checkResponses", true);
  installParsers(app);
  installErrorHandler(app);
  return app;
}

describe("serving a table entry", () => {
  it("parses the body with the entry's schema: a bad one is a 422 sentence, a good one goes on", async () => {
    const app = server(false);
    serve(app, endpoints.login, async (request) => ({ user: { name: request.body.username } }));
    const bad = await app.inject({ method: "POST", url: "/api/v3/login/", payload: { username: "ann" } });
    expect(bad.statusCode).toBe(422);
    const detail = "The request body is not valid: password is required.";
    expect(bad.json()).toEqual({ detail, code: "invalid_request" });
    const payload = { username: " ann ", password: "pw" };
    const good = await app.inject({ method: "POST", url: "/api/v3/login/", payload });
    expect(good.json()).toEqual({ user: { name: "ann" } });
  });

  it("passes an empty body on as null where the entry allows one", async () => {
    const app = server(false);
    serve(app, endpoints.confirm, async (request) => ({ review: request.body === null }));
    const reply = await app.inject({ method: "POST", url: "/api/v3/policy/P1/confirm/", payload: {} });
    expect(reply.json()).toEqual({ review: true });
  });

  it("in tests, refuses a 2xx answer outside the entry's response schema", async () => {
    const app = server(true);
    serve(app, endpoints.tokenRefresh, async () => ({ expires: "soon" }));
    const reply = await app.inject({ method: "POST", url: "/api/v3/token/refresh/" });
    expect(reply.statusCode).toBe(500);
  });
});
