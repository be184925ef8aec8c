import type { QuoteAnswers } from "../../products/definition";
import { validateForm } from "../../../contract/rules";
import type { FormDef } from "./forms";

/** Forms stay complete only while their saved answers are still valid (an earlier answer may have changed a rule). */
export function stillComplete(sequence: FormDef[], answers: QuoteAnswers, completed: string[], today: string): string[] {
  return sequence
    .filter((f) => completed.includes(f.form_id))
    .filter((f) => validateForm(f, answers[f.form_id] ?? {}, { today }).ok)
    .map((f) => f.form_id);
}
