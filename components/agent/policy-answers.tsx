import type { PolicyView } from "@/contract/policy";
import { FactsList } from "@/components/agent/facts-list";
import { SimpleTable } from "@/components/agent/simple-table";
import { formatValue } from "@/lib/format";
import { keyLabel } from "@/lib/key-label";

const record = (v: unknown) =>
  v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : null;

/** The answers as saved, grouped by form (titled from the product's form sequence where known). */
export function PolicyAnswers({
  formData,
  formTitles,
}: {
  formData: PolicyView["form_data"];
  formTitles: Record<string, string>;
}) {
  const forms = Object.entries(formData);
  if (forms.length === 0) return <p className="text-muted">No answers saved yet.</p>;
  return (
    <div className="space-y-6">
      {forms.map(([formId, answers]) => {
        const fields = record(answers);
        return (
          <section key={formId} aria-labelledby={`answers-${formId}`}>
            <h3 id={`answers-${formId}`} className="mb-3 text-lg font-bold">
              {formTitles[formId] ?? keyLabel(formId)}
            </h3>
            {fields ? (
              <FactsList
                facts={Object.entries(fields).map(([name, value]) => ({
                  term: keyLabel(name),
                  value: formatValue(value),
                }))}
              />
            ) : (
              <p>{formatValue(answers)}</p>
            )}
          </section>
        );
      })}
    </div>
  );
}

export function Beneficiaries({ beneficiaries }: { beneficiaries: PolicyView["beneficiaries"] }) {
  const keys = [...new Set(beneficiaries.flatMap((b) => Object.keys(b)))];
  return (
    <SimpleTable
      id="beneficiaries"
      caption="Beneficiaries"
      headers={keys.map(keyLabel)}
      rows={beneficiaries.map((b, i) => ({ key: String(i), cells: keys.map((k) => formatValue(b[k])) }))}
      empty="No beneficiaries."
    />
  );
}

export function Attachments({ attachments }: { attachments: PolicyView["attachments"] }) {
  if (attachments.length === 0) return <p className="text-muted">No files.</p>;
  return (
    <ul className="list-disc space-y-2 pl-5">
      {attachments.map((a, i) => (
        <li key={`${a.url}-${i}`}>
          {a.url ? (
            <a href={a.url} target="_blank" rel="noopener">
              {a.name || "File"}
              <span className="sr-only"> (opens in a new tab)</span>
            </a>
          ) : (
            a.name || "File"
          )}
          {typeof a.field === "string" ? <span className="text-muted"> — {keyLabel(a.field)}</span> : null}
        </li>
      ))}
    </ul>
  );
}
