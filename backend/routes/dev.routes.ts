import type { FastifyInstance } from "fastify";
import { endpoints } from "../../contract/endpoints";
import type { AppContext } from "../context";
import { iso } from "../context";
import { serve } from "../http/serve";
import { recentEmails } from "../mail/outbox";

/** The outbox, for reading codes and links in development. Never registered in production. */
export function devRoutes(app: FastifyInstance, ctx: AppContext) {
  serve(app, endpoints.outbox, async (request) => {
    const rows = await recentEmails(ctx, 100);
    const to = request.query.to?.toLowerCase();
    const emails = rows
      .filter((r) => !to || r.toAddress.toLowerCase() === to)
      .map((r) => ({
        id: r.id,
        to: r.toAddress,
        subject: r.subject,
        body: r.body,
        kind: r.kind,
        policy_number: r.policyNumber,
        created_at: iso(r.createdAt),
        status: r.status,
      }));
    return { emails };
  });
}
