import "server-only";
import { getSubmit } from "@/lib/api";
import type { AnswerForms } from "@/lib/agent/answers";

/**
 * The definitions of the policy's answered forms, through the contract's going-back call (each form with
 * its fields, titles and choices). A form the backend won't serve again is left out: its answers are
 * then shown by their keys.
 */
export async function loadAnswerForms(slug: string, policyNumber: string, formIds: string[]): Promise<AnswerForms> {
  const forms = await Promise.all(
    formIds.map((formId) =>
      getSubmit(slug, { policyNumber, formId })
        .then((res) => (res.form?.form_id === formId ? res.form : null))
        .catch(() => null),
    ),
  );
  return Object.fromEntries(forms.filter((f) => f !== null).map((f) => [f.form_id, f]));
}
