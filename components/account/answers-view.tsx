import { AnswerRows } from "@/components/ui/answer-rows";
import type { AnswerSection } from "@/lib/account/answers";
import { getT } from "@/lib/i18n/server";
import { Section } from "@/components/ui/section";

/** The answers given when buying, step by step. */
export async function AnswersView({ sections }: { sections: AnswerSection[] }) {
  if (sections.length === 0) return null;
  const [t, form, pages] = await Promise.all([getT("account"), getT("form"), getT("pages")]);
  const words = { none: pages("answerNone"), item: form("item") };
  return (
    <Section id="answers" title={t("yourAnswers")}>
      <div className="space-y-6">
        {sections.map((section) => (
          <div key={section.id}>
            <h3 className="mb-1 text-lg font-bold">{section.title}</h3>
            <AnswerRows rows={section.rows} words={words} />
          </div>
        ))}
      </div>
    </Section>
  );
}
