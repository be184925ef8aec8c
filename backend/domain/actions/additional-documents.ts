import type { Field, Form } from "../../../contract/form";
import { todayISO, validateForm, withErrors } from "../../../contract/rules";
import type { AppContext } from "../../context";
import { conflict, notFound } from "../errors";
import { parseWith } from "../parse";
import { formAnswersRequestSchema } from "../../../contract/journey";
import type { Caller } from "../../security/caller";
import { loadVisiblePolicy } from "../../security/access";
import type { PolicyRow } from "../../storage/rows";
import { getProduct } from "../../products";
import { answersOf } from "../journey/forms";
import { fileErrors } from "../journey/file-refs";
import { actorName } from "../journey/save";
import { CLOSED, isStatusIn } from "../../../contract/lifecycle";

export const ADDITIONAL_FORM_ID = "additional_documents";

function formFor(policy: PolicyRow): Form {
  const field = getProduct(policy.productSlug)?.additional_documents as Field | null | undefined;
  if (!field) throw notFound(`Policy ${policy.policyNumber} doesn't ask for additional documents.`);
  const saved = policy.answers[ADDITIONAL_FORM_ID]?.[field.name] ?? [];
  return {
    form_id: ADDITIONAL_FORM_ID,
    form_name: "Additional documents",
    form_type: "additional_documents",
    fields: [{ ...field, value: saved }],
  };
}

export async function additionalDocumentsForm(ctx: AppContext, caller: Caller, policyNumber: string) {
  return { form: formFor(await loadVisiblePolicy(ctx, caller, policyNumber)) };
}

/** Files asked for after purchase: uploaded through attachment/add, then listed on the policy with this form. */
export async function submitAdditionalDocuments(ctx: AppContext, caller: Caller, policyNumber: string, input: unknown) {
  const policy = await loadVisiblePolicy(ctx, caller, policyNumber, { write: true });
  if (isStatusIn(CLOSED, policy.status))
    throw conflict(`Policy ${policy.policyNumber} is closed; documents can't be added.`);
  const def = formFor(policy);
  const { form } = parseWith(formAnswersRequestSchema, input);
  const posted = answersOf(form);
  const result = validateForm(def, posted, { today: todayISO(ctx.now()) });
  for (const [name, messages] of Object.entries(await fileErrors(ctx, policy.policyNumber, def, result.values))) {
    result.fieldErrors[name] = messages;
    result.ok = false;
  }
  if (!result.ok) return { form: withErrors(def, posted, result), has_errors: true };
  const updated = await ctx.stores.policies.update(
    policy,
    { answers: { ...policy.answers, [ADDITIONAL_FORM_ID]: result.values } },
    { by: actorName(caller), at: ctx.now().toISOString(), reason: "Additional documents added" },
  );
  return { form: formFor(updated), has_errors: false };
}
