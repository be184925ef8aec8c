import { checkForm, readPostedForm, renderForm } from "./forms";
import { Refusal } from "./http";
import { FORMS, PRE_EXISTING_NOTICE } from "./product";
import { STATUS_NAMES, type Quote, type Store } from "./store";
import type { FormDef, FormOut } from "./types";
import { objections } from "./underwriting";

/** The submit loop: one response shape for every answer, with the full key set each time. */

type Loop = {
  quote: Quote | null;
  form: FormOut | null;
  def: FormDef | null;
  hasErrors?: boolean;
  action?: string;
  contentData?: typeof PRE_EXISTING_NOTICE | null;
  token?: string | null;
};

function loopResponse({ quote, form, def, hasErrors = false, action, contentData = null, token = null }: Loop) {
  const description = def
    ? { image: null, title: def.form_name, content: def.description }
    : { image: null, title: "All steps answered", content: "Check your answers, then confirm." };
  return {
    policy_number: quote?.number ?? null,
    policy_status: quote ? STATUS_NAMES[quote.status] : null,
    description,
    form,
    has_errors: hasErrors,
    next_action: action ?? (def?.form_type === "otp" ? "perform_otp" : def ? "continue" : "complete"),
    content_data: contentData,
    pricing: null,
    quote_token: token,
  };
}

const formIndex = (id: string) => FORMS.findIndex((f) => f.form_id === id);
/** The furthest step open to this quote: the first one not yet accepted. */
const frontier = (quote: Quote) => {
  const i = FORMS.findIndex((f) => !quote.accepted.has(f.form_id));
  return i < 0 ? FORMS.length : i;
};

function openForm(quote: Quote | null, formId: string): FormDef {
  const i = formIndex(formId);
  if (i < 0) throw new Refusal(404, "not_found", `This product has no step called “${formId}”.`);
  if (quote?.status === "S_ACTIVE")
    throw new Refusal(409, "conflict", "This policy is already bought; its answers can't change.");
  if (i > (quote ? frontier(quote) : 0)) throw new Refusal(409, "conflict", "Answer the earlier steps first.");
  return FORMS[i];
}

const savedFor = (quote: Quote, def: FormDef) => (def.form_type === "otp" ? {} : (quote.answers[def.form_id] ?? {}));

export function firstForm() {
  return loopResponse({ quote: null, def: FORMS[0], form: renderForm(FORMS[0]) });
}

/** Going back: an earlier step with its saved answers. The step must be named: we keep no "current step" for callers. */
export function earlierForm(store: Store, query: URLSearchParams, token: string | undefined) {
  const formId = query.get("form_id");
  if (!formId) {
    throw new Refusal(
      422,
      "form_id_required",
      "Say which step you want with form_id; a quote is reopened one named step at a time.",
    );
  }
  const quote = store.reach(query.get("policy_number"), token);
  const def = openForm(quote, formId);
  return loopResponse({ quote, def, form: renderForm(def, savedFor(quote, def)) });
}

export function submit(store: Store, body: Record<string, unknown>, token: string | undefined) {
  const number = body.policy_number ?? null;
  let quote = number === null ? null : store.reach(number, token);
  const { formId, answers } = readPostedForm(body);
  const def = openForm(quote, formId);
  const ctx = { fileKnown: (id: string, field: string) => (quote ? store.fileKnown(quote.number, id, field) : false) };
  const verdict = checkForm(def, answers, ctx);
  const found = verdict.ok ? objections(def.form_id, verdict.kept) : { fields: {}, form: [] };
  if (!verdict.ok || Object.keys(found.fields).length || found.form.length) {
    const form = renderForm(def, verdict.echo, { ...verdict.verdicts, ...found.fields }, found.form);
    return loopResponse({ quote, def, form, hasErrors: true });
  }
  let newToken: string | null = null;
  if (!quote) ({ quote, token: newToken } = store.create());
  accept(quote, def, verdict.kept);
  store.touch(quote);
  const next = nextStep(quote, def);
  const form = next ? renderForm(next, savedFor(quote, next)) : null;
  const notice = def.form_id === "vet-history" && next ? PRE_EXISTING_NOTICE : null;
  return loopResponse({
    quote,
    def: next,
    form,
    contentData: notice,
    action: notice ? "display" : undefined,
    token: newToken,
  });
}

function accept(quote: Quote, def: FormDef, kept: Record<string, unknown>) {
  const email = (kept.keeper_email as string | undefined)?.toLowerCase();
  if (def.form_type === "otp") quote.verifiedEmail = String(quote.answers.keeper?.keeper_email ?? "").toLowerCase();
  else quote.answers[def.form_id] = kept;
  quote.accepted.add(def.form_id);
  // A new email address is checked again.
  if (def.form_id === "keeper" && email !== quote.verifiedEmail) quote.accepted.delete("email-check");
  quote.status = FORMS.every((f) => quote.accepted.has(f.form_id)) ? "S_QUOTED" : "S_NEW";
}

/** The step after `def`: the next one not yet answered for good, or null when every step is done. */
function nextStep(quote: Quote, def: FormDef): FormDef | null {
  const after = FORMS.slice(formIndex(def.form_id) + 1);
  const open = after.find((f) => f.form_type !== "otp" || !quote.accepted.has(f.form_id));
  return open ?? FORMS.find((f) => !quote.accepted.has(f.form_id)) ?? null;
}
