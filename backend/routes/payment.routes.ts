import type { FastifyInstance } from "fastify";
import { paymentTokenQuerySchema } from "../../contract/journey";
import type { AppContext } from "../context";
import { parseWith } from "../http/parse";
import { createPaymentToken, findPayment, processPayment, recordGatewayResult } from "../domain/payments";
import { checkCard, sandboxPage } from "../adapters/payment-gateway/sandbox-page";

type TokenParams = { token: string };

export function paymentRoutes(app: FastifyInstance, ctx: AppContext) {
  app.get("/api/v3/payment/token/", async (request) => {
    const query = parseWith(paymentTokenQuerySchema, request.query, "query");
    return createPaymentToken(ctx, request.caller, query);
  });
  // The same, by POST with the inputs in the JSON body, so a browser action (not a link) creates it.
  app.post("/api/v3/payment/token/", async (request) => {
    const body = parseWith(paymentTokenQuerySchema, request.body ?? {});
    return createPaymentToken(ctx, request.caller, body);
  });

  app.get<{ Querystring: { token?: string } }>("/api/v3/payment/process/", async (request, reply) => {
    const token = request.query.token;
    if (!token) return reply.status(422).send({ detail: "token is required.", code: "invalid_request" });
    return reply.redirect(await processPayment(ctx, token), 303);
  });
}

/** The sandbox gateway's hosted page. Never mounted in production; a real gateway lives on its own site. */
export function sandboxGatewayRoutes(app: FastifyInstance, ctx: AppContext) {
  app.get<{ Params: TokenParams }>("/api/v3/payment/sandbox/:token/", async (request, reply) => {
    const payment = await findPayment(ctx, request.params.token);
    if (payment.status !== "pending") return reply.redirect(`/api/v3/payment/process/?token=${encodeURIComponent(payment.token)}`, 303);
    return reply.type("text/html; charset=utf-8").header("cache-control", "no-store").send(sandboxPage(payment, {}, {}));
  });

  app.post<{ Params: TokenParams; Body: Record<string, string> }>("/api/v3/payment/sandbox/:token/", async (request, reply) => {
    const payment = await findPayment(ctx, request.params.token);
    const processUrl = `/api/v3/payment/process/?token=${encodeURIComponent(payment.token)}`;
    if (payment.status !== "pending") return reply.redirect(processUrl, 303);
    const input = (request.body ?? {}) as Record<string, string>;
    if (input.action === "cancel") {
      await recordGatewayResult(ctx, payment.token, { approved: false, reason: "You cancelled the payment.", payerName: "", last4: "" });
      return reply.redirect(processUrl, 303);
    }
    const checked = checkCard(input, ctx.now());
    if ("errors" in checked) {
      return reply.status(422).type("text/html; charset=utf-8").send(sandboxPage(payment, input, checked.errors));
    }
    await recordGatewayResult(ctx, payment.token, checked.result);
    return reply.redirect(processUrl, 303);
  });
}
