import { formatDate } from "../documents/date-format";

/** What every referral email names: the person, the product and the reference. */
export type ReferralEmailFacts = { firstName: string | null; productName: string; policyNumber: string };
type Text = { subject: string; body: string };

const hello = (firstName: string | null) => (firstName?.trim() ? `Hello ${firstName.trim()},` : "Hello,");

/** Sent when an application is referred: we have it, who looks at it, and what happens next. */
export function referralReceivedEmail(facts: ReferralEmailFacts, reason: string): Text {
  const { productName, policyNumber } = facts;
  return {
    subject: `We have your ${productName} application ${policyNumber}`,
    body: [
      hello(facts.firstName),
      "",
      `Thank you for applying for ${productName}. Your reference is ${policyNumber}.`,
      "",
      reason,
      "",
      "What happens next: we will email you at this address as soon as there is a decision. If your application " +
        "is approved, that email has a link to finish your quote and pay, on this or any other device.",
      "You have not been charged.",
    ].join("\n"),
  };
}

/** Sent when an underwriter approves: a signed link to finish the quote anywhere, and until when it works. */
export function referralApprovedEmail(facts: ReferralEmailFacts, link: { url: string; expires_at: string }): Text {
  const { productName, policyNumber } = facts;
  return {
    subject: `Good news about your ${productName} application ${policyNumber}`,
    body: [
      hello(facts.firstName),
      "",
      `Good news: an underwriter has approved your ${productName} application (reference ${policyNumber}).`,
      "",
      "What happens next: finish your quote and pay using this link, on any device:",
      "",
      link.url,
      "",
      `The link works until ${formatDate(link.expires_at)}. You have not been charged yet.`,
    ].join("\n"),
  };
}

/** Sent when an underwriter declines: the application is closed for good, and nothing was charged. */
export function referralDeclinedEmail(facts: ReferralEmailFacts, note: string | null): Text {
  const { productName, policyNumber } = facts;
  return {
    subject: `About your ${productName} application ${policyNumber}`,
    body: [
      hello(facts.firstName),
      "",
      `We're sorry: after reviewing your ${productName} application (reference ${policyNumber}), we can't offer you cover.`,
      ...(note?.trim() ? ["", note.trim()] : []),
      "",
      "What happens next: nothing more is needed from you. This application is now closed and can't be continued, " +
        "and you have not been charged. A specialist broker may be able to help.",
    ].join("\n"),
  };
}
