import { readableAnswer } from "@/lib/format/answer";
import { keyLabel } from "@/lib/key-label";
import { answerLanguage } from "@/lib/i18n/answer-words";
import { getT } from "@/lib/i18n/server";
import { Section } from "@/components/ui/section";
import { Facts } from "./facts";

/** The v3 beneficiary keys as people say them (the account's words); any other key as words. */
const LABELS: Record<string, string> = {
  dob: "beneficiaryDob",
  mobile: "beneficiaryMobile",
  email: "beneficiaryEmail",
  relationship: "beneficiaryRelationship",
};

/** The people named on the policy, each with what the API says about them (codes and dates as words). */
export async function BeneficiariesList({ people }: { people: Array<Record<string, unknown>> }) {
  if (people.length === 0) return null;
  const [t, language] = await Promise.all([getT("account"), answerLanguage()]);
  return (
    <Section id="beneficiaries" title={t("beneficiaries")}>
      <ol className="space-y-4">
        {people.map((person, i) => (
          <li key={i} className="rounded-md border border-line p-4">
            <h3 className="mb-1 font-bold">
              {typeof person.fullname === "string" ? person.fullname : t("beneficiaryN", { n: i + 1 })}
            </h3>
            <Facts
              rows={Object.entries(person)
                .filter(([k]) => k !== "fullname")
                .map(([k, v]) => [
                  LABELS[k] ? t(LABELS[k]) : keyLabel(k),
                  readableAnswer(v, undefined, { humanise: true, language }),
                ])}
            />
          </li>
        ))}
      </ol>
    </Section>
  );
}
