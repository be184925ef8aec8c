import type { Answers, Form } from "@/contract/form";
import type { EndorsementForms, EndorsementQuote } from "@/contract/endorsement";
import { browserEndpoints as endpoints } from "@/contract/endpoints/browser";
import { pathTo } from "@/contract/endpoints/path";
import { anyBody, callApi, type ApiWords } from "@/lib/client-api";

/** Our backend's mid-term change extension (docs/api-extensions.md), called through the app's proxy. */
export const endorseApi = {
  forms: (n: string) => pathTo(endpoints.endorseForms, { n }),
  quote: (n: string) => pathTo(endpoints.endorseQuote, { n }),
  apply: (n: string) => pathTo(endpoints.endorse, { n }),
};

export type ChangeRequest = { answers: Record<string, Answers>; effective_date: string };
export type Refused = { ok: false; status: number; detail: string; fieldErrors: Record<string, string[]> | null };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;

/** The forms the caller may change; null when the backend has no such extension (404, 405) or can't say. */
export async function readChangeForms(
  n: string,
  words: ApiWords,
): Promise<{ ok: true; data: EndorsementForms } | { ok: false; detail: string; missing: boolean }> {
  const res = await callApi(endorseApi.forms(n), anyBody, { words });
  if (!res.ok) return { ok: false, detail: res.detail, missing: res.status === 404 || res.status === 405 };
  const data = res.data;
  if (!isObject(data) || !Array.isArray(data.forms) || typeof data.earliest_effective_date !== "string")
    return { ok: false, detail: words("unreadable"), missing: false };
  return { ok: true, data: data as EndorsementForms };
}

/** The price of the change for the rest of the term; a refusal with its sentence and any answer's errors. */
export async function quoteChange(
  n: string,
  formId: string,
  request: ChangeRequest,
  words: ApiWords,
): Promise<{ ok: true; data: EndorsementQuote } | Refused> {
  const res = await callApi(endorseApi.quote(n), anyBody, { body: request, words });
  if (res.ok) {
    const q = res.data;
    if (isObject(q) && Array.isArray(q.lines) && typeof q.total_difference === "string")
      return { ok: true, data: q as EndorsementQuote };
    return { ok: false, status: 200, detail: words("unreadable"), fieldErrors: null };
  }
  const errors = isObject(res.body) && isObject(res.body.errors) ? res.body.errors[formId] : null;
  return {
    ok: false,
    status: res.status,
    detail: res.detail,
    fieldErrors: isObject(errors) ? (errors as Record<string, string[]>) : null,
  };
}

export type AppliedChange = { redirectUrl: string | null; amount: string | null };

/** Makes the change on the version shown; an additional premium comes back as the gateway's page to pay on. */
export async function applyChange(
  n: string,
  version: string,
  request: ChangeRequest & { reason: string; return_url: string },
  words: ApiWords,
): Promise<{ ok: true; data: AppliedChange } | { ok: false; status: number; detail: string }> {
  const res = await callApi(endorseApi.apply(n), anyBody, { body: request, ifMatch: version, words });
  if (!res.ok) return { ok: false, status: res.status, detail: res.detail };
  const payment = isObject(res.data) && isObject(res.data.payment) ? res.data.payment : null;
  return {
    ok: true,
    data: {
      redirectUrl: payment && typeof payment.redirect_url === "string" ? payment.redirect_url : null,
      amount: payment && typeof payment.amount === "string" ? payment.amount : null,
    },
  };
}

/** The form as the renderer shows it again: what was sent, with the backend's sentence under each answer. */
export function withFieldErrors(form: Form, answers: Answers, errors: Record<string, string[]>): Form {
  return {
    ...form,
    fields: form.fields.map((f) => ({
      ...f,
      value: f.name in answers ? answers[f.name] : (f.value ?? null),
      ...(errors[f.name] ? { errors: errors[f.name] } : {}),
    })) as Form["fields"],
  };
}
