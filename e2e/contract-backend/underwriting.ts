import type { FieldVerdict } from "./checks";
import { today } from "./dates";
import { SANDBOX_CODE } from "./product";
import type { Answers } from "./types";

/** Rules only the server knows: the form's own rules can't express them, so no client can check them first. */
export type Objections = { fields: Record<string, FieldVerdict>; form: string[] };

export const TEST_NAME_REFUSAL = "“Test” is a name we keep for our own checks. Please give your pet's real name.";
export const FUTURE_VACCINATION = "A vaccination can't have been given after today.";
export const NONE_WITH_OTHERS = "“None of these” can't be chosen together with a condition. Choose one or the other.";
export const WRONG_CODE = "That isn't the code we sent. Check the email and try again.";

const verdict = (errors: string[]): FieldVerdict => ({ errors, itemErrors: [] });

export function objections(formId: string, answers: Answers): Objections {
  const found: Objections = { fields: {}, form: [] };
  if (
    formId === "pet-profile" &&
    String(answers.pet_name ?? "")
      .trim()
      .toLowerCase() === "test"
  ) {
    found.fields.pet_name = verdict([TEST_NAME_REFUSAL]);
  }
  if (formId === "vet-history") {
    const items = Array.isArray(answers.vaccinations) ? (answers.vaccinations as Answers[]) : [];
    const itemErrors = items.flatMap((item, index) =>
      typeof item.given_on === "string" && item.given_on > today()
        ? [{ index, name: "given_on", errors: [FUTURE_VACCINATION] }]
        : [],
    );
    if (itemErrors.length) found.fields.vaccinations = { errors: [], itemErrors };
    const conditions = Array.isArray(answers.conditions) ? answers.conditions : [];
    if (conditions.includes("none") && conditions.length > 1) found.form.push(NONE_WITH_OTHERS);
  }
  if (formId === "email-check" && answers.code !== SANDBOX_CODE) found.fields.code = verdict([WRONG_CODE]);
  return found;
}
