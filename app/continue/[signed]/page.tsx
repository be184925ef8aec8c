import type { Metadata } from "next";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { formatTimestamp } from "@/lib/format";
import { previewContinueLink } from "@/lib/agent/continue-preview";

export const metadata: Metadata = {
  title: "Continue this quote",
  robots: { index: false, follow: false },
  // The signed link is in this page's address: it goes to no other site.
  referrer: "same-origin",
};
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ signed: string }> };

/** An agent's link: opening it changes the quote, so this page only asks; the POST opens it. */
export default async function ContinuePage({ params }: Props) {
  const { signed } = await params;
  const preview = await previewContinueLink(signed);
  const quote = preview.policyNumber ? `quote ${preview.policyNumber}` : "a quote";
  return (
    <>
      <PageHeader
        eyebrow={preview.productName}
        title="Continue this quote"
        description={`Your agent has prepared ${quote} for you${preview.status ? ` (${preview.status})` : ""}.`}
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
