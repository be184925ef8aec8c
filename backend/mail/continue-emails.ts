import { DEFAULT_LOCALE, type Locale } from "../../contract/locales";
import { formatDate } from "../documents/date-format";
import { sayer } from "../messages";
import { hello } from "./greeting";
import type { EmailText } from "./outbox";

export type ContinueEmailFacts = {
  firstName: string | null;
  productName: string;
  policyNumber: string;
  language?: Locale;
};

/** "Email me a link to continue": the signed link, until when it works, and what it keeps. */
export function continueByEmailMessage(
  facts: ContinueEmailFacts,
  link: { url: string; expires_at: string },
): EmailText {
  const language = facts.language ?? DEFAULT_LOCALE;
  const t = sayer(language, "email");
  const named = { product: facts.productName, policyNumber: facts.policyNumber };
  return {
    language,
    subject: t("continueSubject", named),
    body: [
      hello(facts.firstName, language),
      "",
      t("continueIntro", named),
      "",
      link.url,
      "",
      t("continueExpiry", { date: formatDate(link.expires_at, language) }),
      "",
      t("continueIgnore"),
    ].join("\n"),
  };
}
