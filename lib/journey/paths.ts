/** The journey's own addresses (pages of this app, and the proxy paths the browser calls). */
const seg = encodeURIComponent;

export const productPath = (slug: string) => `/products/${seg(slug)}`;
export const firstStepPath = (slug: string) => `/products/${seg(slug)}/apply`;

/** The quote's current step, or (with `step`) an earlier step to change. */
export function quotePath(policyNumber: string, step?: string): string {
  const base = `/quote/${seg(policyNumber)}`;
  return step ? `${base}?step=${seg(step)}` : base;
}
export const reviewPath = (n: string) => `${quotePath(n)}/review`;
export const paymentPath = (n: string) => `${quotePath(n)}/payment`;
export const paymentReturnPath = (n: string) => `${paymentPath(n)}/return`;
export const donePath = (n: string) => `${quotePath(n)}/done`;

export const api = {
  submit: (slug: string) => `/api/v3/policy/submit/${seg(slug)}/`,
  price: (n: string) => `/api/v3/policy/${seg(n)}/price/`,
  confirm: (n: string) => `/api/v3/policy/${seg(n)}/confirm/`,
  document: (n: string, name: string) => `/api/v3/policy/${seg(n)}/${name}/`,
  paymentToken: (n: string, mode: string, returnUrl: string) =>
    `/api/v3/payment/token/?${new URLSearchParams({ policy_number: n, payment_mode: mode, return_url: returnUrl })}`,
};

/** The draft of one step of one quote (a quote not yet saved has no number: "new"). */
export const draftKeyFor = (slug: string, policyNumber: string | null, formId: string) =>
  `quote:${slug}:${policyNumber ?? "new"}:${formId}`;
