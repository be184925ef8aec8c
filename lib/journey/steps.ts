import type { Answers } from "@/contract/form";

export type SequenceStep = { id: string; title: string };

/** What a step is called: its form's name, else its description's title, else `fallback`. */
export function stepTitle(
  state: { form: { form_name: string } | null; description: { title?: string | null } },
  fallback: string,
): string {
  return state.form?.form_name || state.description.title || fallback;
}
export type StepPosition = { index: number; total: number; previous: SequenceStep | null };

/** Where a form sits in the product's form_sequence; null for a form outside it (e.g. a code check). */
export function stepPosition(sequence: SequenceStep[], formId: string): StepPosition | null {
  const index = sequence.findIndex((step) => step.id === formId);
  if (index < 0) return null;
  return { index, total: sequence.length, previous: index > 0 ? sequence[index - 1] : null };
}

/** A step's id from its title (the confirm review keys answers by form title). */
export function stepIdForTitle(sequence: SequenceStep[], title: string): string | null {
  const wanted = title.trim().toLowerCase();
  return sequence.find((step) => step.title.trim().toLowerCase() === wanted)?.id ?? null;
}

/** Answers as the submit loop wants them: `[{name, value}]`. */
export function toFieldList(answers: Answers): Array<{ name: string; value: unknown }> {
  return Object.entries(answers).map(([name, value]) => ({ name, value: value === undefined ? null : value }));
}

/** The step form to post: `{form_id, fields}`. */
export function formPayload(formId: string, answers: Answers) {
  return { form_id: formId, fields: toFieldList(answers) };
}

/** Back from a step: the step before it in form_sequence, else the intro (when there is one); none on a code check. */
export function backFrom(
  sequence: SequenceStep[],
  form: { form_id: string; form_type: string },
  to: { step: (formId: string) => string; intro: string | null },
): { href: string; label: string } | null {
  if (form.form_type === "otp") return null;
  const position = stepPosition(sequence, form.form_id);
  if (position?.previous) return { href: to.step(position.previous.id), label: "Back" };
  return position?.index === 0 && to.intro ? { href: to.intro, label: "Back" } : null;
}
