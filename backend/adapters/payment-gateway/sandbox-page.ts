import { randomBytes } from "node:crypto";
import type { CardInput, GatewayResult } from "./types";
import { DEFAULT_LOCALE, dirOf, type Locale } from "../../../contract/locales";
import { sayer } from "../../messages";

/** What the page shows about the payment. */
type PaymentShown = { amount: string; currency: string; policyNumber: string };

/** `later`: what a charge on the stored card does afterwards (instalments). */
const TEST_CARDS: Record<string, { approved: boolean; later?: "approves" | "declines" }> = {
  "4242424242424242": { approved: true, later: "approves" },
  "4000000000000002": { approved: false },
  // Pays today, but every later charge on it is declined (as a card cancelled after the purchase).
  "4000000000000341": { approved: true, later: "declines" },
};

/** A sandbox card token says how the stored card behaves; the random part makes each one unique. */
const storedCardToken = (later: "approves" | "declines") => `sandbox-card-${later}-${randomBytes(12).toString("hex")}`;

/** The sandbox's charge on a stored card: its test card decides. */
export function chargeSandboxCard(cardToken: string): GatewayResult {
  const later = /^sandbox-card-(approves|declines)-/.exec(cardToken)?.[1];
  if (!later) return { approved: false, reason: "This card is not known to the sandbox.", payerName: "", last4: "" };
  return later === "approves"
    ? { approved: true, reason: "Approved", payerName: "", last4: "" }
    : { approved: false, reason: "The card was declined by the bank.", payerName: "", last4: "" };
}

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

/** The payer cancelled on the page, in their language (the reason goes back to them with the outcome). */
export const cancelledByPayer = (language: Locale = DEFAULT_LOCALE): GatewayResult => ({
  approved: false,
  reason: sayer(language, "gateway")("cancelled"),
  payerName: "",
  last4: "",
});

/**
 * Checks the card form, its errors and a decline's reason in the payer's language; test cards decide the outcome,
 * any other valid number is declined.
 */
export function checkCard(
  input: CardInput,
  now: Date,
  language: Locale = DEFAULT_LOCALE,
): { result: GatewayResult } | { errors: Record<string, string> } {
  const t = sayer(language, "gateway");
  const errors: Record<string, string> = {};
  const number = (input.card_number ?? "").replace(/[\s-]/g, "");
  if (!/^\d{12,19}$/.test(number) || !luhn(number)) errors.card_number = t("cardNumberInvalid");
  const expiry = /^(\d{2})\s*\/\s*(\d{2})$/.exec((input.expiry ?? "").trim());
  if (!expiry || Number(expiry[1]) < 1 || Number(expiry[1]) > 12) errors.expiry = t("expiryFormat");
  else {
    const end = new Date(Date.UTC(2000 + Number(expiry[2]), Number(expiry[1]), 1));
    if (end <= now) errors.expiry = t("expired");
  }
  if (!/^\d{3,4}$/.test((input.cvc ?? "").trim())) errors.cvc = t("cvcInvalid");
  if (!(input.name ?? "").trim()) errors.name = t("nameMissing");
  if (Object.keys(errors).length) return { errors };
  const card = TEST_CARDS[number];
  const approved = card?.approved ?? false;
  const result: GatewayResult = {
    approved,
    reason: approved ? "Approved" : t(card ? "declined" : "testCardsOnly"),
    payerName: input.name!.trim(),
    last4: number.slice(-4),
  };
  if (approved && card?.later) result.cardToken = storedCardToken(card.later);
  return { result };
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The gateway's page in the payer's language: right to left for Arabic (the layout uses logical properties). */
export function sandboxPage(
  payment: PaymentShown,
  input: CardInput,
  errors: Record<string, string>,
  language: Locale = DEFAULT_LOCALE,
): string {
  const t = sayer(language, "gateway");
  const price = { amount: esc(payment.amount), currency: esc(payment.currency) };
  const field = (name: string, label: string, attrs: string) => {
    const err = errors[name];
    return `<div class="f"><label for="${name}">${label}</label>${err ? `<p class="e" id="${name}-e">${esc(err)}</p>` : ""}
<input id="${name}" name="${name}" ${attrs} value="${esc(input[name] ?? "")}"${err ? ` aria-invalid="true" aria-describedby="${name}-e"` : ""} required></div>`;
  };
  const summary = Object.keys(errors).length
    ? `<div class="s" role="alert" tabindex="-1" id="summary"><h2>${t("problem")}</h2><ul>${Object.entries(errors)
        .map(([k, v]) => `<li><a href="#${k}">${esc(v)}</a></li>`)
        .join("")}</ul></div>`
    : "";
  return `<!doctype html><html lang="${language}" dir="${dirOf(language)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t("title", price)}</title>
<style>body{font-family:system-ui,sans-serif;background:#f1f5f9;margin:0;color:#0f172a}main{max-width:28rem;margin:2rem auto;background:#fff;padding:1.5rem;border-radius:.75rem;box-shadow:0 1px 3px #0002}
h1{font-size:1.35rem}.f{margin:1rem 0}label{display:block;font-weight:600;margin-bottom:.25rem}input{width:100%;box-sizing:border-box;font-size:1rem;padding:.6rem;border:2px solid #64748b;border-radius:.4rem}
input:focus,button:focus,a:focus{outline:3px solid #f59e0b;outline-offset:2px}.e{color:#b91c1c;margin:.25rem 0}.s{border:3px solid #b91c1c;padding:.75rem;border-radius:.4rem}.s h2{font-size:1.1rem;margin:0}
button{font-size:1rem;padding:.7rem 1.2rem;border-radius:.4rem;border:0;background:#1d4ed8;color:#fff;font-weight:600;cursor:pointer}.c{background:#fff;color:#1d4ed8;border:2px solid #1d4ed8;margin-inline-start:.5rem}
.note{background:#fef3c7;padding:.6rem;border-radius:.4rem;font-size:.9rem}</style></head>
<body><main><p class="note">${t("note")}</p>
<h1>${t("pay", price)}</h1><p>${t("forPolicy", { policyNumber: esc(payment.policyNumber) })}</p>${summary}
<form method="post" novalidate>
${field("card_number", t("cardNumber"), 'inputmode="numeric" autocomplete="cc-number" dir="ltr"')}
${field("expiry", t("expiry"), 'autocomplete="cc-exp" placeholder="MM/YY" dir="ltr"')}
${field("cvc", t("cvc"), 'inputmode="numeric" autocomplete="cc-csc" dir="ltr"')}
${field("name", t("name"), 'autocomplete="cc-name"')}
<button type="submit">${t("pay", price)}</button><button class="c" type="submit" name="action" value="cancel" formnovalidate>${t("cancel")}</button>
</form></main>${summary ? `<script>document.getElementById("summary").focus()</script>` : ""}</body></html>`;
}
