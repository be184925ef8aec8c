import type { FastifyInstance } from "fastify";
import { endpoints } from "../../contract/endpoints";
import { negotiate } from "../../contract/locales";
import { todayISO, validateForm } from "../../contract/rules";
import type { AppContext } from "../context";
import { invalid } from "../http/errors";
import { parseWith } from "../http/parse";
import { serve } from "../http/serve";
import { loadVisiblePolicy } from "../security/access";
import { getProduct } from "../products";
import { priceQuote } from "../domain/pricing";
import { answersOf, findForm } from "../domain/journey/forms";
import { firstForm, quoteState } from "../domain/journey/state";
import { submitForm } from "../domain/journey/submit";
import { requireProduct } from "./products.routes";

export function journeyRoutes(app: FastifyInstance, ctx: AppContext) {
  serve(app, endpoints.submitState, async (request) => {
    const product = requireProduct(request.params.slug);
    const { policy_number, form_id } = request.query;
    if (!policy_number) return firstForm(product);
    const language = negotiate(request.headers["accept-language"]);
    return quoteState(ctx, request.caller, product, policy_number, form_id, language);
  });

  const perMinute = { rateLimit: { max: ctx.config.QUOTE_RATE_LIMIT, timeWindow: "1 minute" } };
  // Parsed after the product is found: an unknown product is a 404 whatever was posted.
  serve(
    app,
    endpoints.submit,
    async (request) => {
      const product = requireProduct(request.params.slug);
      if (request.body === null || request.body === undefined) return firstForm(product);
      const body = parseWith(endpoints.submit.body, request.body);
      return submitForm(ctx, request.caller, product, body, negotiate(request.headers["accept-language"]));
    },
    { config: perMinute, validate: false },
  );

  /** Live price for quote options: the posted form over the saved answers, nothing saved. */
  serve(
    app,
    endpoints.price,
    async (request) => {
      const policy = await loadVisiblePolicy(ctx, request.caller, request.params.n);
      const body = parseWith(endpoints.price.body, request.body);
      const product = getProduct(policy.productSlug)!;
      const def = findForm(product, body.form.form_id);
      if (!def) throw invalid(`There is no step "${body.form.form_id}" in ${product.name}.`);
      const { ok, values } = validateForm(def, answersOf(body.form), { today: todayISO(ctx.now()) });
      // Answers the step would refuse get no price: a price is a promise.
      return { pricing: ok ? priceQuote(product, { ...policy.answers, [def.form_id]: values }) : null };
    },
    { validate: false },
  );
}
