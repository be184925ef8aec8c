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

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ policy: string }>; searchParams: Promise<{ when_at?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Policy ${(await params).policy}`, robots: { index: false, follow: false } };
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
  if (!loaded.ok) {
    return (
      <>
        <AgentBar user={user} />
        <PageHeader title={`Policy ${n}`} />
        <Alert tone="error" title={whenAt ? "We can't show the policy at that time" : "We can't show this policy"}>
          <p>{loaded.status === 404 && whenAt ? "The policy did not exist yet at that time." : loaded.detail}</p>
        </Alert>
        <p className="mt-6">
          <Link href={whenAt ? base : "/agent"}>{whenAt ? "Show the current policy" : "Back to the search"}</Link>
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
  return (
    <>
      <AgentBar user={user} />
      <p className="mb-4">
        <Link href="/agent">Back to the search</Link>
      </p>
      <PageHeader
        title={`Policy ${policy.policy_number}`}
        eyebrow={policy.product_name}
        description={`${policy.customer_name || "No customer name yet"} · ${policy.status}`}
      />
      {whenAt ? <AsOfNotice policyNumber={policy.policy_number} whenAt={whenAt} /> : null}
      <Section id="details" title="Details" variant="plain">
        <PolicyFacts policy={policy} />
      </Section>
      {!whenAt ? (
        <Section id="actions" title="Actions" variant="plain">
          {/* The refund preview inside speaks from the `cancel` namespace. */}
          <ClientMessages namespaces={["form", "rules", "step", "cancel"]}>
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
        <Section id="change" title="Change the policy" variant="plain">
          <p className="mb-4">
            Change any answer from a date in the term; the price for the rest of the term is shown before you confirm.
          </p>
          <Link href={`${base}/change`} className={linkButton()}>
            Change this policy
          </Link>
        </Section>
      ) : null}
      {!whenAt ? (
        <Section id="documents" title="Documents" variant="plain">
          <PolicyDocuments
            policyNumber={policy.policy_number}
            status={policy.status}
            endorsed={!!policy.endorsements?.length}
            attachments={meta?.ok ? meta.value.attachments : null}
          />
        </Section>
      ) : null}
      <Section id="history" title="History" variant="plain">
        <div className="mb-6">
          <WhenAtForm policyNumber={policy.policy_number} whenAt={whenAt} />
        </div>
        {history.ok ? (
          <HistoryTable policyNumber={policy.policy_number} versions={history.value} currentWhenAt={whenAt} />
        ) : (
          <Alert tone="warning">We couldn&apos;t load the history: {history.detail}</Alert>
        )}
      </Section>
      {policy.price_breakdown ? (
        <PriceBreakdown pricing={policy.price_breakdown} title="Price" className="mt-10" />
      ) : null}
      <Section id="answers" title="Answers" variant="plain">
        <PolicyAnswers
          sections={answerSections(
            policy.form_data,
            sequence,
            {},
            {
              forms: Object.values(forms),
              currency: policy.price_breakdown?.currency,
            },
          )}
        />
      </Section>
      <Section id="beneficiaries" title="Beneficiaries" variant="plain">
        <Beneficiaries beneficiaries={policy.beneficiaries} />
      </Section>
      <Section id="files" title="Files" variant="plain">
        <Attachments attachments={policy.attachments} />
      </Section>
      {policy.instalment_plan ? (
        <Section id="instalments" title="Instalments" variant="plain">
          <InstalmentPlanFacts plan={policy.instalment_plan} />
        </Section>
      ) : null}
      <Section id="payments" title="Payments" variant="plain">
        <Payments payments={policy.payments} currency={policy.price_breakdown?.currency} />
      </Section>
      <Section id="status-log" title="Status log" variant="plain">
        <StatusLog logs={policy.status_logs} />
      </Section>
      <Section id="notifications" title="Messages sent" variant="plain">
        <Notifications logs={policy.notification_logs} />
      </Section>
    </>
  );
}
