import type { Answers, Field, Form } from "../../../contract/form";
import type { ProductDefinition, QuoteAnswers } from "../../products/definition";
import type { PolicyRow } from "../../storage/rows";
import { DEFAULT_LOCALE, type Locale } from "../../../contract/locales";
import { sayer } from "../../messages";

export const OTP_FORM_ID = "otp";
export const CONFIRMATION_FORM_ID = "confirmation";

export type FormDef = ProductDefinition["forms"][number];

/**
 * The forms this policy walks through: the renewal subset for a renewal, all of them otherwise. In a renewal the
 * cover dates are set (it starts the day after the current term ends): shown, not asked.
 */
export function sequenceOf(
  product: ProductDefinition,
  policy: (Pick<PolicyRow, "isRenewal"> & { answers?: QuoteAnswers }) | null,
): FormDef[] {
  if (!policy?.isRenewal) return product.forms;
  const forms = product.renewal_form_ids?.length
    ? product.forms.filter((f) => product.renewal_form_ids.includes(f.form_id))
    : product.forms;
  return forms.map((f) => withSetDates(product, f, policy.answers));
}

function withSetDates(product: ProductDefinition, form: FormDef, answers: QuoteAnswers | undefined): FormDef {
  const refs = [product.cover.start, product.cover.from === "answers" ? product.cover.end : null];
  const set = refs.filter((r) => r?.form_id === form.form_id).map((r) => r!.name);
  if (!set.length) return form;
  const fields = form.fields.map((f) =>
    set.includes(f.name)
      ? {
          ...f,
          read_only: true,
          value: answers?.[form.form_id]?.[f.name] ?? null,
          help_text: "A renewal starts the day after your current cover ends.",
        }
      : f,
  );
  return { ...form, fields } as FormDef;
}

export function findForm(product: ProductDefinition, formId: string): FormDef | undefined {
  return product.forms.find((f) => f.form_id === formId);
}

/** A form as sent to the client: the definition with each field's value taken from the saved answers. */
export function presentForm(def: FormDef, saved: Answers | undefined): Form {
  const fields = def.fields.map((field) => fillField(field as Field, saved));
  return { form_id: def.form_id, form_name: def.form_name, form_type: def.form_type, fields };
}

function fillField(field: Field, saved: Answers | undefined): Field {
  if (field.type === "content") return { ...field, value: null };
  if (field.type === "hidden" || field.read_only) return { ...field, value: field.value ?? null };
  const value = saved && field.name in saved ? saved[field.name] : (field.value ?? null);
  return { ...field, value };
}

/** "ada@example.com" → "a••@example.com": enough for its owner to recognise, not enough to read it. */
export const maskEmail = (email: string) =>
  email.replace(
    /^(.)(.*)(@.*)$/,
    (_, a: string, b: string, c: string) => `${a}${"•".repeat(Math.min(b.length, 6))}${c}`,
  );

export function otpForm(email: string, errors?: string[]): Form {
  const masked = maskEmail(email);
  return {
    form_id: OTP_FORM_ID,
    form_name: "Check your email",
    form_type: "otp",
    fields: [
      {
        type: "content",
        name: "otp_intro",
        title: "",
        required: false,
        content: `We sent a 6-digit code to ${masked}. It expires in 10 minutes.`,
      },
      {
        type: "text",
        name: "code",
        title: "Verification code",
        required: true,
        value: null,
        help_text: "Enter the 6 digits from the email.",
        rules: { pattern: "\\d{6}", min_length: 6, max_length: 6 },
        ...(errors?.length ? { errors } : {}),
      },
    ],
  };
}

/** The declarations before paying, in a language the quote's product is offered in. */
export function confirmationForm(language: Locale = DEFAULT_LOCALE): Form {
  const t = sayer(language, "confirmation");
  return {
    form_id: CONFIRMATION_FORM_ID,
    form_name: t("formName"),
    form_type: "confirmation",
    fields: [
      {
        type: "checkbox",
        name: "accurate",
        title: t("accurate"),
        required: true,
        value: false,
      },
      {
        type: "checkbox",
        name: "accept_terms",
        title: t("acceptTerms"),
        required: true,
        value: false,
      },
    ],
  };
}

export function answersOf(form: { fields: Array<{ name: string; value?: unknown }> }): Answers {
  const out: Answers = {};
  for (const f of form.fields) out[f.name] = f.value ?? null;
  return out;
}

export type { QuoteAnswers };
