import type { z } from "zod";
import type { FieldDefinition, FormDefinition } from "./field-definition";
import type { PricingDefinition, RatingInput, UnderwritingRule } from "./rating-definition";

type Path = (string | number)[];
type Ref = { form_id: string; name: string };
/** The parts of a product the cross-references live in (the schema has already checked their shapes). */
export type RefParts = {
  forms: FormDefinition[];
  renewal_form_ids: string[];
  otp?: { after_form_id: string; email_field: Ref };
  customer: { first_name: Ref; last_name: Ref; email: Ref; phone: Ref | null };
  beneficiaries?: { group: Ref; fields: Record<string, string | null> };
  cover: { from: "answers"; start: Ref; end: Ref } | { from: "term"; start: Ref | null; months: number };
  pricing: PricingDefinition;
  underwriting: UnderwritingRule[];
  additional_documents?: FieldDefinition | null;
  endorsement?: { customer: string[]; referral: string[] };
};

/** Checks that every form id, field reference, table and rule of a product points at something real. */
export function checkReferences(p: RefParts, ctx: z.RefinementCtx) {
  const issue = (path: Path, message: string) => ctx.addIssue({ code: "custom", path, message });
  const formIds = p.forms.map((f) => f.form_id);
  formIds.forEach(
    (id, i) => formIds.indexOf(id) !== i && issue(["forms", i, "form_id"], `form id "${id}" is used twice`),
  );

  const find = (form_id: string, name: string) =>
    p.forms.find((f) => f.form_id === form_id)?.fields.find((x) => x.name === name);
  const ref = (r: Ref | null | undefined, path: Path, types?: string[]) => {
    if (!r) return undefined;
    const f = find(r.form_id, r.name);
    if (!f) issue(path, `no field "${r.name}" in a form "${r.form_id}"`);
    else if (types && !types.includes(f.type))
      issue(path, `"${r.form_id}.${r.name}" is a ${f.type} field, expected ${types.join(" or ")}`);
    return f;
  };
  const fieldPath = (s: string, path: Path, types?: string[]) => {
    const [form_id, name] = s.split(".");
    return ref({ form_id, name }, path, types);
  };
  const input = (i: RatingInput, path: Path) => {
    if ("field" in i) return fieldPath(i.field, [...path, "field"]);
    if ("count" in i) return fieldPath(i.count, [...path, "count"], ["group", "multiselect", "async_file"]);
    i.days_between.forEach((s, k) => fieldPath(s, [...path, "days_between", k], ["date"]));
    return undefined;
  };
  const coversChoices = (f: FieldDefinition | undefined, keys: string[], path: Path) => {
    for (const c of f?.choices ?? [])
      if (!keys.includes(c.value)) issue(path, `no entry for choice "${c.value}" of "${f!.name}"`);
  };

  p.renewal_form_ids.forEach((id, i) => !formIds.includes(id) && issue(["renewal_form_ids", i], `no form "${id}"`));
  if (p.otp) {
    if (!formIds.includes(p.otp.after_form_id)) issue(["otp", "after_form_id"], `no form "${p.otp.after_form_id}"`);
    ref(p.otp.email_field, ["otp", "email_field"], ["email"]);
  }
  ref(p.customer.first_name, ["customer", "first_name"], ["text"]);
  ref(p.customer.last_name, ["customer", "last_name"], ["text"]);
  ref(p.customer.email, ["customer", "email"], ["email"]);
  ref(p.customer.phone, ["customer", "phone"], ["phone"]);
  if (p.beneficiaries) {
    const group = ref(p.beneficiaries.group, ["beneficiaries", "group"], ["group"]);
    for (const [key, sub] of Object.entries(p.beneficiaries.fields)) {
      if (group?.fields && sub !== null && !group.fields.some((s) => s.name === sub)) {
        issue(["beneficiaries", "fields", key], `the group has no sub-field "${sub}"`);
      }
    }
  }
  ref(p.cover.start, ["cover", "start"], ["date"]);
  if (p.cover.from === "answers") ref(p.cover.end, ["cover", "end"], ["date"]);

  const pr = p.pricing;
  if ("input" in pr.base) input(pr.base.input, ["pricing", "base", "input"]);
  pr.factors.forEach((f, i) => {
    const target = input(f.input, ["pricing", "factors", i, "input"]);
    if (f.kind !== "table") return;
    coversChoices(target, Object.keys(f.table), ["pricing", "factors", i, "table"]);
    if (f.default !== undefined && !(f.default in f.table))
      issue(["pricing", "factors", i, "default"], `default "${f.default}" is not in the table`);
  });
  if (pr.loadings) {
    const target = fieldPath(pr.loadings.field, ["pricing", "loadings", "field"], ["multiselect"]);
    coversChoices(target, Object.keys(pr.loadings.percent), ["pricing", "loadings", "percent"]);
  }
  p.underwriting.forEach((r, i) => {
    const target = fieldPath(r.when.field, ["underwriting", i, "when", "field"]);
    const allowed = target?.choices?.map((c) => c.value);
    const values = Array.isArray(r.when.value) ? r.when.value : [r.when.value];
    for (const v of values) {
      if (allowed && !allowed.includes(String(v)))
        issue(["underwriting", i, "when", "value"], `"${v}" is not a choice of "${r.when.field}"`);
    }
  });
  for (const who of ["customer", "referral"] as const)
    p.endorsement?.[who].forEach((s, i) => fieldPath(s, ["endorsement", who, i]));
  if (p.additional_documents && p.additional_documents.type !== "async_file") {
    issue(["additional_documents", "type"], "additional documents are asked for with an async_file field");
  }
}
