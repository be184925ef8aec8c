import type { PolicyView } from "@/contract/policy";
import { AnswerRows } from "@/components/ui/answer-rows";
import type { AnswerSection } from "@/lib/account/answers";
import { SimpleTable } from "@/components/agent/simple-table";
import { readableAnswer } from "@/lib/format/answer";
import { answerLanguage } from "@/lib/i18n/answer-words";
import { keyLabel } from "@/lib/key-label";
import { getT } from "@/lib/i18n/server";

/** The answers as saved, step by step (labelled from the forms' definitions where the API served them). */
export async function PolicyAnswers({ sections }: { sections: AnswerSection[] }) {
  if (sections.length === 0) return <p className="text-muted">{(await getT("agent"))("noAnswers")}</p>;
  const [form, pages] = await Promise.all([getT("form"), getT("pages")]);
  const words = { none: pages("answerNone"), item: form("item") };
  return (
    <div className="space-y-6">
      {sections.map((section) => (
        <section key={section.id} aria-labelledby={`answers-${section.id}`}>
          <h3 id={`answers-${section.id}`} className="text-lg font-bold">
            {section.title}
          </h3>
          <AnswerRows rows={section.rows} words={words} />
        </section>
      ))}
    </div>
  );
}

export async function Beneficiaries({ beneficiaries }: { beneficiaries: PolicyView["beneficiaries"] }) {
  const [t, language] = await Promise.all([getT("agent"), answerLanguage()]);
  const keys = [...new Set(beneficiaries.flatMap((b) => Object.keys(b)))];
  const cell = (v: unknown) => readableAnswer(v, undefined, { humanise: true, language });
  return (
    <SimpleTable
      id="beneficiaries"
      caption={t("beneficiaries")}
      headers={keys.map(keyLabel)}
      rows={beneficiaries.map((b, i) => ({ key: String(i), cells: keys.map((k) => cell(b[k])) }))}
      empty={t("noBeneficiaries")}
    />
  );
}

export async function Attachments({ attachments }: { attachments: PolicyView["attachments"] }) {
  const t = await getT("agent");
  if (attachments.length === 0) return <p className="text-muted">{t("noFiles")}</p>;
  return (
    <ul className="list-disc space-y-2 ps-5">
      {attachments.map((a, i) => (
        <li key={`${a.url}-${i}`}>
          {a.url ? (
            <a href={a.url} target="_blank" rel="noopener">
              {a.name || t("file")}
              <span className="sr-only"> {t("opensNewTab")}</span>
            </a>
          ) : (
            a.name || t("file")
          )}
          {typeof a.field === "string" ? <span className="text-muted"> — {keyLabel(a.field)}</span> : null}
        </li>
      ))}
    </ul>
  );
}
