import Link from "next/link";
import { linkButton } from "@/components/journey/link-classes";
import { PageHeader } from "@/components/ui/page-header";
import { ACCOUNT_PATH, SIGN_IN_PATH } from "@/lib/account/paths";
import { getT } from "@/lib/i18n/server";

/** Absent, or not this sign-in's: the page never says which. */
export default async function PolicyNotFound() {
  const t = await getT("account");
  return (
    <>
      <PageHeader title={t("notFoundTitle")} description={t("notFoundLead")} />
      <div className="flex flex-wrap gap-4">
        <Link href={ACCOUNT_PATH} className={linkButton("primary")}>
          {t("goToPolicies")}
        </Link>
        <Link href={SIGN_IN_PATH} className={linkButton("secondary")}>
          {t("signInAnotherWay")}
        </Link>
      </div>
    </>
  );
}
