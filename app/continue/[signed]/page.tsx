import type { Metadata } from "next";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { formatTimestamp } from "@/lib/format";
import { previewContinueLink } from "@/lib/agent/continue-preview";
import { CONTINUE_PROBLEMS } from "@/lib/agent/continue-page";

export const metadata: Metadata = {
  title: "Continue this quote",
  robots: { index: false, follow: false },
  // The signed link is in this page's address: it goes to no other site.
  referrer: "same-origin",
};
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ signed: string }> };

/** A link past the time written in it says so at once (the Policy API would refuse it on opening anyway). */
function ExpiredLink() {
  const problem = CONTINUE_PROBLEMS.invalid;
  return (
    <>
      <PageHeader title="This link has expired" />
      <div className="max-w-prose space-y-6">
        <p role="alert">{problem.message}</p>
        <h2 className="text-xl font-bold">What you can do next</h2>
        <ul className="list-disc space-y-2 pl-5">
          {problem.steps.map((step) => (
            <li key={step.href}>
              <a href={step.href}>{step.label}</a>
            </li>
          ))}
        </ul>
      </div>
    </>
  );
}

/**
 * A continue link (an agent's, or one the person emailed themselves): opening it changes the quote, so this page
 * only asks; the POST opens it.
 */
export default async function ContinuePage({ params }: Props) {
  const { signed } = await params;
  const preview = await previewContinueLink(signed);
  if (preview.expired) return <ExpiredLink />;
  const quote = preview.policyNumber ? `Quote ${preview.policyNumber}` : "Your quote";
  return (
    <>
      <PageHeader
        eyebrow={preview.productName}
        title="Continue this quote"
        description={`${quote}${preview.status ? ` (${preview.status})` : ""} is ready to carry on where it was left.`}
      />
      <div className="max-w-prose space-y-6">
        <p>
          Continuing opens the quote in this browser at the step it has reached, so you can check the answers and finish
          it. Only continue a link you were sent by Harbour Insurance.
        </p>
        {preview.expiresAt ? (
          <p className="text-muted">This link works until {formatTimestamp(preview.expiresAt)}.</p>
        ) : null}
        <form method="post" action={`/continue/${encodeURIComponent(signed)}/open`}>
          <Button type="submit">Continue this quote</Button>
        </form>
      </div>
    </>
  );
}
