import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { formatDateTime } from "@/lib/format";
import { getLanguage, getT } from "@/lib/i18n/server";

/** Says plainly that the page shows the past, and how to get back to now. */
export async function AsOfNotice({ policyNumber, whenAt }: { policyNumber: string; whenAt: string }) {
  const [t, { tag }] = await Promise.all([getT("agent"), getLanguage()]);
  return (
    <Alert tone="warning" title={t("asOfTitle", { when: formatDateTime(whenAt, tag) })} className="mb-6">
      <p>
        {t("asOfBody")} <Link href={`/agent/policies/${encodeURIComponent(policyNumber)}`}>{t("showCurrent")}</Link>
      </p>
    </Alert>
  );
}
