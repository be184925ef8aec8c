import type { z } from "zod";
import type { FormDefinition } from "./field-definition";
import type { InsuredDefinition, ScheduleSection } from "./schedule-definition";

type Parts = {
  forms: FormDefinition[];
  schedule: ScheduleSection[];
  insured: InsuredDefinition[];
  money_fields: string[];
};

/** Every path in the schedule, the insured people and the money fields names a real field (or group sub-field). */
export function checkScheduleReferences(p: Parts, ctx: z.RefinementCtx) {
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path, message });
  const field = (path: string) => {
    const [formId, name] = path.split(".");
    return p.forms.find((f) => f.form_id === formId)?.fields.find((f) => f.name === name);
  };
  const group = (path: string, at: (string | number)[]) => {
    const g = field(path);
    if (g?.type !== "group") issue(at, `"${path}" is not a repeating group`);
    return g?.type === "group" ? g : undefined;
  };
  const sub = (g: ReturnType<typeof group>, name: string, at: (string | number)[]) => {
    if (g && !g.fields?.some((s) => s.name === name)) issue(at, `the group "${g.name}" has no sub-field "${name}"`);
  };
  p.schedule.forEach((section, s) =>
    section.rows.forEach((row, r) => {
      const at = ["schedule", s, "rows", r];
      if ("each" in row) {
        const g = group(row.each, [...at, "each"]);
        sub(g, row.label_from, [...at, "label_from"]);
        row.answers.forEach((a, i) => sub(g, a, [...at, "answers", i]));
      } else row.answers.forEach((a, i) => field(a) || issue([...at, "answers", i], `no field "${a}"`));
    }),
  );
  p.insured.forEach((who, i) => {
    const g = group(who.each, ["insured", i, "each"]);
    sub(g, who.name, ["insured", i, "name"]);
    who.details.forEach((d, k) => sub(g, d, ["insured", i, "details", k]));
  });
  p.money_fields.forEach((path, i) => {
    const [formId, name, subName] = path.split(".");
    const f = field(`${formId}.${name}`);
    const target = subName ? f?.fields?.find((s) => s.name === subName) : f;
    if (target?.type !== "decimal") issue(["money_fields", i], `"${path}" is not a decimal field`);
  });
}
