import type { FastifyInstance } from "fastify";
import { attachmentAddRequestSchema } from "../../contract/journey";
import type { AppContext } from "../context";
import { parseWith } from "../http/parse";
import { contentDisposition } from "../http/content-disposition";
import { addAttachment, readAttachment } from "../domain/attachments";
import { thumbnail } from "../adapters/thumbnails/sharp-thumbnailer";

type Params = { n: string; ref: string };
/** Base64 inflates by a third: a 10 MB file is a ~14 MB body. Per-field limits are enforced on the decoded bytes. */
export const ATTACHMENT_BODY_LIMIT = 16 * 1024 * 1024;

export function attachmentRoutes(app: FastifyInstance, ctx: AppContext) {
  const rateLimit = { max: Math.max(1, Math.floor(ctx.config.QUOTE_RATE_LIMIT / 4)), timeWindow: "1 minute" };
  app.post<{ Params: { n: string } }>("/api/v3/policy/:n/attachment/add/", { bodyLimit: ATTACHMENT_BODY_LIMIT, config: { rateLimit } }, async (request, reply) => {
    const body = parseWith(attachmentAddRequestSchema, request.body);
    return reply.status(201).send(await addAttachment(ctx, request.caller, request.params.n, body));
  });

  app.get<{ Params: Params }>("/api/v3/policy/:n/attachment/get/:ref/", async (request, reply) => {
    const { row, bytes } = await readAttachment(ctx, request.caller, request.params.n, request.params.ref);
    const inline = row.mimeType.startsWith("image/") || row.mimeType === "application/pdf";
    return reply
      .type(row.mimeType)
      .header("content-disposition", contentDisposition(inline ? "inline" : "attachment", row.filename))
      .header("cache-control", "private, no-store")
      .header("x-content-type-options", "nosniff")
      .send(bytes);
  });

  app.get<{ Params: Params }>("/api/v1/policy/:n/attachment/thumbnail/:ref/", async (request, reply) => {
    const { row, bytes } = await readAttachment(ctx, request.caller, request.params.n, request.params.ref);
    const thumb = await thumbnail(bytes, row.mimeType);
    return reply.type(thumb.type).header("cache-control", "private, max-age=3600").send(thumb.body);
  });
}
