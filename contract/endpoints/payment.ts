import { z } from "zod";
import { paymentTokenQuerySchema, paymentTokenResponseSchema } from "../journey";
import { endpoint } from "./define";

export const sandboxCardSchema = z.object({
  card_number: z.string().optional(),
  expiry: z.string().optional(),
  cvc: z.string().optional(),
  name: z.string().optional(),
  action: z.literal("cancel").optional(),
});

export const paymentEndpoints = {
  paymentToken: endpoint({
    method: "GET",
    path: "/api/v3/payment/token/",
    summary: "Start a payment",
    access: "quote",
    kind: "contract",
    query: paymentTokenQuerySchema,
    response: paymentTokenResponseSchema,
    // It makes a payment: the browser POSTs (so the same-site check applies), the contract's GET goes upstream.
    proxy: { browserMethod: "POST" },
  }),
  paymentTokenPost: endpoint({
    method: "POST",
    path: "/api/v3/payment/token/",
    summary: "Start a payment (the same inputs in the JSON body)",
    access: "quote",
    kind: "extension",
    body: paymentTokenQuerySchema,
    response: paymentTokenResponseSchema,
  }),
  paymentProcess: endpoint({
    method: "GET",
    path: "/api/v3/payment/process/",
    summary: "The gateway's return: settles once, then redirects (303) to return_url with the outcome",
    access: "anonymous",
    kind: "contract",
    query: z.object({ token: z.string().optional() }),
    status: 303,
    proxy: {},
  }),
  sandboxPage: endpoint({
    method: "GET",
    path: "/api/v3/payment/sandbox/:token/",
    summary: "The sandbox gateway's hosted page",
    access: "anonymous",
    kind: "sandbox",
    produces: "text/html",
    proxy: {},
  }),
  sandboxPay: endpoint({
    method: "POST",
    path: "/api/v3/payment/sandbox/:token/",
    summary: "The sandbox gateway's form post: pays or cancels, then redirects (303) through payment/process",
    access: "anonymous",
    kind: "sandbox",
    body: sandboxCardSchema,
    status: 303,
    produces: "text/html",
    proxy: {},
  }),
};
