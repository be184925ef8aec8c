import type { FastifyInstance } from "fastify";
import type { AppContext } from "../context";
import { contentDisposition } from "../http/content-disposition";
import { viewPolicy } from "../domain/policy-view";
import { DOCUMENTS, policyDocument } from "../domain/policy-documents";
import { cancelPolicy, decideCancellation } from "../domain/actions/cancel";
import { decideReferral } from "../domain/actions/referral";
import { copyPolicy, removeRecurringPayment, renewPolicy } from "../domain/actions/copy-renew";
import { createContinueLink, openContinueLink } from "../domain/actions/continue-link";
import { additionalDocumentsForm, submitAdditionalDocuments } from "../domain/actions/additional-documents";
import { ifMatch } from "../domain/actions/guard";
import { policyHistory } from "../domain/policy-history";

type P = { Params: { n: string } };

export function actionRoutes(app: FastifyInstance, ctx: AppContext) {
  const freshView = async (caller: Parameters<typeof viewPolicy>[1], n: string, reply: { header(k: string, v: string): unknown }) => {
    const { view, versionId } = await viewPolicy(ctx, caller, n);
    reply.header("etag", `"${versionId}"`);
    return view;
  };

  for (const kind of Object.keys(DOCUMENTS) as Array<keyof typeof DOCUMENTS>) {
    app.get<P>(`/api/v3/policy/:n/${kind}/`, async (request, reply) => {
      const doc = await policyDocument(ctx, request.caller, request.params.n, kind);
      return reply.type(doc.type).header("content-disposition", contentDisposition("attachment", doc.filename)).header("cache-control", "private, no-store").send(doc.body);
    });
  }

  app.post<P>("/api/v3/policy/:n/cancel/", async (request, reply) => {
    const done = await cancelPolicy(ctx, request.caller, request.params.n, ifMatch(request.headers["if-match"]), request.body);
    return freshView(request.caller, done.policyNumber, reply);
  });
  app.post<P>("/api/v3/policy/:n/cancellation-request/", async (request, reply) => {
    const done = await decideCancellation(ctx, request.caller, request.params.n, ifMatch(request.headers["if-match"]), request.body);
    return freshView(request.caller, done.policyNumber, reply);
  });
  app.post<P>("/api/v3/policy/:n/referral/", async (request, reply) => {
    const done = await decideReferral(ctx, request.caller, request.params.n, request.body);
    return freshView(request.caller, done.policyNumber, reply);
  });
  app.post<P>("/api/v3/policy/:n/copy/", async (request) => copyPolicy(ctx, request.caller, request.params.n));
  app.post<P>("/api/v3/policy/:n/renew/", async (request) => renewPolicy(ctx, request.caller, request.params.n));
  app.post<P>("/api/v3/policy/:n/remove-recurring-payment/", async (request) => removeRecurringPayment(ctx, request.caller, request.params.n, request.body));
  app.post<P>("/api/v3/policy/:n/continue-link/", async (request) => createContinueLink(ctx, request.caller, request.params.n, request.body));
  app.get<{ Params: { signed: string } }>("/api/v3/policy/continue/:signed/", async (request) => openContinueLink(ctx, request.caller, request.params.signed));
  app.get<P>("/api/v3/policy/:n/additional-documents/", async (request) => additionalDocumentsForm(ctx, request.caller, request.params.n));
  app.post<P>("/api/v3/policy/:n/additional-documents/", async (request) => submitAdditionalDocuments(ctx, request.caller, request.params.n, request.body));

  app.get<P>("/api/v3/policy/:n/history/", async (request) => policyHistory(ctx, request.caller, request.params.n));
}
