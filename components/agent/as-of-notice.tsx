import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { formatDateTime } from "@/lib/format";

/** Says plainly that the page shows the past, and how to get back to now. */
export function AsOfNotice({ policyNumber, whenAt }: { policyNumber: string; whenAt: string }) {
  return (
    <Alert tone="warning" title={`Showing this policy as it stood on ${formatDateTime(whenAt)}`} className="mb-6">
      <p>
        This is not the current policy. Actions are hidden because they always work on the current version.{" "}
        <Link href={`/agent/policies/${encodeURIComponent(policyNumber)}`}>Show the current policy</Link>
      </p>
    </Alert>
  );
}
