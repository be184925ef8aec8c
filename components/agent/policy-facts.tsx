import Link from "next/link";
import type { PolicyView } from "@/contract/policy";
import { formatMoney } from "@/lib/format";
import { FactsList, type Fact } from "@/components/agent/facts-list";
import { formatDate, formatDateTime } from "@/lib/format";
import { readableAnswer, type AnswerOptions } from "@/lib/format/answer";
import { answerLanguage } from "@/lib/i18n/answer-words";
import { keyLabel } from "@/lib/key-label";
import type { Translate } from "@/lib/i18n/catalogue";
import { getLanguage, getT } from "@/lib/i18n/server";
import { statusName } from "@/lib/i18n/status-name";

/** Keys shown by this page's own sections; anything else the API sends goes under "Other details". */
const SHOWN = new Set([
  "customer_name",
  "policy_number",
  "parent_policy_number",
  "product_name",
  "product_slug",
  "subproduct_name",
  "subproduct_slug",
  "status",
  "start_date",
  "end_date",
  "form_data",
  "pricing",
  "price_breakdown",
  "attachments",
  "payment_mode_name",
  "last_successful_payment",
  "payments",
  "quote_number",
  "coverage_items",
  "renewed_from_policy_number",
  "notification_logs",
  "status_logs",
  "partnership",
  "can_endorse",
  "can_cancel",
  "can_renew",
  "user",
  "agent_code",
  "beneficiaries",
  "version_id",
  "created_on",
  "last_updated_on",
  "last_updated_by",
  "when_at",
  // Our backend's extensions, shown by their own sections or facts: the worded answers, the action's flag, and
  // the cancellation asked for or made.
  "submitted_data",
  "can_remove_recurring_payment",
  "termination_date",
  "cancellation_reason",
  "instalment_plan",
  "distributor_id",
  "touchpoint_id",
  "referrer_url",
]);

const policyLink = (n: string | null | undefined) =>
  n ? <Link href={`/agent/policies/${encodeURIComponent(n)}`}>{n}</Link> : "—";
/** What the facts need to be written in the page's language: the `agent` and `status` messages, the Intl tag. */
export type FactWords = { t: Translate; statusT: Translate; tag: string };

/** The cancellation a customer asked for, or the one made (an extension: absent from a contract-only backend). */
function cancellationFacts(policy: PolicyView, { t, tag }: FactWords): Fact[] {
  const extra = policy as PolicyView & { termination_date?: unknown; cancellation_reason?: unknown };
  const facts: Fact[] = [];
  if (typeof extra.termination_date === "string" && extra.termination_date)
    facts.push({ term: t("cancellationDate"), value: formatDate(extra.termination_date, tag) });
  if (typeof extra.cancellation_reason === "string" && extra.cancellation_reason)
    facts.push({ term: t("reasonForCancelling"), value: extra.cancellation_reason });
  return facts;
}

/** Where a quote started on a partner's site: the reference policy object's keys, when the backend sends them. */
function distributionFacts(policy: PolicyView, t: Translate): Fact[] {
  const facts: Fact[] = [];
  if (policy.distributor_id !== undefined) facts.push({ term: t("distributor"), value: policy.distributor_id ?? "—" });
  if (policy.touchpoint_id !== undefined) facts.push({ term: t("touchpoint"), value: policy.touchpoint_id ?? "—" });
  if (policy.referrer_url !== undefined)
    facts.push({ term: t("startedOnPage"), value: <span className="break-all">{policy.referrer_url ?? "—"}</span> });
  return facts;
}

export function policyFacts(policy: PolicyView, words: FactWords): Fact[] {
  const { t, statusT, tag } = words;
  const currency = policy.price_breakdown?.currency;
  const money = (amount: string) => (currency ? formatMoney(amount, currency, tag) : amount);
  const yesNo = (v: boolean) => (v ? t("yes") : t("no"));
  const date = (value: string | null | undefined) => formatDate(value, tag);
  const product =
    policy.subproduct_name && policy.subproduct_name !== policy.product_name
      ? `${policy.product_name} (${policy.subproduct_name})`
      : policy.product_name;
  return [
    { term: t("status"), value: <strong>{statusName(policy.status, statusT)}</strong> },
    { term: t("customer"), value: policy.customer_name || "—" },
    { term: t("product"), value: product },
    { term: t("quoteNumber"), value: policy.quote_number || "—" },
    { term: t("coverStarts"), value: date(policy.start_date) },
    { term: t("coverEnds"), value: date(policy.end_date) },
    ...cancellationFacts(policy, words),
    { term: t("priceBeforeTax"), value: money(policy.pricing.policy_price) },
    { term: t("tax"), value: money(policy.pricing.tax_amount) },
    { term: t("total"), value: money(policy.pricing.total_amount) },
    { term: t("paymentMode"), value: policy.payment_mode_name ?? "—" },
    {
      term: t("lastPayment"),
      value: policy.last_successful_payment ? formatDateTime(policy.last_successful_payment, tag) : t("none"),
    },
    { term: t("parentPolicy"), value: policyLink(policy.parent_policy_number) },
    { term: t("renewedFrom"), value: policyLink(policy.renewed_from_policy_number) },
    { term: t("partnership"), value: policy.partnership ?? "—" },
    ...distributionFacts(policy, t),
    { term: t("soldBy"), value: policy.user ?? t("notRecorded") },
    { term: t("agentCode"), value: policy.agent_code ?? "—" },
    { term: t("createdOn"), value: date(policy.created_on) },
    { term: t("lastUpdatedOn"), value: date(policy.last_updated_on) },
    { term: t("lastUpdatedBy"), value: policy.last_updated_by ?? "—" },
    { term: t("canEndorse"), value: yesNo(policy.can_endorse) },
    { term: t("canCancel"), value: yesNo(policy.can_cancel) },
    { term: t("canRenew"), value: yesNo(policy.can_renew) },
    { term: t("version"), value: <code className="break-all text-sm">{policy.version_id}</code> },
  ];
}

/** Anything else the API sends, under its field's name (yes, no and dates in the page's language). */
export function otherFacts(policy: PolicyView, t: Translate, language: AnswerOptions["language"]): Fact[] {
  const extra = Object.entries(policy).filter(([key]) => !SHOWN.has(key));
  const value = (v: unknown) => readableAnswer(v, undefined, { language });
  const coverage =
    policy.coverage_items.length > 0 ? [{ term: t("coverageItems"), value: value(policy.coverage_items) }] : [];
  return [...coverage, ...extra.map(([key, v]) => ({ term: keyLabel(key), value: value(v) }))];
}

export async function PolicyFacts({ policy }: { policy: PolicyView }) {
  const [t, statusT, { tag }, language] = await Promise.all([
    getT("agent"),
    getT("status"),
    getLanguage(),
    answerLanguage(),
  ]);
  const other = otherFacts(policy, t, language);
  return (
    <>
      <FactsList facts={policyFacts(policy, { t, statusT, tag })} />
      {other.length > 0 ? (
        <>
          <h3 className="mb-3 mt-6 text-lg font-bold">{t("otherDetails")}</h3>
          <FactsList facts={other} />
        </>
      ) : null}
    </>
  );
}
