import { browserEndpoints as endpoints } from "@/contract/endpoints/browser";
import { pathTo } from "@/contract/endpoints/path";
import { documentPath } from "@/lib/document-path";

/** The journey's own addresses (pages of this app, and the proxy paths the browser calls). */
const seg = encodeURIComponent;

export const productPath = (slug: string) => `/products/${seg(slug)}`;
export const firstStepPath = (slug: string) => `/products/${seg(slug)}/apply`;

/** The quote: resumes wherever it stands (an entry point links and bookmarks rely on). */
export const quotePath = (policyNumber: string) => `/quote/${seg(policyNumber)}`;

// The quote's own pages sit beside its steps: a form id that is one of their names (or starts with
// the escape) is written with one "~" before it, so any id a backend chooses has an address.
const PAGES = new Set(["review", "payment", "done"]);
const ESCAPE = "~";

/** One step of the quote, named by the form id the backend gave it. */
export function stepPath(policyNumber: string, formId: string): string {
  const name = PAGES.has(formId) || formId.startsWith(ESCAPE) ? ESCAPE + formId : formId;
  return `${quotePath(policyNumber)}/${seg(name)}`;
}

/** The form id from a step's (decoded) address segment. */
export const formIdOf = (segment: string) => (segment.startsWith(ESCAPE) ? segment.slice(1) : segment);
export const reviewPath = (n: string) => `${quotePath(n)}/review`;
export const paymentPath = (n: string) => `${quotePath(n)}/payment`;
export const paymentReturnPath = (n: string) => `${paymentPath(n)}/return`;
export const donePath = (n: string) => `${quotePath(n)}/done`;

export const api = {
  submit: (slug: string) => pathTo(endpoints.submit, { slug }),
  price: (n: string) => pathTo(endpoints.price, { n }),
  confirm: (n: string) => pathTo(endpoints.confirm, { n }),
  continueEmail: (n: string) => pathTo(endpoints.continueEmail, { n }),
  document: documentPath,
  paymentToken: (n: string, mode: string, returnUrl: string) =>
    pathTo(endpoints.paymentToken, undefined, { policy_number: n, payment_mode: mode, return_url: returnUrl }),
};

/** The draft of one step of one quote (a quote not yet saved has no number: "new"). */
export const draftKeyFor = (slug: string, policyNumber: string | null, formId: string) =>
  `quote:${slug}:${policyNumber ?? "new"}:${formId}`;

/** Sent with a submit by a page that draws the next step itself (components/journey/live-step.tsx). */
export const IN_PAGE_HEADER = "x-next-step-in-page";
