import type { IncomingMessage, ServerResponse } from "node:http";

/** A refusal in the contract's terms: an HTTP status plus `{detail, code}`. */
export class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    detail: string,
  ) {
    super(detail);
    this.name = "Refusal";
  }
}

export const notFound = (detail = "There is no such policy here, or it isn't yours.") =>
  new Refusal(404, "not_found", detail);

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": String(Buffer.byteLength(text)),
    "cache-control": "no-store",
    ...headers,
  });
  res.end(text);
}

export function sendBytes(res: ServerResponse, type: string, bytes: Buffer, headers: Record<string, string> = {}) {
  res.writeHead(200, {
    "content-type": type,
    "content-length": String(bytes.length),
    "cache-control": "private",
    ...headers,
  });
  res.end(bytes);
}

export function sendRefusal(res: ServerResponse, refusal: Refusal) {
  sendJson(res, refusal.status, { detail: refusal.message, code: refusal.code });
}

/** Reads the whole body, refusing (413) beyond `limit` bytes whatever Content-Length said. */
export async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of req) {
    total += (chunk as Buffer).length;
    if (total > limit) {
      throw new Refusal(
        413,
        "too_large",
        `The request is larger than the ${Math.round(limit / 1048576)} MB we accept.`,
      );
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** An empty body is `null`; anything else must be a JSON object. */
export function parseJsonObject(raw: Buffer): Record<string, unknown> | null {
  const text = raw.toString("utf8").trim();
  if (!text) return null;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Refusal(422, "malformed_body", "The request body is not valid JSON; send a JSON object.");
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new Refusal(422, "malformed_body", "The request body must be a JSON object.");
  }
  return data as Record<string, unknown>;
}
