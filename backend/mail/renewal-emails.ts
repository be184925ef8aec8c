import { DEFAULT_LOCALE } from "../../contract/locales";
import type { RenewalInvitation } from "../domain/renewal-invitation";
import { formatDate } from "../documents/date-format";
import { formatMoney } from "../documents/money-format";
import { sayer } from "../messages";
import { hello } from "./greeting";
import type { WrittenFor } from "./written-for";
import type { EmailText } from "./outbox";

type Who = { firstName: string | null; productName: string } & Partial<WrittenFor>;

/**
 * The renewal invitation: last year's price beside this year's, line by line, what changed, and a signed link to
 * review and change the answers before accepting. For a policy paid automatically, that it renews by itself and
 * how to turn that off. The link is a secret for this inbox (the outbox blanks it once sent).
 */
export function renewalInvitationEmail(
  who: Who,
  inv: RenewalInvitation,
  link: { url: string; expires_at: string },
): EmailText {
  const language = who.language ?? DEFAULT_LOCALE;
  const text = who.text ?? ((english: string) => english);
  const t = sayer(language, "email");
  const m = (a: string) => formatMoney(a, inv.currency, language);
  const date = (iso: string) => formatDate(iso, language);
  const label = (l: RenewalInvitation["lines"][number]) => (l.id === "premium" ? t("renewalPremium") : text(l.label));
  const lines = inv.lines.map(
    (l) => `  ${t("renewalLine", { label: label(l), lastYear: m(l.last_year), thisYear: m(l.this_year) })}`,
  );
  const changes = inv.changes.length
    ? [t("renewalChanged"), ...inv.changes.map((c) => `  ${text(c.title)}: ${text(c.before)} → ${text(c.after)}`)]
    : [t("renewalUnchanged")];
  const automatic = inv.automatic_renewal?.on
    ? [
        t("renewalAutomatic", { start: date(inv.renewal_start_date), end: date(inv.current_end_date) }),
        t("renewalAutomaticOff"),
      ]
    : [t("renewalEnds", { date: date(inv.current_end_date) })];
  const named = { product: who.productName, policyNumber: inv.policy_number };
  return {
    language,
    subject: t("renewalSubject", named),
    body: [
      hello(who.firstName, language),
      "",
      t("renewalIntro", { ...named, end: date(inv.current_end_date), price: priceSentence(inv, t, m, date) }),
      "",
      ...lines,
      `  ${t("renewalTotal", { lastYear: m(inv.total.last_year), thisYear: m(inv.total.this_year) })}`,
      "",
      ...changes,
      "",
      ...automatic,
      "",
      t("renewalLinkIntro"),
      "",
      link.url,
      "",
      t("renewalLinkExpiry", { date: date(link.expires_at) }),
    ].join("\n"),
  };
}

/** "£104.30 for the year from …, £5.15 more than last year's £99.15" for the email's first line. */
function priceSentence(
  inv: RenewalInvitation,
  t: ReturnType<typeof sayer<"email">>,
  m: (amount: string) => string,
  date: (iso: string) => string,
): string {
  const d = Number(inv.total.difference);
  const params = {
    thisYear: m(inv.total.this_year),
    start: date(inv.renewal_start_date),
    lastYear: m(inv.total.last_year),
    difference: m(inv.total.difference.replace("-", "")),
  };
  return t(d === 0 ? "renewalPriceSame" : d > 0 ? "renewalPriceMore" : "renewalPriceLess", params);
}
