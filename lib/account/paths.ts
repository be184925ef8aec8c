import { browserEndpoints as endpoints } from "@/contract/endpoints/browser";
import { pathTo } from "@/contract/endpoints/path";
import type { StatusKey } from "@/contract/statuses";
import { documentPath } from "@/lib/document-path";

/** The account's own addresses, and the proxy paths its client components call. */
const seg = encodeURIComponent;

export const ACCOUNT_PATH = "/account";
export const SIGN_IN_PATH = "/account/sign-in";

/** Why someone lands on the sign-in page: shown to them in plain words. */
export const SIGN_IN_REASONS = ["timeout", "ended", "signed-out"] as const;
export type SignInReason = (typeof SIGN_IN_REASONS)[number];

export function signInPath(opts: { next?: string; reason?: SignInReason } = {}): string {
  const query = new URLSearchParams();
  if (opts.next && opts.next !== ACCOUNT_PATH) query.set("next", opts.next);
  if (opts.reason) query.set("reason", opts.reason);
  const text = query.toString();
  return text ? `${SIGN_IN_PATH}?${text}` : SIGN_IN_PATH;
}

export function listPath(opts: { status?: StatusKey | null; page?: number } = {}): string {
  const query = new URLSearchParams();
  if (opts.status) query.set("status", opts.status);
  if (opts.page && opts.page > 1) query.set("page", String(opts.page));
  const text = query.toString();
  return text ? `${ACCOUNT_PATH}?${text}` : ACCOUNT_PATH;
}

export const policyPath = (n: string) => `${ACCOUNT_PATH}/policies/${seg(n)}`;

export const accountApi = {
  otpRequest: pathTo(endpoints.otpRequest),
  otpVerify: pathTo(endpoints.otpVerify),
  policyLogin: pathTo(endpoints.policyLogin),
  logout: pathTo(endpoints.logout),
  tokenRefresh: pathTo(endpoints.tokenRefresh),
  cancel: (n: string) => pathTo(endpoints.cancel, { n }),
  renew: (n: string) => pathTo(endpoints.renew, { n }),
  automaticRenewal: (n: string) => pathTo(endpoints.automaticRenewal, { n }),
  additionalDocuments: (n: string) => pathTo(endpoints.additionalDocuments, { n }),
  document: documentPath,
};
