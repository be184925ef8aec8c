import type { Caller } from "../security/caller";

/**
 * What the policy's notification log says about each email: a neutral description, never its subject or body,
 * which may carry a code or a signed link meant only for the inbox it went to.
 */
const descriptions: Record<string, string> = {
  otp_quote: "Verification code sent",
  otp_sign_in: "Sign-in code sent",
  continue_link: "Link to continue the quote sent",
  policy_issued: "Policy documents sent",
  policy_update: "Policy update sent",
  instalment_failed: "Missed payment notice sent",
  referral_received: "Application received for review",
  referral_approved: "Underwriting decision sent",
  referral_declined: "Underwriting decision sent",
  renewal_invitation: "Renewal invitation sent",
};

/** Emails sent to the customer; anything else (internal notes, staff alerts) is for staff only. */
const customerFacing = new Set(Object.keys(descriptions));

export function describeEmail(kind: string): string {
  return descriptions[kind] ?? "Email sent";
}

export function emailVisibleTo(caller: Caller, kind: string): boolean {
  return caller.kind === "user" || customerFacing.has(kind);
}
