import type { PolicyView } from "@/contract/policy";
import { formatTimestamp } from "@/lib/format";
import { Section } from "@/components/ui/section";

/** How the policy's status changed, oldest first, with who changed it and why. */
export function StatusHistory({ logs }: { logs: PolicyView["status_logs"] }) {
  return (
    <Section id="history" title="History">
      {logs.length === 0 ? (
        <p>No changes recorded yet.</p>
      ) : (
        <ol className="space-y-4 border-l-2 border-line pl-4">
          {logs.map((log, i) => (
            <li key={`${log.timestamp}-${i}`}>
              <p className="font-semibold">
                {log.status ?? log.reason_text}
                <span className="font-normal text-muted"> on {formatTimestamp(log.timestamp)}</span>
              </p>
              {log.status && log.reason_text ? <p>{log.reason_text}</p> : null}
              {log.note ? <p className="text-muted">{log.note}</p> : null}
              {log.updated_by ? <p className="text-sm text-muted">By {log.updated_by}</p> : null}
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}
