import Link from "next/link";
import type { SubmitResponse } from "@/contract/journey";
import { Alert } from "@/components/ui/alert";
import { linkButton } from "@/components/journey/link-classes";
import { PageHeader } from "@/components/ui/page-header";
import { FocusHeading } from "./focus-heading";
import { RichText } from "./rich-text";

export type OutcomeKind = "rejected" | "referred";
type OutcomeViewProps = {
  productName: string;
  policyNumber: string;
  state: Pick<SubmitResponse, "description">;
  kind: OutcomeKind;
};

const FALLBACK_TITLE = { rejected: "We can't offer you cover", referred: "Your application needs a closer look" };

/** The end of an application the server declined or referred to an underwriter: its own words. */
export function OutcomeView({ productName, policyNumber, state, kind }: OutcomeViewProps) {
  const { description } = state;
  return (
    <>
      <FocusHeading />
      <PageHeader eyebrow={productName} title={description.title || FALLBACK_TITLE[kind]} />
      <div className="max-w-prose space-y-6">
        {description.image ? (
          // eslint-disable-next-line @next/next/no-img-element -- the API's own picture
          <img src={description.image} alt="" className="max-h-48 w-auto" />
        ) : null}
        <RichText text={description.content} className="text-lg" />
        <Alert tone="info">
          <p>
            Your reference is <strong>{policyNumber}</strong>. Keep it if you contact us about this application.
          </p>
        </Alert>
        <div className="flex flex-wrap gap-4">
          {kind === "referred" ? (
            <Link href="/account" className={linkButton("primary")}>
              Go to my policies
            </Link>
          ) : null}
          <Link href="/" className={linkButton(kind === "referred" ? "secondary" : "primary")}>
            Back to our products
          </Link>
        </div>
      </div>
    </>
  );
}
