import { z } from "zod";
import { formDataResponseSchema, historySchema } from "../actions";
import { submitResponseSchema } from "../journey";
import { policyListResponseSchema, policyViewSchema } from "../policy";
import { policyListRequestSchema } from "../policy-list";
import { endpoint } from "./define";

export const continueResponseSchema = submitResponseSchema.extend({ product_slug: z.string().optional() });

export const policyEndpoints = {
  policyList: endpoint({
    method: "GET",
    path: "/api/v3/policy/all/",
    summary: "List policies",
    access: "customer",
    kind: "contract",
    query: policyListRequestSchema,
    response: policyListResponseSchema,
    proxy: {},
  }),
  policySearch: endpoint({
    method: "POST",
    path: "/api/v3/policy/all/",
    summary: "Search policies (the list's inputs in the JSON body)",
    access: "customer",
    kind: "contract",
    body: policyListRequestSchema,
    response: policyListResponseSchema,
    proxy: {},
  }),
  continueOpen: endpoint({
    method: "GET",
    path: "/api/v3/policy/continue/:signed/",
    summary: "Open an agent's signed link: the quote's current step, its quote_token and product_slug",
    access: "anonymous",
    kind: "contract",
    response: continueResponseSchema,
    proxy: {},
  }),
  view: endpoint({
    method: "GET",
    path: "/api/v3/policy/:n/",
    summary: "View a policy (?when_at: as it stood then); ETag is its version_id",
    access: "quote",
    kind: "contract",
    query: z.object({ when_at: z.string().optional() }),
    response: policyViewSchema,
    proxy: {},
  }),
  formData: endpoint({
    method: "GET",
    path: "/api/v3/policy/:n/get-form-data/",
    summary: "The policy's answers by form",
    access: "quote",
    kind: "contract",
    response: formDataResponseSchema,
    proxy: {},
  }),
  history: endpoint({
    method: "GET",
    path: "/api/v3/policy/:n/history/",
    summary: "Every version of a policy, oldest first",
    access: "user",
    kind: "extension",
    response: historySchema,
    proxy: {},
  }),
};
