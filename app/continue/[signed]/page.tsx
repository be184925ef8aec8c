import type { Metadata } from "next";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { formatTimestamp } from "@/lib/format";
import { previewContinueLink } from "@/lib/agent/continue-preview";
import { CONTINUE_PROBLEMS } from "@/lib/agent/continue-page";
import type { Translate } from "@/lib/i18n/catalogue";
import { getLanguage, getT } from "@/lib/i18n/server";
import { statusName } from "@/lib/i18n/status-name";

export async function generateMetadata(): Promise<Metadata> {
  return {
    title: (await getT("continue"))("title"),
    robots: { index: false, follow: false },
    // The signed link is in this page's address: it goes to no other site.
    referrer: "same-origin",
  };
}
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ signed: string }> };

/** A link past the time written in it says so at once (the Policy API would refuse it on opening anyway). */
function ExpiredLink({ t }: { t: Translate }) {
  const problem = CONTINUE_PROBLEMS.invalid;
  return (
    <>
      <PageHeader title={t("expiredTitle")} />
      <div className="max-w-prose space-y-6">
        <p role="alert">{t(problem.message)}</p>
        <h2 className="text-xl font-bold">{t("nextSteps")}</h2>
        <ul className="list-disc space-y-2 ps-5">
          {problem.steps.map((step) => (
            <li key={step.href}>
              <a href={step.href}>{t(step.label)}</a>
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
  const [preview, t, pages, status, { tag }] = await Promise.all([
    previewContinueLink(signed),
    getT("continue"),
    getT("pages"),
    getT("status"),
    getLanguage(),
  ]);
  if (preview.expired) return <ExpiredLink t={t} />;
  const quote = preview.policyNumber ? pages("quoteN", { n: preview.policyNumber }) : pages("yourQuote");
  const named = preview.status ? `${quote} (${statusName(preview.status, status)})` : quote;
  return (
    <>
      <PageHeader eyebrow={preview.productName} title={t("title")} description={t("ready", { quote: named })} />
      <div className="max-w-prose space-y-6">
        <p>{t("explain")}</p>
        {preview.expiresAt ? (
          <p className="text-muted">{t("worksUntil", { until: formatTimestamp(preview.expiresAt, tag) })}</p>
        ) : null}
        <form method="post" action={`/continue/${encodeURIComponent(signed)}/open`}>
          <Button type="submit">{t("title")}</Button>
        </form>
      </div>
    </>
  );
}
