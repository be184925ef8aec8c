import { DEFAULT_LOCALE, type Locale } from "../../contract/locales";
import { formatDate } from "../documents/date-format";
import { sayer } from "../messages";
import { hello } from "./greeting";
import type { EmailText } from "./outbox";

/** What every referral email names: the person, the product and the reference (and the policy's language). */
export type ReferralEmailFacts = {
  firstName: string | null;
  productName: string;
  policyNumber: string;
  language?: Locale;
};

const wording = (facts: ReferralEmailFacts) => {
  const language = facts.language ?? DEFAULT_LOCALE;
  const named = { product: facts.productName, policyNumber: facts.policyNumber };
  return { language, t: sayer(language, "email"), named, greeting: hello(facts.firstName, language) };
};

/** Sent when an application is referred: we have it, who looks at it, and what happens next. */
export function referralReceivedEmail(facts: ReferralEmailFacts, reason: string): EmailText {
  const { t, named, greeting, language } = wording(facts);
  return {
    language,
    subject: t("referralReceivedSubject", named),
    body: [
      greeting,
      "",
      t("referralReceivedThanks", named),
      "",
      reason,
      "",
      t("referralReceivedNext"),
      t("notCharged"),
    ].join("\n"),
  };
}

/** Sent when an underwriter approves: a signed link to finish the quote anywhere, and until when it works. */
export function referralApprovedEmail(facts: ReferralEmailFacts, link: { url: string; expires_at: string }): EmailText {
  const { t, named, greeting, language } = wording(facts);
  return {
    language,
    subject: t("referralApprovedSubject", named),
    body: [
      greeting,
      "",
      t("referralApproved", named),
      "",
      t("referralApprovedNext"),
      "",
      link.url,
      "",
      t("referralApprovedExpiry", { date: formatDate(link.expires_at, language) }),
    ].join("\n"),
  };
}

/** Sent when an underwriter declines: the application is closed for good, and nothing was charged. */
export function referralDeclinedEmail(facts: ReferralEmailFacts, note: string | null): EmailText {
  const { t, named, greeting, language } = wording(facts);
  return {
    language,
    subject: t("referralDeclinedSubject", named),
    body: [
      greeting,
      "",
      t("referralDeclined", named),
      ...(note?.trim() ? ["", note.trim()] : []),
      "",
      t("referralDeclinedNext"),
    ].join("\n"),
  };
}
