import { z } from "zod";
import { errorBodySchema } from "./errors";
import { formSchema } from "./form";
import {
  attachmentAddRequestSchema,
  attachmentAddResponseSchema,
  confirmReviewSchema,
  metaSchema,
  paymentTokenResponseSchema,
  paymentTokenQuerySchema,
  priceResponseSchema,
  productsResponseSchema,
  submitRequestSchema,
  submitResponseSchema,
} from "./journey";
import { policyListResponseSchema, policyViewSchema } from "./policy";

const schemas = {
  Error: errorBodySchema,
  Form: formSchema,
  Products: productsResponseSchema,
  Meta: metaSchema,
  SubmitRequest: submitRequestSchema,
  SubmitResponse: submitResponseSchema,
  PriceResponse: priceResponseSchema,
  AttachmentAddRequest: attachmentAddRequestSchema,
  AttachmentAddResponse: attachmentAddResponseSchema,
  ConfirmReview: confirmReviewSchema,
  PaymentToken: paymentTokenResponseSchema,
  PaymentTokenRequest: paymentTokenQuerySchema,
  PolicyView: policyViewSchema,
  PolicyList: policyListResponseSchema,
};

const ref = (name: keyof typeof schemas) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: keyof typeof schemas) => ({ content: { "application/json": { schema: ref(name) } } });
const errors = { "4XX": { description: "Error", ...json("Error") } };
const op = (summary: string, ok: keyof typeof schemas | null, body?: keyof typeof schemas) => ({
  summary,
  ...(body ? { requestBody: json(body) } : {}),
  responses: { "200": ok ? { description: "OK", ...json(ok) } : { description: "OK" }, ...errors },
});
const binary = (summary: string, type: string) => ({ summary, responses: { "200": { description: type, content: { [type]: {} } }, ...errors } });

/** The OpenAPI document, generated from the same zod schemas both sides use. */
export function openApiDocument() {
  return {
    openapi: "3.1.0",
    info: { title: "Policy API", version: "3" },
    paths: {
      "/api/v3/products/": { get: op("List products", "Products") },
      "/api/v3/policy/meta/{slug}/": { get: op("Product meta data", "Meta") },
      "/api/v3/policy/submit/{slug}/": {
        get: op("First form, the current step of a quote (?policy_number) or an earlier step (&form_id)", "SubmitResponse"),
        post: op("Submit a form (empty body: the first form)", "SubmitResponse", "SubmitRequest"),
      },
      "/api/v3/policy/{n}/price/": { post: op("Live price for posted answers", "PriceResponse", "SubmitRequest") },
      "/api/v3/policy/{n}/attachment/add/": { post: op("Upload a file", "AttachmentAddResponse", "AttachmentAddRequest") },
      "/api/v3/policy/{n}/attachment/get/{ref}/": { get: binary("Download a file", "application/octet-stream") },
      "/api/v1/policy/{n}/attachment/thumbnail/{ref}/": { get: binary("Thumbnail of a file", "image/png") },
      "/api/v3/policy/{n}/confirm/": { post: op("Review (empty body) or confirm (the confirmation form)", "ConfirmReview") },
      "/api/v3/payment/token/": {
        get: op("Start a payment", "PaymentToken"),
        post: op("Start a payment (the same inputs in the JSON body)", "PaymentToken", "PaymentTokenRequest"),
      },
      "/api/v3/payment/process/": { get: { summary: "Gateway return: settle once, redirect to return_url", responses: { "303": { description: "Redirect" } } } },
      "/api/v3/policy/all/": { get: op("List policies", "PolicyList"), post: op("Search policies", "PolicyList") },
      "/api/v3/policy/{n}/": { get: op("View a policy (?when_at)", "PolicyView") },
    },
    components: { schemas: Object.fromEntries(Object.entries(schemas).map(([k, s]) => [k, z.toJSONSchema(s, { io: "input", unrepresentable: "any" })])) },
  };
}
