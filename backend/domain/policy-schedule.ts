import { answerText } from "../../contract/format/answer-text";
import type { FieldDefinition, ProductDefinition, QuoteAnswers } from "../products/definition";
import { formatMoney } from "../documents/money-format";

export type ScheduleBlock = { heading: string; rows: Array<[string, string]> };
export type InsuredPerson = { name: string; role: string; details: string };

type SubField = NonNullable<FieldDefinition["fields"]>[number];
type Item = Record<string, unknown>;

function fieldAt(product: ProductDefinition, path: string): FieldDefinition | undefined {
  const [formId, name] = path.split(".");
  return product.forms.find((f) => f.form_id === formId)?.fields.find((f) => f.name === name);
}

function valueAt(answers: QuoteAnswers, path: string): unknown {
  const [formId, name] = path.split(".");
  return answers[formId]?.[name];
}

/** An answer written by its field's type; decimals the product names as money get the pricing currency. */
function writer(product: ProductDefinition) {
  const money = (amount: string) => formatMoney(amount, product.pricing.currency);
  return (field: FieldDefinition | SubField | undefined, value: unknown, path: string) =>
    field ? answerText(field, value, product.money_fields.includes(path) ? { money } : {}) : "";
}

function itemsAt(answers: QuoteAnswers, path: string): Item[] {
  const items = valueAt(answers, path);
  return Array.isArray(items) ? items.filter((i): i is Item => !!i && typeof i === "object") : [];
}

/** The certificate's schedule: the product's sections and rows, in its order, leaving out unanswered rows. */
export function policySchedule(product: ProductDefinition, answers: QuoteAnswers): ScheduleBlock[] {
  const write = writer(product);
  return product.schedule
    .map((section) => {
      const rows: Array<[string, string]> = [];
      for (const row of section.rows) {
        if ("each" in row) {
          const group = fieldAt(product, row.each);
          const sub = (name: string) => group?.fields?.find((s) => s.name === name);
          for (const item of itemsAt(answers, row.each)) {
            const label = write(sub(row.label_from), item[row.label_from], `${row.each}.${row.label_from}`);
            const value = row.answers
              .map((a) => write(sub(a), item[a], `${row.each}.${a}`))
              .filter(Boolean)
              .join(row.join);
            if (label) rows.push([label, value || "—"]);
          }
        } else {
          const value = row.answers
            .map((a) => write(fieldAt(product, a), valueAt(answers, a), a))
            .filter(Boolean)
            .join(row.join);
          if (value) rows.push([row.label, value]);
        }
      }
      return { heading: section.heading, rows };
    })
    .filter((s) => s.rows.length > 0);
}

/** Everyone the policy covers besides the policyholder, each in their role. */
export function insuredPeople(product: ProductDefinition, answers: QuoteAnswers): InsuredPerson[] {
  const write = writer(product);
  return product.insured.flatMap((who) => {
    const group = fieldAt(product, who.each);
    const sub = (name: string) => group?.fields?.find((s) => s.name === name);
    return itemsAt(answers, who.each)
      .map((item) => {
        const facts = who.details
          .map((d) => [sub(d)?.title ?? d, write(sub(d), item[d], `${who.each}.${d}`)] as const)
          .filter(([, text]) => text)
          .map(([title, text]) => `${title}: ${text}`);
        return {
          name: write(sub(who.name), item[who.name], `${who.each}.${who.name}`),
          role: who.role,
          details: facts.join("; "),
        };
      })
      .filter((p) => p.name);
  });
}
