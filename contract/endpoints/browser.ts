import type { EndpointName } from "./index";

/**
 * The paths the browser calls through the web app's proxy, without the table's schemas: importing the table would put
 * zod and every contract schema into each page's JavaScript. `browser.test.ts` holds each to the table's own path.
 */
export const browserEndpoints = {
  submit: { path: "/api/v3/policy/submit/:slug/" },
  price: { path: "/api/v3/policy/:n/price/" },
  confirm: { path: "/api/v3/policy/:n/confirm/" },
  attachmentAdd: { path: "/api/v3/policy/:n/attachment/add/" },
  thumbnail: { path: "/api/v1/policy/:n/attachment/thumbnail/:ref/" },
  paymentToken: { path: "/api/v3/payment/token/" },
  otpRequest: { path: "/api/v3/customer/otp/request/" },
  otpVerify: { path: "/api/v3/customer/otp/verify/" },
  policyLogin: { path: "/api/v3/customer/policy-login/" },
  login: { path: "/api/v3/login/" },
  logout: { path: "/api/v3/logout/" },
  tokenRefresh: { path: "/api/v3/token/refresh/" },
  cancel: { path: "/api/v3/policy/:n/cancel/" },
  cancellationRequest: { path: "/api/v3/policy/:n/cancellation-request/" },
  endorseForms: { path: "/api/v3/policy/:n/endorse/" },
  endorseQuote: { path: "/api/v3/policy/:n/endorse/quote/" },
  endorse: { path: "/api/v3/policy/:n/endorse/" },
  referral: { path: "/api/v3/policy/:n/referral/" },
  copy: { path: "/api/v3/policy/:n/copy/" },
  renew: { path: "/api/v3/policy/:n/renew/" },
  automaticRenewal: { path: "/api/v3/policy/:n/automatic-renewal/" },
  suspend: { path: "/api/v3/policy/:n/suspend/" },
  reinstate: { path: "/api/v3/policy/:n/reinstate/" },
  removeRecurringPayment: { path: "/api/v3/policy/:n/remove-recurring-payment/" },
  continueLink: { path: "/api/v3/policy/:n/continue-link/" },
  continueEmail: { path: "/api/v3/policy/:n/email-continue-link/" },
  additionalDocuments: { path: "/api/v3/policy/:n/additional-documents/" },
  cancelQuote: { path: "/api/v3/policy/:n/cancel/quote/" },
  outbox: { path: "/api/v3/dev/outbox/" },
} as const satisfies Partial<Record<EndpointName, { path: string }>>;
