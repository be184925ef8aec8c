import { z } from "zod";
import {
  attachmentAddRequestSchema,
  attachmentAddResponseSchema,
  confirmReviewSchema,
  formAnswersRequestSchema,
  priceResponseSchema,
  submitRequestSchema,
  submitResponseSchema,
} from "../journey";
import { endpoint } from "./define";
import { ATTACHMENT_BODY_LIMIT, UPLOAD_BODY_LIMIT } from "./limits";

export const submitQuerySchema = z.object({ policy_number: z.string().optional(), form_id: z.string().optional() });
export const confirmRequestSchema = z.object({
  form: z
    .object({ fields: z.array(z.object({ name: z.string(), value: z.unknown().optional() }).passthrough()) })
    .passthrough(),
});

export const journeyEndpoints = {
  submitState: endpoint({
    method: "GET",
    path: "/api/v3/policy/submit/:slug/",
    summary: "The first form; with ?policy_number the quote's current step, with &form_id an earlier step",
    access: "anonymous",
    kind: "contract",
    query: submitQuerySchema,
    response: submitResponseSchema,
    proxy: {},
  }),
  submit: endpoint({
    method: "POST",
    path: "/api/v3/policy/submit/:slug/",
    summary: "Submit a form (an empty body: the first form)",
    access: "anonymous",
    kind: "contract",
    body: submitRequestSchema,
    emptyBody: "missing",
    response: submitResponseSchema,
    proxy: {},
  }),
  price: endpoint({
    method: "POST",
    path: "/api/v3/policy/:n/price/",
    summary: "Live price for posted answers (nothing saved)",
    access: "quote",
    kind: "extension",
    body: formAnswersRequestSchema,
    response: priceResponseSchema,
    proxy: {},
  }),
  attachmentAdd: endpoint({
    method: "POST",
    path: "/api/v3/policy/:n/attachment/add/",
    summary: "Upload a file",
    access: "quote",
    kind: "contract",
    body: attachmentAddRequestSchema,
    response: attachmentAddResponseSchema,
    status: 201,
    bodyLimit: ATTACHMENT_BODY_LIMIT,
    proxy: { bodyLimit: UPLOAD_BODY_LIMIT, slow: true },
  }),
  attachmentGet: endpoint({
    method: "GET",
    path: "/api/v3/policy/:n/attachment/get/:ref/",
    summary: "Download a file",
    access: "quote",
    kind: "contract",
    produces: "application/octet-stream",
    download: "file",
    proxy: { slow: true },
  }),
  thumbnail: endpoint({
    method: "GET",
    path: "/api/v1/policy/:n/attachment/thumbnail/:ref/",
    summary: "Thumbnail of a file",
    access: "quote",
    kind: "contract",
    produces: "image/png",
    download: "file",
    proxy: { slow: true },
  }),
  confirm: endpoint({
    method: "POST",
    path: "/api/v3/policy/:n/confirm/",
    summary: "Review (an empty body) or confirm (the confirmation form)",
    access: "quote",
    kind: "contract",
    body: confirmRequestSchema,
    emptyBody: "missing-or-empty",
    response: z.union([confirmReviewSchema, submitResponseSchema]),
    proxy: {},
  }),
};
