import { http, HttpResponse } from "msw";
import type { EndorsementForms, EndorsementQuote } from "@/contract/endorsement";
import { browserEndpoints as endpoints } from "@/contract/endpoints/browser";

// Our backend's mid-term change extension (docs/api-extensions.md) for one Active policy: the customer may change
// their phone number, which costs nothing; `endorsementFaults` has a costlier change and the refusals.
export const CHANGE_POLICY = "HB1234";
export const CHANGE_VERSION = "v1";

export const changeForms: EndorsementForms = {
  policy_number: CHANGE_POLICY,
  version_id: CHANGE_VERSION,
  forms: [
    {
      form_id: "owner",
      form_name: "About you",
      form_type: "form",
      fields: [{ type: "text", name: "phone", title: "Phone number", required: true, value: "07700 900123" }],
    },
  ],
  earliest_effective_date: "2026-12-02",
  latest_effective_date: "2027-11-30",
  currency: "GBP",
} as EndorsementForms;

type ChangeBody = { answers?: { owner?: { phone?: string } }; effective_date?: string; reason?: string };

const quoteFor = (body: ChangeBody, total = "0.00"): EndorsementQuote => ({
  policy_number: CHANGE_POLICY,
  changes: [
    {
      form_id: "owner",
      name: "phone",
      title: "Phone number",
      before: "07700 900123",
      after: body.answers?.owner?.phone ?? "",
    },
  ],
  effective_date: body.effective_date ?? changeForms.earliest_effective_date,
  days_in_term: 365,
  days_remaining: 364,
  lines: [{ id: "premium", label: "Premium", before: "74.25", after: "74.25", difference: total }],
  total_difference: total,
  refund_limited_by_paid: "0.00",
  direction: total === "0.00" ? "none" : "charge",
  currency: "GBP",
});

const refusal = (detail: string, status: number) => HttpResponse.json({ detail, code: "refused" }, { status });

/** The happy path: the forms, the price (no change) and the change made on the version shown. */
export const endorsementHandlers = [
  http.get(endpoints.endorseForms.path, () => HttpResponse.json(changeForms)),
  http.post(endpoints.endorseQuote.path, async ({ request }) =>
    HttpResponse.json(quoteFor((await request.json()) as ChangeBody)),
  ),
  http.post(endpoints.endorse.path, async ({ request }) => {
    if (request.headers.get("if-match") !== CHANGE_VERSION)
      return refusal(`Policy ${CHANGE_POLICY} was changed by someone else.`, 412);
    const body = (await request.json()) as ChangeBody;
    if (!body.reason?.trim()) return refusal("reason: Say why the policy is changing.", 422);
    return HttpResponse.json({ policy: {}, endorsement: quoteFor(body), payment: null });
  }),
];

/** A costlier change (paid through the gateway) and the refusals, for `server.use(...)` in a test. */
export const endorsementFaults = {
  charge: [
    http.post(endpoints.endorseQuote.path, async ({ request }) =>
      HttpResponse.json(quoteFor((await request.json()) as ChangeBody, "11.35")),
    ),
    http.post(endpoints.endorse.path, async ({ request }) =>
      HttpResponse.json({
        policy: {},
        endorsement: quoteFor((await request.json()) as ChangeBody, "11.35"),
        payment: {
          amount: "11.35",
          currency: "GBP",
          status: "pending",
          redirect_url: "https://gateway.test/pay/x",
        },
      }),
    ),
  ],
  byAnAgent: http.post(endpoints.endorseQuote.path, () =>
    refusal(
      `Only an agent can change "Phone number": please contact us and an agent will make the change for you.`,
      403,
    ),
  ),
  noExtension: http.get(endpoints.endorseForms.path, () => refusal("Not found.", 404)),
};
