import { shiftDate } from "./dates";
import { checkForm, readPostedForm, renderForm } from "./forms";
import { Refusal } from "./http";
import { DECLARATION, FORMS, priceFor } from "./product";
import { STATUS_NAMES, type Quote } from "./store";
import type { FieldDef } from "./types";

/** Confirm, as documented: an empty POST shows the answers; the declaration POSTed buys the policy. */

function asText(field: FieldDef, value: unknown): string {
  if (value === null || value === undefined || value === "") return "";
  const label = (v: unknown) => field.choices?.find((c) => c.value === v)?.label ?? String(v);
  switch (field.type) {
    case "checkbox":
      return value ? "Yes" : "No";
    case "select":
    case "radio":
      return label(value);
    case "multiselect":
      return (value as unknown[]).map(label).join(", ");
    case "async_file":
      return (value as Array<{ name: string }>).map((f) => f.name).join(", ");
    case "group":
      return (value as Array<Record<string, unknown>>)
        .map((item) =>
          (field.fields ?? [])
            .map((sub) => asText(sub, item[sub.name]))
            .filter(Boolean)
            .join(", "),
        )
        .join("; ");
    default:
      return String(value);
  }
}

function submittedData(quote: Quote) {
  const data: Record<string, Record<string, string>> = {};
  for (const def of FORMS.filter((f) => f.form_type === "form")) {
    const answers = quote.answers[def.form_id] ?? {};
    const shown = def.fields.filter((f) => f.title && f.name in answers && !["hidden", "content"].includes(f.type));
    data[def.form_name] = Object.fromEntries(shown.map((f) => [f.title, asText(f, answers[f.name])]));
  }
  return data;
}

function mustBeQuoted(quote: Quote) {
  if (quote.status === "S_ACTIVE") throw new Refusal(409, "conflict", "This policy is already confirmed.");
  if (quote.status !== "S_QUOTED") throw new Refusal(409, "conflict", "Answer every step before confirming.");
}

export function review(quote: Quote) {
  mustBeQuoted(quote);
  const price = priceFor(quote.answers["pet-profile"]?.species);
  const name = String(quote.answers.keeper?.keeper_name ?? "");
  return {
    submitted_data: submittedData(quote),
    form: renderForm(DECLARATION),
    policy_data: { ...price, customer_last_name: name.split(/\s+/).at(-1) ?? "", quote_number: quote.number },
    price_info: price,
  };
}

export function confirm(quote: Quote, body: Record<string, unknown>, touch: () => void) {
  mustBeQuoted(quote);
  const { formId, answers } = readPostedForm(body);
  if (formId !== DECLARATION.form_id)
    throw new Refusal(422, "malformed_body", `Confirm with the ${DECLARATION.form_id} form.`);
  const verdict = checkForm(DECLARATION, answers, { fileKnown: () => false });
  const base = { policy_number: quote.number, content_data: null, pricing: null, quote_token: null };
  if (!verdict.ok) {
    return {
      ...base,
      policy_status: STATUS_NAMES[quote.status],
      has_errors: true,
      next_action: "continue",
      description: { image: null, title: DECLARATION.form_name, content: "" },
      form: renderForm(DECLARATION, verdict.echo, verdict.verdicts),
    };
  }
  quote.status = "S_ACTIVE";
  quote.startDate = String(
    quote.answers.keeper?.cover_from ?? shiftDate(new Date().toISOString().slice(0, 10), 1, "d"),
  );
  quote.endDate = shiftDate(shiftDate(quote.startDate, 1, "y"), -1, "d");
  touch();
  return {
    ...base,
    policy_status: STATUS_NAMES.S_ACTIVE,
    has_errors: false,
    next_action: "complete",
    form: null,
    description: { image: null, title: "Your pet is covered", content: `Cover starts on ${quote.startDate}.` },
  };
}
