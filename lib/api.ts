// ENDPOINTS_PLACEHOLDER (in task briefs) = the endpoint list in docs/api-extensions.md: read it before coding.
import type { z } from "zod";
import {
  confirmReviewSchema,
  ERROR_CODES,
  errorBodySchema,
  metaSchema,
  policyViewSchema,
  productsResponseSchema,
  submitResponseSchema,
  type ConfirmReview,
  type Meta,
  type PolicyView,
  type ProductSummary,
  type SubmitResponse,
} from "@/contract";
import { absorbSecrets, authFor, getSession, saveSession } from "@/lib/session";
import { toUpstreamError, upstream } from "@/lib/upstream";

/** A non-2xx answer (or an unreadable one) from the Policy API, in the contract's error terms. */
export class ApiError extends Error {
  constructor(readonly status: number, readonly detail: string, readonly code: string) {
    super(detail);
    this.name = "ApiError";
  }
}

const FALLBACK_CODES: Record<number, string> = {
  401: ERROR_CODES.unauthenticated,
  403: ERROR_CODES.forbidden,
  404: ERROR_CODES.notFound,
  409: ERROR_CODES.conflict,
  429: ERROR_CODES.rateLimited,
};

type CallOptions = {
  method?: "GET" | "POST";
  query?: Record<string, string | null | undefined>;
  policyNumber?: string | null;
  slug?: string;
};

async function call<S extends z.ZodType>(path: string, schema: S, options: CallOptions = {}): Promise<z.infer<S>> {
  const session = await getSession();
  let res: Response;
  let text: string;
  try {
    res = await upstream(path, {
      method: options.method ?? "GET",
      query: options.query,
      headers: { accept: "application/json" },
      auth: authFor(session, options.policyNumber),
    });
    text = await res.text();
  } catch (err) {
    const failure = toUpstreamError(err);
    throw new ApiError(failure.status, failure.detail, failure.code);
  }
  let data: unknown = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    // handled below: an error status keeps its status, a 2xx becomes unreadable
  }
  if (!res.ok) {
    const body = errorBodySchema.safeParse(data);
    if (body.success) throw new ApiError(res.status, body.data.detail, body.data.code);
    const code = FALLBACK_CODES[res.status] ?? (res.status >= 500 ? ERROR_CODES.server : ERROR_CODES.invalid);
    throw new ApiError(res.status, `The policy service answered with an error (HTTP ${res.status}).`, code);
  }
  if (absorbSecrets(session, data, { slug: options.slug })) {
    // Server components cannot set cookies; route handlers and server actions can.
    await saveSession(session).catch(() => undefined);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    throw new ApiError(502, "The policy service sent an answer we could not read.", ERROR_CODES.badGateway);
  }
  return parsed.data;
}

const seg = encodeURIComponent;

export async function getProducts(): Promise<ProductSummary[]> {
  return (await call("/api/v3/products/", productsResponseSchema)).products;
}

export function getMeta(slug: string): Promise<Meta> {
  return call(`/api/v3/policy/meta/${seg(slug)}/`, metaSchema);
}

/** The first form, or (with both options) an earlier form of that quote with its saved values. */
export function getSubmit(slug: string, at: { policyNumber?: string; formId?: string } = {}): Promise<SubmitResponse> {
  return call(`/api/v3/policy/submit/${seg(slug)}/`, submitResponseSchema, {
    query: { policy_number: at.policyNumber, form_id: at.formId },
    policyNumber: at.policyNumber,
    slug,
  });
}

/** The confirm page's review: an empty POST, which changes nothing. */
export function getConfirm(policyNumber: string): Promise<ConfirmReview> {
  return call(`/api/v3/policy/${seg(policyNumber)}/confirm/`, confirmReviewSchema, { method: "POST", policyNumber });
}

/** The policy now, or as it stood at `whenAt` (an ISO timestamp). */
export function getPolicy(policyNumber: string, at: { whenAt?: string } = {}): Promise<PolicyView> {
  return call(`/api/v3/policy/${seg(policyNumber)}/`, policyViewSchema, { query: { when_at: at.whenAt }, policyNumber });
}
