import type { FastifyInstance } from "fastify";
import type { AppContext } from "../context";
import { loadVisiblePolicy } from "../security/access";
import { viewPolicy } from "../domain/policy-view";
import { listPolicies } from "../domain/policy-list";

export function policyRoutes(app: FastifyInstance, ctx: AppContext) {
  app.get<{ Params: { n: string }; Querystring: { when_at?: string } }>("/api/v3/policy/:n/", async (request, reply) => {
    const { view, versionId } = await viewPolicy(ctx, request.caller, request.params.n, request.query.when_at);
    return reply.header("etag", `"${versionId}"`).header("cache-control", "private, no-store").send(view);
  });

  app.get<{ Params: { n: string } }>("/api/v3/policy/:n/get-form-data/", async (request) => {
    const policy = await loadVisiblePolicy(ctx, request.caller, request.params.n);
    return { policy_number: policy.policyNumber, form_data: policy.answers };
  });
}

export function policyListRoutes(app: FastifyInstance, ctx: AppContext) {
  app.get("/api/v3/policy/all/", async (request) => listPolicies(ctx, request.caller, request.query));
  app.post("/api/v3/policy/all/", async (request) => listPolicies(ctx, request.caller, { ...(request.query as object), ...((request.body as object) ?? {}) }));
}
