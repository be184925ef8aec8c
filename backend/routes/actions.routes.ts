import type { FastifyInstance } from "fastify";
import { documentEndpoints, endpoints } from "../../contract/endpoints";
import type { AppContext } from "../context";
import { contentDisposition } from "../http/content-disposition";
import { serve, type ServeOptions } from "../http/serve";
import type { Caller } from "../security/caller";
import { viewPolicy } from "../domain/policy-view";
import { policyDocument } from "../domain/policy-documents";
import { cancelPolicy, decideCancellation } from "../domain/actions/cancel";
import { decideReferral } from "../domain/actions/referral";
import { copyPolicy, removeRecurringPayment, renewPolicy } from "../domain/actions/copy-renew";
import { createContinueLink, openContinueLink } from "../domain/actions/continue-link";
import { additionalDocumentsForm, submitAdditionalDocuments } from "../domain/actions/additional-documents";
import { ifMatch } from "../domain/actions/guard";
import { policyHistory } from "../domain/policy-history";

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
  serve(
    app,
    endpoints.cancel,
    async (request, reply) => {
      const done = await cancelPolicy(
        ctx,
        request.caller,
        request.params.n,
        ifMatch(request.headers["if-match"]),
        request.body,
      );
      return freshView(request.caller, done.policyNumber, reply);
    },
    domainParses,
  );
  serve(
    app,
    endpoints.cancellationRequest,
    async (request, reply) => {
      const done = await decideCancellation(
        ctx,
        request.caller,
        request.params.n,
        ifMatch(request.headers["if-match"]),
        request.body,
      );
      return freshView(request.caller, done.policyNumber, reply);
    },
    domainParses,
  );
  serve(
    app,
    endpoints.referral,
    async (request, reply) => {
      const done = await decideReferral(ctx, request.caller, request.params.n, request.body);
      return freshView(request.caller, done.policyNumber, reply);
    },
    domainParses,
  );
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
