import type { ProductDefinition, QuoteAnswers } from "../../products/definition";
import { validateForm } from "../../../contract/rules";
import type { PolicyRow } from "../../storage/rows";
import { sequenceOf, type FormDef } from "./forms";
import { said, type Said } from "../errors";

/**
 * Forms stay complete only while their saved answers are still valid (a rule relative to today may have lapsed, or
 * the product's forms changed).
 * `checked` is a form whose answers were validated just now: complete, and not checked again.
 */
export function stillComplete(
  sequence: FormDef[],
  answers: QuoteAnswers,
  completed: string[],
  today: string,
  checked?: string,
): string[] {
  return sequence
    .filter(
      (f) =>
        f.form_id === checked ||
        (completed.includes(f.form_id) && validateForm(f, answers[f.form_id] ?? {}, { today }).ok),
    )
    .map((f) => f.form_id);
}

/**
 * Steps are answered in order: a step opens once the one before it is done, and steps after the
 * email-code check open only once the code is verified. Returns why a step is closed, or null.
 */
export function closedReason(
  product: ProductDefinition,
  policy: PolicyRow | null,
  sequence: FormDef[],
  index: number,
): Said | null {
  if (index === 0) return null;
  if (!policy) return said("startFirst", {}, product.slug);
  const previous = sequence[index - 1].form_id;
  const done = policy.progress.completed;
  if (!done.includes(previous) && !done.includes(sequence[index].form_id))
    return said("stepNotYet", { step: sequence[index].form_id }, product.slug);
  const otpAt = sequence.findIndex((f) => f.form_id === product.otp?.after_form_id);
  if (otpAt >= 0 && index > otpAt && !policy.progress.otpVerified) return said("codeFirst", {}, product.slug);
  return null;
}

/** Every step answered (and the email code checked where the product asks for one). */
export function allStepsDone(product: ProductDefinition, policy: PolicyRow): boolean {
  const sequence = sequenceOf(product, policy);
  const otpAt = sequence.findIndex((f) => f.form_id === product.otp?.after_form_id);
  return (
    sequence.every((f) => policy.progress.completed.includes(f.form_id)) && (otpAt < 0 || policy.progress.otpVerified)
  );
}
