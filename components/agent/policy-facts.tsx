import Link from "next/link";
import type { PolicyView } from "@/contract/policy";
import { formatMoney } from "@/lib/format";
import { FactsList, type Fact } from "@/components/agent/facts-list";
import { formatDate, formatDateTime, formatValue } from "@/lib/format";
import { keyLabel } from "@/lib/key-label";

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
const yesNo = (v: boolean) => (v ? "Yes" : "No");

/** The cancellation a customer asked for, or the one made (an extension: absent from a contract-only backend). */
function cancellationFacts(policy: PolicyView): Fact[] {
  const extra = policy as PolicyView & { termination_date?: unknown; cancellation_reason?: unknown };
  const facts: Fact[] = [];
  if (typeof extra.termination_date === "string" && extra.termination_date)
    facts.push({ term: "Cancellation date", value: formatDate(extra.termination_date) });
  if (typeof extra.cancellation_reason === "string" && extra.cancellation_reason)
    facts.push({ term: "Reason for cancelling", value: extra.cancellation_reason });
  return facts;
}

/** Where a quote started on a partner's site: the reference policy object's keys, when the backend sends them. */
function distributionFacts(policy: PolicyView): Fact[] {
  const facts: Fact[] = [];
  if (policy.distributor_id !== undefined) facts.push({ term: "Distributor", value: policy.distributor_id ?? "—" });
  if (policy.touchpoint_id !== undefined) facts.push({ term: "Touchpoint", value: policy.touchpoint_id ?? "—" });
  if (policy.referrer_url !== undefined)
    facts.push({ term: "Started on page", value: <span className="break-all">{policy.referrer_url ?? "—"}</span> });
  return facts;
}

export function policyFacts(policy: PolicyView): Fact[] {
  const currency = policy.price_breakdown?.currency;
  const money = (amount: string) => (currency ? formatMoney(amount, currency) : amount);
  const product =
    policy.subproduct_name && policy.subproduct_name !== policy.product_name
      ? `${policy.product_name} (${policy.subproduct_name})`
      : policy.product_name;
  return [
    { term: "Status", value: <strong>{policy.status}</strong> },
    { term: "Customer", value: policy.customer_name || "—" },
    { term: "Product", value: product },
    { term: "Quote number", value: policy.quote_number || "—" },
    { term: "Cover starts", value: formatDate(policy.start_date) },
    { term: "Cover ends", value: formatDate(policy.end_date) },
    ...cancellationFacts(policy),
    { term: "Price before tax", value: money(policy.pricing.policy_price) },
    { term: "Tax", value: money(policy.pricing.tax_amount) },
    { term: "Total", value: money(policy.pricing.total_amount) },
    { term: "Payment mode", value: policy.payment_mode_name ?? "—" },
    {
      term: "Last successful payment",
      value: policy.last_successful_payment ? formatDateTime(policy.last_successful_payment) : "None",
    },
    { term: "Parent policy", value: policyLink(policy.parent_policy_number) },
    { term: "Renewed from", value: policyLink(policy.renewed_from_policy_number) },
    { term: "Partnership", value: policy.partnership ?? "—" },
    ...distributionFacts(policy),
    { term: "Sold by", value: policy.user ?? "Not recorded" },
    { term: "Agent code", value: policy.agent_code ?? "—" },
    { term: "Created on", value: formatDate(policy.created_on) },
    { term: "Last updated on", value: formatDate(policy.last_updated_on) },
    { term: "Last updated by", value: policy.last_updated_by ?? "—" },
    { term: "Can be changed (endorsed)", value: yesNo(policy.can_endorse) },
    { term: "Can be cancelled", value: yesNo(policy.can_cancel) },
    { term: "Can be renewed", value: yesNo(policy.can_renew) },
    { term: "Version", value: <code className="break-all text-sm">{policy.version_id}</code> },
  ];
}

export function otherFacts(policy: PolicyView): Fact[] {
  const extra = Object.entries(policy).filter(([key]) => !SHOWN.has(key));
  const coverage =
    policy.coverage_items.length > 0 ? [{ term: "Coverage items", value: formatValue(policy.coverage_items) }] : [];
  return [...coverage, ...extra.map(([key, value]) => ({ term: keyLabel(key), value: formatValue(value) }))];
}

export function PolicyFacts({ policy }: { policy: PolicyView }) {
  const other = otherFacts(policy);
  return (
    <>
      <FactsList facts={policyFacts(policy)} />
      {other.length > 0 ? (
        <>
          <h3 className="mb-3 mt-6 text-lg font-bold">Other details</h3>
          <FactsList facts={other} />
        </>
      ) : null}
    </>
  );
}
