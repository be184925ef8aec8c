import type { FastifyInstance } from "fastify";
import { endpoints } from "../../contract/endpoints";
import type { AppContext } from "../context";
import { parseWith } from "../http/parse";
import { serve } from "../http/serve";
import { negotiate } from "../../contract/locales";
import {
  createPaymentToken,
  findPayment,
  payerLanguage,
  processPayment,
  recordGatewayResult,
} from "../domain/payments";
import { cancelledByPayer, checkCard, sandboxPage } from "../adapters/payment-gateway/sandbox-page";

export function paymentRoutes(app: FastifyInstance, ctx: AppContext) {
  serve(app, endpoints.paymentToken, async (request) => createPaymentToken(ctx, request.caller, request.query));
  // The same, by POST with the inputs in the JSON body, so a browser action (not a link) creates it.
  serve(
    app,
    endpoints.paymentTokenPost,
    async (request) => {
      const body = parseWith(endpoints.paymentTokenPost.body, request.body ?? {});
      return createPaymentToken(ctx, request.caller, body);
    },
    { validate: false },
  );

  serve(app, endpoints.paymentProcess, async (request, reply) => {
    const token = request.query.token;
    if (!token) return reply.status(422).send({ detail: "token is required.", code: "invalid_request" });
    return reply.redirect(await processPayment(ctx, token), 303);
  });
}

/** The sandbox gateway's hosted page. Never mounted in production; a real gateway lives on its own site. */
export function sandboxGatewayRoutes(app: FastifyInstance, ctx: AppContext) {
  const processUrl = (token: string) => `/api/v3/payment/process/?token=${encodeURIComponent(token)}`;
  serve(app, endpoints.sandboxPage, async (request, reply) => {
    const payment = await findPayment(ctx, request.params.token);
    if (payment.status !== "pending") return reply.redirect(processUrl(payment.token), 303);
    const language = await payerLanguage(ctx, payment, negotiate(request.headers["accept-language"]));
    return reply
      .type("text/html; charset=utf-8")
      .header("cache-control", "no-store")
      .header("content-language", language)
      .send(sandboxPage(payment, {}, {}, language));
  });

  // The page answers a bad card itself (HTML with the errors), so the form post is read as it came.
  serve(
    app,
    endpoints.sandboxPay,
    async (request, reply) => {
      const payment = await findPayment(ctx, request.params.token);
      if (payment.status !== "pending") return reply.redirect(processUrl(payment.token), 303);
      const input = (request.body ?? {}) as Record<string, string>;
      const language = await payerLanguage(ctx, payment, negotiate(request.headers["accept-language"]));
      if (input.action === "cancel") {
        await recordGatewayResult(ctx, payment.token, cancelledByPayer(language));
        return reply.redirect(processUrl(payment.token), 303);
      }
      const checked = checkCard(input, ctx.now(), language);
      if ("errors" in checked) {
        return reply
          .status(422)
          .type("text/html; charset=utf-8")
          .header("content-language", language)
          .send(sandboxPage(payment, input, checked.errors, language));
      }
      await recordGatewayResult(ctx, payment.token, checked.result);
      return reply.redirect(processUrl(payment.token), 303);
    },
    { validate: false },
  );
}
