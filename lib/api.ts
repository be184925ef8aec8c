import "server-only";
import { localeOf } from "@/lib/i18n/locales";
import { noteServedLanguage } from "@/lib/i18n/served-language";
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
  policyListResponseSchema,
} from "@/contract";
import { endpoints, pathTo } from "@/contract/endpoints";
import type { Form } from "@/contract/form";
import type { StatusKey } from "@/contract/statuses";
import { BEING_BOUGHT } from "@/contract/lifecycle";
import { additionalDocumentsSchema, historySchema, type HistoryVersion } from "@/contract/actions";
import { accountListSchema, type AccountPolicyList } from "@/lib/account/schemas";
import type { PolicyList } from "@/lib/agent/schemas";
import type { ListRequest } from "@/lib/agent/search-params";
import { headers } from "next/headers";
import { clientAddressOf } from "@/lib/client-address";
import { absorbSecrets, authFor, getSession, saveSession, type Session } from "@/lib/session";
import { ApiError, httpError, UNREADABLE_ANSWER } from "@/lib/api-error";
import { readWhole, toApiError, upstream, type UpstreamAuth } from "@/lib/upstream";

export { ApiError };

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
  body?: unknown;
  policyNumber?: string | null;
  slug?: string;
  /** Explicit credentials (e.g. a route handler streaming pages); otherwise the session's. */
  auth?: UpstreamAuth;
};

async function call<S extends z.ZodType>(path: string, schema: S, options: CallOptions = {}): Promise<z.infer<S>> {
  const [session, incoming] = await Promise.all([getSession(), headers()]);
  const json = options.body !== undefined;
  const answer = upstream(path, {
    method: options.method ?? (json ? "POST" : "GET"),
    query: options.query,
    headers: json
      ? { accept: "application/json", "content-type": "application/json", "accept-language": localeOf(incoming) }
      : { accept: "application/json", "accept-language": localeOf(incoming) },
    body: json ? JSON.stringify(options.body) : undefined,
    auth: options.auth ?? authFor(session, options.policyNumber),
    clientAddress: clientAddressOf(incoming),
  });
  return read(answer, schema, session, options.slug);
}

/** An answer of the Policy API, read as every call's: errors as `ApiError`s, secrets into the session, checked. */
async function read<S extends z.ZodType>(
  answer: Promise<Response>,
  schema: S,
  session: Session,
  slug?: string,
): Promise<z.infer<S>> {
  let res: Response;
  let text: string;
  try {
    res = await answer;
    text = await readWhole(res, (r) => r.text());
    noteServedLanguage(res.headers.get("content-language"));
  } catch (err) {
    throw toApiError(err);
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
    throw new ApiError(res.status, httpError(res.status), code);
  }
  if (absorbSecrets(session, data, { slug })) {
    // Server components cannot set cookies; route handlers and server actions can.
    await saveSession(session).catch(() => undefined);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    throw new ApiError(502, UNREADABLE_ANSWER, ERROR_CODES.badGateway);
  }
  return parsed.data;
}

export async function getProducts(): Promise<ProductSummary[]> {
  return (await call(pathTo(endpoints.products), productsResponseSchema)).products;
}

export function getMeta(slug: string): Promise<Meta> {
  return call(pathTo(endpoints.meta, { slug }), metaSchema);
}

/** The product's meta from an answer already asked for (journey/meta-ahead), read as `getMeta` reads its own. */
export async function metaFrom(answer: Promise<Response>): Promise<Meta> {
  return read(answer, metaSchema, await getSession());
}

/** The first form, or (with both options) an earlier form of that quote with its saved values. */
export function getSubmit(slug: string, at: { policyNumber?: string; formId?: string } = {}): Promise<SubmitResponse> {
  return call(pathTo(endpoints.submitState, { slug }), submitResponseSchema, {
    query: { policy_number: at.policyNumber, form_id: at.formId },
    policyNumber: at.policyNumber,
    slug,
  });
}

/** The confirm page's review: an empty POST, which changes nothing. */
export function getConfirm(policyNumber: string): Promise<ConfirmReview> {
  return call(pathTo(endpoints.confirm, { n: policyNumber }), confirmReviewSchema, { method: "POST", policyNumber });
}

/** The policy now, or as it stood at `whenAt` (an ISO timestamp). */
export function getPolicy(policyNumber: string, at: { whenAt?: string } = {}): Promise<PolicyView> {
  const query = { when_at: at.whenAt };
  return call(pathTo(endpoints.view, { n: policyNumber }), policyViewSchema, { query, policyNumber });
}

/** A JSON POST with explicit credentials, read like every other call. */
export function postJson<S extends z.ZodType>(
  path: string,
  schema: S,
  body: unknown,
  auth: UpstreamAuth,
): Promise<z.infer<S>> {
  return call(path, schema, { body, auth });
}

/** The v3 list and search (POST /api/v3/policy/all/) with this session's credentials. */
export async function listPolicies(request: ListRequest): Promise<PolicyList> {
  return call(pathTo(endpoints.policySearch), policyListResponseSchema, { body: request });
}

/** Every version of a policy, oldest first (users only). */
export async function getPolicyHistory(policyNumber: string): Promise<HistoryVersion[]> {
  return (
    await call(pathTo(endpoints.history, { n: policyNumber }), historySchema, {
      policyNumber,
    })
  ).versions;
}

/** The signed-in caller's policies, one page (GET /api/v3/policy/all/); no status means the API's default set. */
export function listAccountPolicies(at: {
  status?: StatusKey | null;
  page: number;
  perPage: number;
}): Promise<AccountPolicyList> {
  return call(pathTo(endpoints.policyList), accountListSchema, {
    query: { status: at.status ?? undefined, page: String(at.page), per_page: String(at.perPage) },
  });
}

/** The signed-in customer's quotes still being bought (New, Quoted, Pending-approval), newest change first. */
export function listAccountQuotes(): Promise<AccountPolicyList> {
  return call(pathTo(endpoints.policyList), accountListSchema, {
    query: { status: BEING_BOUGHT.join(","), page: "1", per_page: "20" },
  });
}

/** The policy's additional documents form, or null when its product asks for none (404). */
export async function getAdditionalDocuments(policyNumber: string): Promise<Form | null> {
  try {
    const path = pathTo(endpoints.additionalDocuments, { n: policyNumber });
    return (await call(path, additionalDocumentsSchema, { policyNumber })).form;
  } catch (err) {
    if (err instanceof ApiError && err.status === 404) return null;
    throw err;
  }
}
