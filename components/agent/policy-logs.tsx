import type { PolicyView } from "@/contract/policy";
import { SimpleTable } from "@/components/agent/simple-table";
import { formatDateTime } from "@/lib/format";

const time = (iso: string) => <time dateTime={iso}>{formatDateTime(iso)}</time>;

export function Payments({ payments, currency }: { payments: PolicyView["payments"]; currency?: string }) {
  return (
    <SimpleTable
      id="payments"
      caption="Payments"
      headers={["Time", "Amount", "Status", "Reference", "Approval code", "Payer", "Gateway"]}
      rows={payments.map((p, i) => ({
        key: `${p.payment_reference}-${i}`,
        cells: [
          time(p.timestamp),
          `${p.amount}${currency ? ` ${currency}` : ""}`,
          p.status,
          p.payment_reference || "—",
          p.bank_approval_code ?? "—",
          p.payer_name || "—",
          p.payment_gateway || "—",
        ],
      }))}
      empty="No payments yet."
    />
  );
}

export function StatusLog({ logs }: { logs: PolicyView["status_logs"] }) {
  return (
    <SimpleTable
      id="status-log"
      caption="Status log"
      headers={["Time", "Status", "What happened", "Note", "By"]}
      rows={logs.map((l, i) => ({
        key: `${l.timestamp}-${i}`,
        cells: [time(l.timestamp), l.status ?? "—", l.reason_text || "—", l.note || "—", l.updated_by || "—"],
      }))}
      empty="Nothing logged yet."
    />
  );
}

export function Notifications({ logs }: { logs: PolicyView["notification_logs"] }) {
  return (
    <SimpleTable
      id="notifications"
      caption="Messages sent"
      headers={["Time", "Type", "Message", "Delivery"]}
      rows={logs.map((l, i) => ({
        key: `${l.timestamp}-${i}`,
        cells: [time(l.timestamp), l.note_type || "—", l.sent_message || "—", l.delivery_status || "—"],
      }))}
      empty="No messages sent."
    />
  );
}
