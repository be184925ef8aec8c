import type { PolicyView } from "@/contract/policy";
import { AnswerRows } from "@/components/ui/answer-rows";
import type { AnswerSection } from "@/lib/account/answers";
import { SimpleTable } from "@/components/agent/simple-table";
import { formatValue } from "@/lib/format";
import { keyLabel } from "@/lib/key-label";

/** The answers as saved, step by step (labelled from the forms' definitions where the API served them). */
export function PolicyAnswers({ sections }: { sections: AnswerSection[] }) {
  if (sections.length === 0) return <p className="text-muted">No answers saved yet.</p>;
  return (
    <div className="space-y-6">
      {sections.map((section) => (
        <section key={section.id} aria-labelledby={`answers-${section.id}`}>
          <h3 id={`answers-${section.id}`} className="text-lg font-bold">
            {section.title}
          </h3>
          <AnswerRows rows={section.rows} />
        </section>
      ))}
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
