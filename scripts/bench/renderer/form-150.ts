// One 150-field form in two notations: the contract's (our renderer) and JSON Schema with a uiSchema (@rjsf/core).
// Every field type, repeating groups and show_if conditions, the same questions on both sides.
import type { Field, Form } from "@/contract/form";
import type { RJSFSchema, UiSchema } from "@rjsf/utils";

const CHOICES = ["North", "South", "East", "West"].map((label) => ({ value: label.toLowerCase(), label }));
const KINDS = ["text", "email", "phone", "number", "decimal", "date", "select", "radio", "multiselect", "checkbox"];
const FIELDS = 150;

type Spec = { name: string; type: string; title: string; showIf?: { field: string; equals: string } };

function specs(): Spec[] {
  const list: Spec[] = [];
  for (let i = 0; list.length < FIELDS - 6; i++) {
    const type = KINDS[i % KINDS.length];
    const name = `q${i}_${type}`;
    // Every fifth question shows only when the radio before it says "north".
    const gate = list.findLast((s) => s.type === "radio");
    list.push({
      name,
      type,
      title: `Question ${i + 1} (${type})`,
      showIf: i % 5 === 4 && gate ? { field: gate.name, equals: "north" } : undefined,
    });
  }
  list.push({ name: "notes", type: "textarea", title: "Anything else" });
  list.push({ name: "intro", type: "content", title: "About these questions" });
  list.push({ name: "ref", type: "hidden", title: "" });
  list.push({ name: "photos", type: "async_file", title: "Photos" });
  list.push({ name: "people", type: "group", title: "People" });
  list.push({ name: "items", type: "group", title: "Items" });
  return list;
}

const SUB: Field[] = [
  { name: "full_name", type: "text", title: "Full name", required: true } as Field,
  { name: "born", type: "date", title: "Date of birth", required: false } as Field,
];

export function ourForm(): Form {
  const fields = specs().map((s): Field => {
    const base = { name: s.name, type: s.type, title: s.title, required: false, show_if: s.showIf ?? null };
    if (["select", "radio", "multiselect"].includes(s.type)) return { ...base, choices: CHOICES } as Field;
    if (s.type === "group") return { ...base, fields: SUB, value: [{ full_name: "", born: "" }] } as Field;
    if (s.type === "content") return { ...base, content: "Please answer every question." } as Field;
    if (s.type === "hidden") return { ...base, value: "bench" } as Field;
    if (s.type === "async_file") return { ...base, rules: { accepted_mime_types: ["image/png"], max: 3 } } as Field;
    return base as Field;
  });
  return { form_id: "bench", form_name: "150 questions", form_type: "form", fields };
}

function propertyOf(s: Spec): RJSFSchema {
  const enumOf = { type: "string", oneOf: CHOICES.map((c) => ({ const: c.value, title: c.label })) } as RJSFSchema;
  switch (s.type) {
    case "number":
      return { type: "integer", title: s.title };
    case "decimal":
      return { type: "number", title: s.title };
    case "date":
      return { type: "string", format: "date", title: s.title };
    case "email":
      return { type: "string", format: "email", title: s.title };
    case "select":
    case "radio":
      return { ...enumOf, title: s.title };
    case "multiselect":
      return { type: "array", title: s.title, uniqueItems: true, items: enumOf };
    case "checkbox":
      return { type: "boolean", title: s.title };
    case "async_file":
      return { type: "array", title: s.title, items: { type: "string", format: "data-url" } };
    case "group":
      return {
        type: "array",
        title: s.title,
        items: {
          type: "object",
          required: ["full_name"],
          properties: {
            full_name: { type: "string", title: "Full name" },
            born: { type: "string", format: "date", title: "Date of birth" },
          },
        },
      };
    case "content":
      return { type: "null", title: s.title, description: "Please answer every question." };
    default:
      return { type: "string", title: s.title };
  }
}

/** rjsf's notation: show_if becomes an if/then per condition, so a hidden question isn't rendered. */
export function rjsfForm(): { schema: RJSFSchema; uiSchema: UiSchema; formData: Record<string, unknown> } {
  const all = specs();
  const properties: Record<string, RJSFSchema> = {};
  const uiSchema: UiSchema = {};
  const conditions: RJSFSchema[] = [];
  for (const s of all) {
    if (s.showIf) {
      conditions.push({
        if: { properties: { [s.showIf.field]: { const: s.showIf.equals } }, required: [s.showIf.field] },
        then: { properties: { [s.name]: propertyOf(s) } },
      });
      continue;
    }
    properties[s.name] = propertyOf(s);
    if (s.type === "radio") uiSchema[s.name] = { "ui:widget": "radio" };
    if (s.type === "multiselect") uiSchema[s.name] = { "ui:widget": "checkboxes" };
    if (s.type === "textarea") uiSchema[s.name] = { "ui:widget": "textarea" };
    if (s.type === "hidden") uiSchema[s.name] = { "ui:widget": "hidden" };
  }
  return {
    schema: { type: "object", properties, allOf: conditions },
    uiSchema,
    formData: { ref: "bench", people: [{ full_name: "" }], items: [{ full_name: "" }] },
  };
}
