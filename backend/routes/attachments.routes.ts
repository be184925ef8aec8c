import type { FastifyInstance } from "fastify";
import { endpoints } from "../../contract/endpoints";
import type { AppContext } from "../context";
import { contentDisposition } from "../http/content-disposition";
import { serve } from "../http/serve";
import { addAttachment, readAttachment } from "../domain/attachments";
import { thumbnail } from "../adapters/thumbnails/sharp-thumbnailer";

export function attachmentRoutes(app: FastifyInstance, ctx: AppContext) {
  const rateLimit = { max: Math.max(1, Math.floor(ctx.config.QUOTE_RATE_LIMIT / 4)), timeWindow: "1 minute" };
  serve(
    app,
    endpoints.attachmentAdd,
    async (request, reply) => {
      const added = await addAttachment(ctx, request.caller, request.params.n, request.body);
      return reply.status(201).send(added);
    },
    { config: { rateLimit } },
  );
  serve(app, endpoints.attachmentGet, async (request, reply) => {
    const { row, bytes } = await readAttachment(ctx, request.caller, request.params.n, request.params.ref);
    const inline = row.mimeType.startsWith("image/") || row.mimeType === "application/pdf";
    return reply
      .type(row.mimeType)
      .header("content-disposition", contentDisposition(inline ? "inline" : "attachment", row.filename))
      .header("cache-control", "private, no-store")
      .header("x-content-type-options", "nosniff")
      .send(bytes);
  });
  serve(app, endpoints.thumbnail, async (request, reply) => {
    const { row, bytes } = await readAttachment(ctx, request.caller, request.params.n, request.params.ref);
    const thumb = await thumbnail(bytes, row.mimeType);
    return reply.type(thumb.type).header("cache-control", "private, max-age=3600").send(thumb.body);
  });
}
