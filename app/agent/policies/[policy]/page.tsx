import type { Metadata } from "next";
import Link from "next/link";
import { AgentBar } from "@/components/agent/agent-bar";
import { AsOfNotice } from "@/components/agent/as-of-notice";
import { HistoryTable } from "@/components/agent/history-table";
import { Attachments, Beneficiaries, PolicyAnswers } from "@/components/agent/policy-answers";
import { PolicyActions } from "@/components/agent/policy-actions";
import { linkButton } from "@/components/journey/link-classes";
import { PolicyDocuments } from "@/components/agent/policy-documents";
import { PolicyFacts } from "@/components/agent/policy-facts";
import { InstalmentPlanFacts } from "@/components/agent/instalment-plan";
import { Notifications, Payments, StatusLog } from "@/components/agent/policy-logs";
import { Section } from "@/components/ui/section";
import { WhenAtForm } from "@/components/agent/when-at-form";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { PriceBreakdown } from "@/components/ui/price-breakdown";
import { ClientMessages } from "@/lib/i18n/client-messages";
import { getMeta, getPolicy, getPolicyHistory } from "@/lib/api";
import { requireUser } from "@/lib/agent/current-user";
import { todayInUk } from "@/lib/format";
import { agentLoad } from "@/lib/agent/load";
import { actionFacts } from "@/lib/agent/actions";
import { loadAnswerForms } from "@/lib/agent/answer-forms";
import { customerEmail } from "@/lib/agent/answers";
import { answerSections } from "@/lib/account/answers";
import { translator } from "@/lib/i18n/catalogue";
import { answerLanguage } from "@/lib/i18n/answer-words";
import { getLanguage, getT } from "@/lib/i18n/server";
import { statusName } from "@/lib/i18n/status-name";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ policy: string }>; searchParams: Promise<{ when_at?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getT("agent");
  return { title: t("policyN", { n: (await params).policy }), robots: { index: false, follow: false } };
}

/** Everything a user may see about one policy, its history, the past as of a time, and the actions. */
export default async function AgentPolicyPage({ params, searchParams }: Props) {
  const { policy: n } = await params;
  const raw = (await searchParams).when_at;
  const whenAt = typeof raw === "string" && raw.trim() ? raw.trim() : undefined;
  const base = `/agent/policies/${encodeURIComponent(n)}`;
  const here = whenAt ? `${base}?when_at=${encodeURIComponent(whenAt)}` : base;
  const user = await requireUser(here);
  const [loaded, history] = await Promise.all([
    agentLoad(() => getPolicy(n, { whenAt }), here, whenAt ? "explain" : "not-found"),
    agentLoad(() => getPolicyHistory(n), here),
  ]);
  const { locale, tag } = await getLanguage();
  const t = translator(locale, "agent");
  if (!loaded.ok) {
    return (
      <>
        <AgentBar user={user} />
        <PageHeader title={t("policyN", { n })} />
        <Alert tone="error" title={whenAt ? t("cantShowAt") : t("cantShow")}>
          <p>{loaded.status === 404 && whenAt ? t("notYetThen") : loaded.detail}</p>
        </Alert>
        <p className="mt-6">
          <Link href={whenAt ? base : "/agent"}>{whenAt ? t("showCurrent") : t("backToSearch")}</Link>
        </p>
      </>
    );
  }
  const policy = loaded.value;
  const slug = policy.subproduct_slug || policy.product_slug || "";
  const meta = slug ? await agentLoad(() => getMeta(slug), here) : null;
  const sequence = meta?.ok ? [...meta.value.form_sequence, ...meta.value.renewal_form_sequence] : [];
  const answered = sequence.map((step) => step.id).filter((id) => Object.hasOwn(policy.form_data, id));
  const forms = slug ? await loadAnswerForms(slug, policy.policy_number, [...new Set(answered)]) : {};
  const status = statusName(policy.status, translator(locale, "status"));
  const price = translator(locale, "step");
  return (
    <>
      <AgentBar user={user} />
      <p className="mb-4">
        <Link href="/agent">{t("backToSearch")}</Link>
      </p>
      <PageHeader
        title={t("policyN", { n: policy.policy_number })}
        eyebrow={policy.product_name}
        description={`${policy.customer_name || t("noCustomerName")} · ${status}`}
      />
      {whenAt ? <AsOfNotice policyNumber={policy.policy_number} whenAt={whenAt} /> : null}
      <Section id="details" title={t("details")} variant="plain">
        <PolicyFacts policy={policy} />
      </Section>
      {!whenAt ? (
        <Section id="actions" title={t("actions")} variant="plain">
          {/* The refund preview inside speaks from the `cancel` namespace. */}
          <ClientMessages namespaces={["agentActions", "status", "cancel"]}>
            <PolicyActions
              policyNumber={policy.policy_number}
              versionId={policy.version_id}
              facts={actionFacts(policy)}
              permissions={user.permissions}
              email={customerEmail(policy.form_data, sequence, forms)}
              today={todayInUk()}
              startDate={policy.start_date}
            />
          </ClientMessages>
        </Section>
      ) : null}
      {!whenAt && policy.can_endorse ? (
        <Section id="change" title={t("changeThePolicy")} variant="plain">
          <p className="mb-4">{t("changeLead")}</p>
          <Link href={`${base}/change`} className={linkButton()}>
            {t("changeThis")}
          </Link>
        </Section>
      ) : null}
      {!whenAt ? (
        <Section id="documents" title={t("documents")} variant="plain">
          <PolicyDocuments
            policyNumber={policy.policy_number}
            status={policy.status}
            endorsed={!!policy.endorsements?.length}
            attachments={meta?.ok ? meta.value.attachments : null}
          />
        </Section>
      ) : null}
      <Section id="history" title={t("history")} variant="plain">
        <div className="mb-6">
          <WhenAtForm
            policyNumber={policy.policy_number}
            whenAt={whenAt}
            words={{
              label: t("whenAtLabel"),
              button: t("whenAtButton"),
              invalid: t("whenAtInvalid"),
              future: t("whenAtFuture"),
            }}
          />
        </div>
        {history.ok ? (
          <HistoryTable policyNumber={policy.policy_number} versions={history.value} currentWhenAt={whenAt} />
        ) : (
          <Alert tone="warning">{t("historyFailed", { detail: history.detail })}</Alert>
        )}
      </Section>
      {policy.price_breakdown ? (
        <PriceBreakdown
          pricing={policy.price_breakdown}
          title={t("price")}
          labels={{
            premium: price("premium"),
            fees: price("totalFees"),
            taxes: price("totalTaxes"),
            total: price("totalToPay"),
          }}
          locale={tag}
          className="mt-10"
        />
      ) : null}
      <Section id="answers" title={t("answers")} variant="plain">
        <PolicyAnswers
          sections={answerSections(
            policy.form_data,
            sequence,
            {},
            {
              forms: Object.values(forms),
              currency: policy.price_breakdown?.currency,
              otherTitle: (await getT("account"))("otherAnswers"),
              language: await answerLanguage(),
            },
          )}
        />
      </Section>
      <Section id="beneficiaries" title={t("beneficiaries")} variant="plain">
        <Beneficiaries beneficiaries={policy.beneficiaries} />
      </Section>
      <Section id="files" title={t("files")} variant="plain">
        <Attachments attachments={policy.attachments} />
      </Section>
      {policy.instalment_plan ? (
        <Section id="instalments" title={t("instalments")} variant="plain">
          <InstalmentPlanFacts plan={policy.instalment_plan} />
        </Section>
      ) : null}
      <Section id="payments" title={t("payments")} variant="plain">
        <Payments payments={policy.payments} currency={policy.price_breakdown?.currency} />
      </Section>
      <Section id="status-log" title={t("statusLog")} variant="plain">
        <StatusLog logs={policy.status_logs} />
      </Section>
      <Section id="notifications" title={t("messagesSent")} variant="plain">
        <Notifications logs={policy.notification_logs} />
      </Section>
    </>
  );
}
