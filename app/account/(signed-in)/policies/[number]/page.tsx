import type { Metadata } from "next";
import Link from "next/link";
import { CLOSED, namesOf } from "@/contract/lifecycle";
import { STATUSES } from "@/contract/statuses";
import { AdditionalDocuments } from "@/components/account/additional-documents";
import { AnswersView } from "@/components/account/answers-view";
import { AttachmentsList } from "@/components/account/attachments-list";
import { BeneficiariesList } from "@/components/account/beneficiaries-list";
import { CancelPolicy } from "@/components/account/cancel-policy";
import { linkButton } from "@/components/journey/link-classes";
import { Section } from "@/components/ui/section";
import { DocumentsSection } from "@/components/account/documents-section";
import { PaymentsList } from "@/components/account/payments-list";
import { InstalmentPlan } from "@/components/account/instalment-plan";
import { PolicyOverview } from "@/components/account/policy-overview";
import { RenewPolicy } from "@/components/account/renew-policy";
import { StatusHistory } from "@/components/account/status-history";
import { SuspendedNotice } from "@/components/account/suspended-notice";
import { RenewalInvitationCard } from "@/components/account/renewal-invitation";
import { automaticRenewalOf, renewalInvitationOf } from "@/lib/account/renewal";
import { AutomaticRenewal } from "@/components/account/automatic-renewal";
import { ClientMessages } from "@/lib/i18n/client-messages";
import { FocusHeading } from "@/components/journey/focus-heading";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { getAdditionalDocuments, getPolicy } from "@/lib/api";
import { answerSections } from "@/lib/account/answers";
import { around } from "@/lib/account/words";
import { ACCOUNT_PATH, policyPath } from "@/lib/account/paths";
import { loadForAccount, requireCustomer } from "@/lib/account/require-customer";
import { getMetaOnce, stepForms } from "@/lib/journey/cached";
import type { Namespace } from "@/lib/i18n/catalogue";
import { answerLanguage } from "@/lib/i18n/answer-words";
import { getT } from "@/lib/i18n/server";

type Props = { params: Promise<{ number: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await getT("account"))("policyN", { n: (await params).number }) };
}

const CLOSED_NAMES = namesOf(CLOSED);
const quietly = <T,>(promise: Promise<T>) => promise.catch(() => null);

/** One policy: its cover, price, documents, what can be done with it, and its record. */
export default async function PolicyPage({ params }: Props) {
  const { number: n } = await params;
  const here = policyPath(n);
  await requireCustomer(here);
  const loaded = await loadForAccount(() => getPolicy(n), here);
  const t = await getT("account");
  if (!loaded.ok) {
    const [before, between, after] = around(t, "tryAgainOrBack", ["again", "back"]);
    return (
      <>
        <PageHeader title={t("policyN", { n })} />
        <Alert tone="error" title={t("cantShowPolicy")}>
          <p>{loaded.detail}</p>
          <p className="mt-2">
            {before}
            <a href={here}>{t("tryAgain")}</a>
            {between}
            <Link href={ACCOUNT_PATH}>{t("backToPolicies")}</Link>
            {after}
          </p>
        </Alert>
      </>
    );
  }
  const policy = loaded.value;
  const slug = policy.subproduct_slug || policy.product_slug || "";
  const [meta, extraForm] = await Promise.all([
    slug ? quietly(getMetaOnce(slug)) : null,
    CLOSED_NAMES.includes(policy.status) ? null : quietly(getAdditionalDocuments(policy.policy_number)),
  ]);
  const sequence = [...(meta?.form_sequence ?? []), ...(meta?.renewal_form_sequence ?? [])];
  // Without the backend's own wording, the steps' forms (where it still serves them) say how answers are written.
  const forms = policy.submitted_data || !slug ? [] : await stepForms(slug, policy.policy_number, sequence);
  const titles = Object.fromEntries((extraForm?.fields ?? []).map((f) => [f.name, f.title]));
  const invitation = renewalInvitationOf(policy);
  const automatic = automaticRenewalOf(policy);
  const cancellable = policy.can_cancel || policy.status === STATUSES.S_CANCELLATION_REQUESTED;
  // The client components' words: their own, the fields' (`form`), and the form renderer's for the documents form.
  const namespaces: Namespace[] = ["status", "policyActions", "cancel"];

  return (
    <>
      <FocusHeading />
      <PageHeader
        eyebrow={policy.subproduct_name || policy.product_name}
        title={t("policyN", { n: policy.policy_number })}
      />
      <ClientMessages namespaces={namespaces}>
        <div className="space-y-6">
          <SuspendedNotice status={policy.status} logs={policy.status_logs} />
          <PolicyOverview policy={policy} />
          <DocumentsSection
            policyNumber={policy.policy_number}
            status={policy.status}
            endorsed={!!policy.endorsements?.length}
          />
          {extraForm ? <AdditionalDocuments policyNumber={policy.policy_number} form={extraForm} /> : null}
          {invitation && !invitation.bought ? <RenewalInvitationCard invitation={invitation} /> : null}
          {automatic ? (
            <AutomaticRenewal policyNumber={policy.policy_number} on={automatic.on} renewsOn={automatic.renews_on} />
          ) : null}
          {policy.can_renew ? <RenewPolicy policyNumber={policy.policy_number} endDate={policy.end_date} /> : null}
          {policy.can_endorse ? (
            <Section id="change" title={t("changeTitle")}>
              <p className="mb-4">{t("changeLead")}</p>
              <Link href={`${here}/change`} className={linkButton()}>
                {t("changeTitle")}
              </Link>
            </Section>
          ) : null}
          {cancellable ? (
            <CancelPolicy
              policyNumber={policy.policy_number}
              versionId={policy.version_id}
              status={policy.status}
              canCancel={policy.can_cancel}
              startDate={policy.start_date}
              endDate={policy.end_date}
            />
          ) : null}
          <InstalmentPlan policy={policy} />
          <PaymentsList policy={policy} />
          <AttachmentsList attachments={policy.attachments} />
          <BeneficiariesList people={policy.beneficiaries} />
          <AnswersView
            sections={answerSections(policy.form_data, sequence, titles, {
              submitted: policy.submitted_data,
              forms,
              currency: policy.price_breakdown?.currency,
              otherTitle: t("otherAnswers"),
              language: await answerLanguage(),
            })}
          />
          <StatusHistory logs={policy.status_logs} />
        </div>
      </ClientMessages>
    </>
  );
}
