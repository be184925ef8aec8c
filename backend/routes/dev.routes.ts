import type { FastifyInstance } from "fastify";
import type { AppContext } from "../context";
import { iso } from "../context";
import { recentEmails } from "../mail/outbox";

/** The outbox, for reading codes and links in development. Never registered in production. */
export function devRoutes(app: FastifyInstance, ctx: AppContext) {
  app.get<{ Querystring: { to?: string } }>("/api/v3/dev/outbox/", async (request) => {
    const rows = await recentEmails(ctx, 100);
    const to = request.query.to?.toLowerCase();
    return {
      emails: rows
        .filter((r) => !to || r.toAddress.toLowerCase() === to)
        .map((r) => ({ id: r.id, to: r.toAddress, subject: r.subject, body: r.body, kind: r.kind, policy_number: r.policyNumber, created_at: iso(r.createdAt), status: r.status })),
    };
  });
}
