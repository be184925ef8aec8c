import { formatDate } from "../documents/date-format";

export type ContinueEmailFacts = { firstName: string | null; productName: string; policyNumber: string };

/** "Email me a link to continue": the signed link, until when it works, and what it keeps. */
export function continueByEmailMessage(
  facts: ContinueEmailFacts,
  link: { url: string; expires_at: string },
): { subject: string; body: string } {
  const { productName, policyNumber } = facts;
  return {
    subject: `Continue your ${productName} quote ${policyNumber}`,
    body: [
      facts.firstName?.trim() ? `Hello ${facts.firstName.trim()},` : "Hello,",
      "",
      `Here is the link you asked for to continue your ${productName} quote (reference ${policyNumber}) on any device:`,
      "",
      link.url,
      "",
      `The link works until ${formatDate(link.expires_at)}. It opens the quote at the step you reached, with your ` +
        "answers and any files you uploaded. Opening it moves the quote to that device.",
      "",
      "If you did not ask for this link, you can ignore this email. Please don't forward it: anyone with the link " +
        "can see and change this quote.",
    ].join("\n"),
  };
}
