import type { Metadata } from "next";
import Link from "next/link";
import { getConfirm } from "@/lib/api";
import { getMetaOnce, stepForms } from "@/lib/journey/cached";
import { load } from "@/lib/journey/load";
import { donePath, quotePath, reviewPath, stepPath } from "@/lib/journey/paths";
import { pricingFromInfo } from "@/lib/journey/pricing";
import { slugForQuote } from "@/lib/journey/quote-slug";
import { reviewSections } from "@/lib/journey/review";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { PriceBreakdown } from "@/components/ui/price-breakdown";
import { ConfirmForm } from "@/components/journey/confirm-form";
import { FocusHeading } from "@/components/journey/focus-heading";
import { PrintButton } from "@/components/journey/print-button";
import { ReviewAnswers } from "@/components/journey/review-answers";
import { ServiceProblem } from "@/components/journey/service-problem";
import { TermsDetails } from "@/components/journey/terms-details";
import { answerLanguage } from "@/lib/i18n/answer-words";
import { getLanguage, getT } from "@/lib/i18n/server";

type Props = { params: Promise<{ policy: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("pages"))("checkAnswers") };
}

export default async function ReviewPage({ params }: Props) {
  const { policy: n } = await params;
  const t = await getT("pages");
  const st = await getT("step");
  const { tag } = await getLanguage();
  const slug = await load(() => slugForQuote(n));
  if (!slug.ok) return <ServiceProblem detail={slug.detail} retryHref={reviewPath(n)} />;
  const [meta, review] = await Promise.all([load(() => getMetaOnce(slug.value)), load(() => getConfirm(n))]);
  if (!meta.ok) return <ServiceProblem detail={meta.detail} retryHref={reviewPath(n)} />;
  if (!review.ok) {
    return (
      <ServiceProblem detail={review.detail} retryHref={reviewPath(n)} title={t("cantShowAnswers")}>
        <Link
          href={review.status === 409 ? donePath(n) : quotePath(n)}
          className="inline-flex min-h-12 items-center font-semibold"
        >
          {review.status === 409 ? t("seePolicy") : t("goToQuote")}
        </Link>
      </ServiceProblem>
    );
  }
  const { submitted_data, form, pricing, price_info } = review.value;
  // The steps' own forms say how each answer is written (a backend may send raw values); any it won't give are skipped.
  const forms = await stepForms(slug.value, n, meta.value.form_sequence);
  const currency = pricing?.currency ?? price_info.currency;
  const language = await answerLanguage();
  const rowWords = { change: t("change"), none: language.words.none, item: (await getT("form"))("item") };
  return (
    <>
      <FocusHeading />
      <PageHeader eyebrow={meta.value.name} title={t("checkAnswers")} description={t("checkAnswersLead")} />
      <div className="mb-6">
        <PrintButton label={t("printAnswers")} />
      </div>
      <div className="grid gap-8 lg:grid-cols-3">
        <div className="space-y-8 lg:col-span-2">
          <ReviewAnswers
            sections={reviewSections(submitted_data, meta.value.form_sequence, forms, { currency, language })}
            changeHref={(id) => stepPath(n, id)}
            words={rowWords}
          />
          <TermsDetails meta={meta.value} />
          <div className="print:hidden">
            <Card title={t("confirmAndBuy")}>
              <ConfirmForm policyNumber={n} form={form} submitLabel={t("confirmAndContinue")} />
            </Card>
          </div>
        </div>
        <div>
          <PriceBreakdown
            pricing={pricing ?? pricingFromInfo(price_info, st("tax"))}
            title={t("yourPrice")}
            labels={{ premium: st("premium"), fees: st("totalFees"), taxes: st("totalTaxes"), total: st("totalToPay") }}
            locale={tag}
            className="lg:sticky lg:top-4"
          />
        </div>
      </div>
    </>
  );
}
