import Link from "next/link";
import type { SubmitResponse } from "@/contract/journey";
import { Alert } from "@/components/ui/alert";
import { linkButton } from "@/components/journey/link-classes";
import { PageHeader } from "@/components/ui/page-header";
import type { Translate } from "@/lib/i18n/catalogue";
import { FocusHeading } from "./focus-heading";
import { RichText } from "./rich-text";

export type OutcomeKind = "rejected" | "referred";

/** The view's words, translated on the server (the view is drawn in the browser too, from a kept answer). */
export type OutcomeWords = {
  title: Record<OutcomeKind, string>;
  /** "Your reference is ", the number in bold, then the rest of the sentence. */
  reference: [string, string];
  goToPolicies: string;
  backToProducts: string;
};

export function outcomeWords(t: Translate): OutcomeWords {
  const [before, after = ""] = t("reference", { n: "{n}" }).split("{n}");
  return {
    title: { rejected: t("rejectedTitle"), referred: t("referredTitle") },
    reference: [before, after],
    goToPolicies: t("goToPolicies"),
    backToProducts: t("backToProducts"),
  };
}

type OutcomeViewProps = {
  productName: string;
  policyNumber: string;
  state: Pick<SubmitResponse, "description">;
  kind: OutcomeKind;
  words: OutcomeWords;
};

/** The end of an application the server declined or referred to an underwriter: its own words. */
export function OutcomeView({ productName, policyNumber, state, kind, words }: OutcomeViewProps) {
  const { description } = state;
  return (
    <>
      <FocusHeading />
      <PageHeader focusTarget eyebrow={productName} title={description.title || words.title[kind]} />
      <div className="max-w-prose space-y-6">
        {description.image ? (
          // eslint-disable-next-line @next/next/no-img-element -- the API's own picture
          <img src={description.image} alt="" className="max-h-48 w-auto" />
        ) : null}
        <RichText text={description.content} className="text-lg" />
        <Alert tone="info">
          <p>
            {words.reference[0]}
            <strong>{policyNumber}</strong>
            {words.reference[1]}
          </p>
        </Alert>
        <div className="flex flex-wrap gap-4">
          {kind === "referred" ? (
            <Link href="/account" className={linkButton("primary")}>
              {words.goToPolicies}
            </Link>
          ) : null}
          <Link href="/" className={linkButton(kind === "referred" ? "secondary" : "primary")}>
            {words.backToProducts}
          </Link>
        </div>
      </div>
    </>
  );
}
