import type { FastifyInstance } from "fastify";
import { endpoints } from "../../contract/endpoints";
import type { AppContext } from "../context";
import { serve } from "../http/serve";
import { loadVisiblePolicy } from "../security/access";
import { viewPolicy } from "../domain/policy-view";
import { listPolicies } from "../domain/policy-list";

export function policyRoutes(app: FastifyInstance, ctx: AppContext) {
  serve(app, endpoints.view, async (request, reply) => {
    const { view, versionId } = await viewPolicy(ctx, request.caller, request.params.n, request.query.when_at);
    return reply.header("etag", `"${versionId}"`).header("cache-control", "private, no-store").send(view);
  });
  serve(app, endpoints.formData, async (request) => {
    const policy = await loadVisiblePolicy(ctx, request.caller, request.params.n);
    return { policy_number: policy.policyNumber, form_data: policy.answers };
  });
}

// The domain parses the list's inputs after it knows who asks (an anonymous caller gets a 401 first).
export function policyListRoutes(app: FastifyInstance, ctx: AppContext) {
  serve(app, endpoints.policyList, async (request) => listPolicies(ctx, request.caller, request.query), {
    validate: false,
  });
  serve(
    app,
    endpoints.policySearch,
    async (request) => listPolicies(ctx, request.caller, { ...request.query, ...((request.body as object) ?? {}) }),
    { validate: false },
  );
}
