import Link from "next/link";
import { linkButton } from "@/components/journey/link-classes";
import { PageHeader } from "@/components/ui/page-header";
import { getT } from "@/lib/i18n/server";

const TITLE = { quote: "notFoundQuote", product: "notFoundProduct", page: "notFoundPage" } as const;

/** Absent, or not this person's (the API never says which). */
export async function NotFoundView({ what }: { what: keyof typeof TITLE }) {
  const t = await getT("errors");
  return (
    <>
      <PageHeader title={t(TITLE[what])} description={t(what === "page" ? "notFoundPageLead" : "notFoundLead")} />
      <div className="flex flex-wrap gap-4">
        <Link href="/" className={linkButton("primary")}>
          {t("seeProducts")}
        </Link>
        <Link href="/account" className={linkButton("secondary")}>
          {t("goToPolicies")}
        </Link>
      </div>
    </>
  );
}
