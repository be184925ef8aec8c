import type { Answers, Form } from "@/contract/form";
import { callApi, type ApiWords } from "@/lib/client-api";
import { nextMove } from "@/lib/journey/next-action";
import { api } from "@/lib/journey/paths";
import { savePayment } from "@/lib/journey/payment-store";
import { journeyProblem } from "@/lib/journey/problems";
import { journeySchemas } from "@/lib/journey/schemas-on-demand";
import { formPayload } from "@/lib/journey/steps";

/** What confirming said: where to go next, or the form back with its errors and form-level messages. */
export type ConfirmOutcome = { go: { href: string; reload: boolean } } | { form?: Form | null; formErrors: string[] };

/** Sends the confirmation form (both confirmation forms share this); a payment to make is kept for the next page. */
export async function sendConfirmation(
  policyNumber: string,
  form: Form,
  answers: Answers,
  problemIn: (key: string) => string,
  words: ApiWords,
): Promise<ConfirmOutcome> {
  const { submitResponseSchema } = await journeySchemas();
  const res = await callApi(api.confirm(policyNumber), submitResponseSchema, {
    body: { form: formPayload(form.form_id, answers) },
    words,
  });
  if (!res.ok) return { formErrors: [journeyProblem(res, problemIn)] };
  const move = nextMove(res.data, "confirm");
  if (move.kind === "errors") return { form: move.form, formErrors: move.problems.map((key) => problemIn(key)) };
  if (move.kind === "pay") savePayment(move.policyNumber, move.payment);
  return { go: { href: move.href, reload: move.kind === "display" } };
}
