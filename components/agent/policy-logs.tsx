import type { PolicyView } from "@/contract/policy";
import { SimpleTable } from "@/components/agent/simple-table";
import { formatDateTime, formatMoney } from "@/lib/format";
import { getLanguage, getT } from "@/lib/i18n/server";
import { statusName } from "@/lib/i18n/status-name";

const time = (iso: string, tag: string) => <time dateTime={iso}>{formatDateTime(iso, tag)}</time>;

export async function Payments({ payments, currency }: { payments: PolicyView["payments"]; currency?: string }) {
  const [t, { tag }] = await Promise.all([getT("agent"), getLanguage()]);
  return (
    <SimpleTable
      id="payments"
      caption={t("payments")}
      headers={[t("time"), t("amount"), t("status"), t("reference"), t("approvalCode"), t("payer"), t("gateway")]}
      rows={payments.map((p, i) => ({
        key: `${p.payment_reference}-${i}`,
        cells: [
          time(p.timestamp, tag),
          currency ? formatMoney(p.amount, currency, tag) : p.amount,
          p.status,
          p.payment_reference || "—",
          p.bank_approval_code ?? "—",
          p.payer_name || "—",
          p.payment_gateway || "—",
        ],
      }))}
      empty={t("noPayments")}
    />
  );
}

export async function StatusLog({ logs }: { logs: PolicyView["status_logs"] }) {
  const [t, statusT, { tag }] = await Promise.all([getT("agent"), getT("status"), getLanguage()]);
  return (
    <SimpleTable
      id="status-log"
      caption={t("statusLog")}
      headers={[t("time"), t("status"), t("whatHappened"), t("note"), t("by")]}
      rows={logs.map((l, i) => ({
        key: `${l.timestamp}-${i}`,
        cells: [
          time(l.timestamp, tag),
          l.status ? statusName(l.status, statusT) : "—",
          l.reason_text || "—",
          l.note || "—",
          l.updated_by || "—",
        ],
      }))}
      empty={t("nothingLogged")}
    />
  );
}

export async function Notifications({ logs }: { logs: PolicyView["notification_logs"] }) {
  const [t, { tag }] = await Promise.all([getT("agent"), getLanguage()]);
  return (
    <SimpleTable
      id="notifications"
      caption={t("messagesSent")}
      headers={[t("time"), t("type"), t("message"), t("delivery")]}
      rows={logs.map((l, i) => ({
        key: `${l.timestamp}-${i}`,
        cells: [time(l.timestamp, tag), l.note_type || "—", l.sent_message || "—", l.delivery_status || "—"],
      }))}
      empty={t("noMessages")}
    />
  );
}
