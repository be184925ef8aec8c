import { http, HttpResponse } from "msw";
import { endpoints } from "@/contract/endpoints";
import { endorsementHandlers } from "./endorsement";

// MSW reads `:name` path parameters as Fastify does.
const ADD = endpoints.attachmentAdd.path;
const THUMBNAIL = endpoints.thumbnail.path;

// A 1x1 transparent PNG.
const PNG = Uint8Array.from(
  atob("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="),
  (c) => c.charCodeAt(0),
);

type AddBody = { data?: string; name?: string; filename?: string };

/** The happy paths the web app's uploads rely on. */
export const handlers = [
  http.post(ADD, async ({ request }) => {
    const body = (await request.json()) as AddBody;
    if (!body.data?.startsWith("data:") || !body.name) {
      return HttpResponse.json({ detail: "data and name are required.", code: "invalid_request" }, { status: 422 });
    }
    return HttpResponse.json({ file_reference: `ref-${body.filename ?? "file"}` });
  }),
  http.get(THUMBNAIL, () => new HttpResponse(PNG, { headers: { "Content-Type": "image/png" } })),
  // No refund quote unless a test gives one: as a backend without the extension answers.
  http.get(endpoints.cancelQuote.path, () =>
    HttpResponse.json({ detail: "Not found.", code: "not_found" }, { status: 404 }),
  ),
  ...endorsementHandlers,
];

/** Refusals and failures, for `server.use(...)` in a test. */
export const uploadFaults = {
  tooLarge: http.post(ADD, () =>
    HttpResponse.json({ detail: "The file is larger than the 5 MB allowed.", code: "too_large" }, { status: 413 }),
  ),
  unsupportedType: http.post(ADD, () =>
    HttpResponse.json(
      { detail: "This file is not an accepted type (JPEG, PNG or PDF).", code: "unsupported_media_type" },
      { status: 415 },
    ),
  ),
  serverError: http.post(ADD, () =>
    HttpResponse.json({ detail: "Traceback: secret internals", code: "server_error" }, { status: 500 }),
  ),
};
