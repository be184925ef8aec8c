import { formatMoney } from "../../contract/format/money";
import { formatLongDate } from "../../contract/rules";
import type { RenewalInvitation } from "../domain/renewal-invitation";
import { formatDate } from "../documents/date-format";

type Text = { subject: string; body: string };

const hello = (firstName: string | null) => (firstName?.trim() ? `Hello ${firstName.trim()},` : "Hello,");

/**
 * The renewal invitation: last year's price beside this year's, line by line, what changed, and a signed link to
 * review and change the answers before accepting. For a policy paid automatically, that it renews by itself and
 * how to turn that off. The link is a secret for this inbox (the outbox blanks it once sent).
 */
export function renewalInvitationEmail(
  who: { firstName: string | null; productName: string },
  inv: RenewalInvitation,
  link: { url: string; expires_at: string },
): Text {
  const m = (a: string) => formatMoney(a, inv.currency);
  const lines = inv.lines.map((l) => `  ${l.label}: ${m(l.last_year)} last year, ${m(l.this_year)} this year`);
  const changes = inv.changes.length
    ? ["What changed in your details:", ...inv.changes.map((c) => `  ${c.title}: ${c.before} → ${c.after}`)]
    : ["None of your answers has changed."];
  const automatic = inv.automatic_renewal?.on
    ? [
        `Your policy renews automatically from ${formatLongDate(inv.renewal_start_date)}: on ` +
          `${formatLongDate(inv.current_end_date)} we'll take the renewal price with the card you pay by ` +
          "(in the same instalments as now). You don't need to do anything.",
        "To turn automatic renewal off, sign in to your account, open this policy and press " +
          '"Turn off automatic renewal". It takes one click and you can turn it back on.',
      ]
    : [`If you don't renew, your cover ends on ${formatLongDate(inv.current_end_date)}.`];
  return {
    subject: `Time to renew your ${who.productName} policy ${inv.policy_number}`,
    body: [
      hello(who.firstName),
      "",
      `Your ${who.productName} policy ${inv.policy_number} ends on ${formatLongDate(inv.current_end_date)}. ` +
        `Renewing costs ${priceSentence(inv)}.`,
      "",
      ...lines,
      `  Total: ${m(inv.total.last_year)} last year, ${m(inv.total.this_year)} this year`,
      "",
      ...changes,
      "",
      ...automatic,
      "",
      "Check your answers, change any that are out of date, and renew here, on any device:",
      "",
      link.url,
      "",
      `The link works until ${formatDate(link.expires_at)}; after that, sign in to your account to renew.`,
    ].join("\n"),
  };
}

/** "£99.15 last year, £104.30 this year (£5.15 more)" for the email's first line. */
function priceSentence(inv: RenewalInvitation): string {
  const m = (a: string) => formatMoney(a, inv.currency);
  const d = Number(inv.total.difference);
  const change = d === 0 ? "the same" : `${m(inv.total.difference.replace("-", ""))} ${d > 0 ? "more" : "less"}`;
  return `${m(inv.total.this_year)} for the year from ${formatLongDate(inv.renewal_start_date)}, ${change} than last year's ${m(inv.total.last_year)}`;
}
