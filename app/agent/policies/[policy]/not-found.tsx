import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { getT } from "@/lib/i18n/server";

export default async function AgentPolicyNotFound() {
  const t = await getT("agent");
  return (
    <>
      <PageHeader title={t("notFoundTitle")} description={t("notFoundLead")} />
      <p>
        <Link href="/agent">{t("backToSearch")}</Link>
      </p>
    </>
  );
}
