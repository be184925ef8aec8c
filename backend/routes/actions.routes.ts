import type { FastifyInstance } from "fastify";
import { documentEndpoints, endpoints, type EndpointDef } from "../../contract/endpoints";
import type { AppContext } from "../context";
import { contentDisposition } from "../http/content-disposition";
import { serve, type EndpointRequest, type ServeOptions } from "../http/serve";
import type { Caller } from "../security/caller";
import { viewPolicy } from "../domain/policy-view";
import { policyDocument } from "../domain/policy-documents";
import { cancelPolicy, decideCancellation } from "../domain/actions/cancel";
import { decideReferral } from "../domain/actions/referral";
import { reinstatePolicy, suspendPolicy } from "../domain/actions/suspend";
import { setAutomaticRenewal } from "../domain/automatic-renewal";
import { quoteCancellation } from "../domain/actions/cancel-quote";
import { copyPolicy, removeRecurringPayment, renewPolicy } from "../domain/actions/copy-renew";
import { createContinueLink, openContinueLink } from "../domain/actions/continue-link";
import { continueByEmailDefaults, emailContinueLink } from "../domain/actions/email-continue-link";
import { additionalDocumentsForm, submitAdditionalDocuments } from "../domain/actions/additional-documents";
import { ifMatch } from "../domain/actions/guard";
import { policyHistory } from "../domain/policy-history";
import { applyEndorsement, endorsementForms, quoteEndorsement } from "../domain/actions/endorse";

// The domain parses these bodies itself, after its access checks (401/403/404 come before a 422).
const domainParses: ServeOptions = { validate: false };

export function actionRoutes(app: FastifyInstance, ctx: AppContext) {
  const freshView = async (caller: Caller, n: string, reply: { header(k: string, v: string): unknown }) => {
    const { view, versionId } = await viewPolicy(ctx, caller, n);
    reply.header("etag", `"${versionId}"`);
    return view;
  };
  for (const [kind, document] of Object.entries(documentEndpoints)) {
    serve(app, document, async (request, reply) => {
      const doc = await policyDocument(ctx, request.caller, request.params.n, kind as keyof typeof documentEndpoints);
      return reply
        .type(doc.type)
        .header("content-disposition", contentDisposition("attachment", doc.filename))
        .header("cache-control", "private, no-store")
        .send(doc.body);
    });
  }
  // A decision on the policy answers with the policy as it now stands, and its ETag.
  const decide = <E extends EndpointDef>(
    e: E,
    change: (request: EndpointRequest<E>) => Promise<{ policyNumber: string }>,
  ) =>
    serve(
      app,
      e,
      async (request, reply) => freshView(request.caller, (await change(request)).policyNumber, reply),
      domainParses,
    );
  decide(endpoints.cancel, (request) =>
    cancelPolicy(ctx, request.caller, request.params.n, ifMatch(request.headers["if-match"]), request.body),
  );
  decide(endpoints.cancellationRequest, (request) =>
    decideCancellation(ctx, request.caller, request.params.n, ifMatch(request.headers["if-match"]), request.body),
  );
  serve(app, endpoints.cancelQuote, async (request) =>
    quoteCancellation(ctx, request.caller, request.params.n, request.query.termination_date),
  );
  serve(app, endpoints.cancelQuotePost, async (request) =>
    quoteCancellation(ctx, request.caller, request.params.n, request.body.termination_date),
  );
  serve(app, endpoints.endorseForms, async (request) => endorsementForms(ctx, request.caller, request.params.n));
  serve(
    app,
    endpoints.endorseQuote,
    async (request) => quoteEndorsement(ctx, request.caller, request.params.n, request.body),
    domainParses,
  );
  serve(
    app,
    endpoints.endorse,
    async (request, reply) => {
      const done = await applyEndorsement(
        ctx,
        request.caller,
        request.params.n,
        ifMatch(request.headers["if-match"]),
        request.body,
      );
      const policy = await freshView(request.caller, done.policyNumber, reply);
      return { policy, endorsement: done.endorsement, payment: done.payment };
    },
    domainParses,
  );
  decide(endpoints.suspend, (request) =>
    suspendPolicy(ctx, request.caller, request.params.n, ifMatch(request.headers["if-match"]), request.body),
  );
  decide(endpoints.reinstate, (request) =>
    reinstatePolicy(ctx, request.caller, request.params.n, ifMatch(request.headers["if-match"]), request.body),
  );
  serve(
    app,
    endpoints.automaticRenewal,
    async (request) => setAutomaticRenewal(ctx, request.caller, request.params.n, request.body),
    domainParses,
  );
  decide(endpoints.referral, (request) => decideReferral(ctx, request.caller, request.params.n, request.body));
  serve(app, endpoints.copy, async (request) => copyPolicy(ctx, request.caller, request.params.n));
  serve(app, endpoints.renew, async (request) => renewPolicy(ctx, request.caller, request.params.n));
  serve(
    app,
    endpoints.removeRecurringPayment,
    async (request) => removeRecurringPayment(ctx, request.caller, request.params.n, request.body),
    domainParses,
  );
  serve(
    app,
    endpoints.continueLink,
    async (request) => createContinueLink(ctx, request.caller, request.params.n, request.body),
    domainParses,
  );
  serve(app, endpoints.continueEmailDefaults, async (request) =>
    continueByEmailDefaults(ctx, request.caller, request.params.n),
  );
  serve(
    app,
    endpoints.continueEmail,
    async (request) => emailContinueLink(ctx, request.caller, request.params.n, request.body),
    domainParses,
  );
  serve(app, endpoints.continueOpen, async (request) => openContinueLink(ctx, request.caller, request.params.signed));
  serve(app, endpoints.additionalDocuments, async (request) =>
    additionalDocumentsForm(ctx, request.caller, request.params.n),
  );
  serve(
    app,
    endpoints.additionalDocumentsSubmit,
    async (request) => submitAdditionalDocuments(ctx, request.caller, request.params.n, request.body),
    domainParses,
  );
  serve(app, endpoints.history, async (request) => policyHistory(ctx, request.caller, request.params.n));
}
