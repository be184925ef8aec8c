import type { Metadata } from "next";
import Link from "next/link";
import { FocusHeading } from "@/components/journey/focus-heading";
import { Pagination } from "@/components/account/pagination";
import { OpenQuotes } from "@/components/account/open-quotes";
import { PolicyCard } from "@/components/account/policy-card";
import { filterLabel, StatusFilter } from "@/components/account/status-filter";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { listAccountPolicies, listAccountQuotes } from "@/lib/api";
import { pageInfo, parseListQuery, PER_PAGE } from "@/lib/account/list-query";
import { listPath } from "@/lib/account/paths";
import { loadForAccount, requireCustomer } from "@/lib/account/require-customer";
import { getLanguage, getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("account"))("yourPolicies") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The customer's policies, filtered by status and ten to a page. */
export default async function AccountPage({ searchParams }: Props) {
  const query = parseListQuery(await searchParams);
  const here = listPath(query);
  await requireCustomer(here);
  const firstView = query.page === 1 && !query.status;
  const [list, quotes] = await Promise.all([
    loadForAccount(() => listAccountPolicies({ status: query.status, page: query.page, perPage: PER_PAGE }), here),
    // Quotes are shown beside the policies when the backend can list them; the policies never wait on them failing.
    firstView ? listAccountQuotes().catch(() => null) : null,
  ]);
  const [t, ts, { tag }] = await Promise.all([getT("account"), getT("status"), getLanguage()]);
  const filter = filterLabel(query.status, t, ts);

  return (
    <>
      <FocusHeading />
      <PageHeader title={t("yourPolicies")} description={t("listLead")} />
      {quotes ? (
        <div className="mb-8">
          <OpenQuotes quotes={quotes.policies} />
        </div>
      ) : null}
      <StatusFilter current={query.status} />
      {!list.ok ? (
        <Alert tone="error" title={t("cantShowPolicies")}>
          <p>{list.detail}</p>
          <p className="mt-2">
            <a href={here}>{t("tryAgain")}</a>
          </p>
        </Alert>
      ) : list.value.policies.length === 0 ? (
        <div className="space-y-3 rounded-lg border border-line bg-white p-6">
          <p className="font-semibold">
            {query.page > 1
              ? t("noneOnPage")
              : query.status
                ? t("noneWithStatus", { status: filter.toLocaleLowerCase(tag) })
                : t("noneYet")}
          </p>
          {query.page > 1 || query.status ? (
            <Link href={listPath()}>{t("showAllCurrent")}</Link>
          ) : (
            <Link href="/">{t("getQuote")}</Link>
          )}
        </div>
      ) : (
        <ul aria-label={t("listLabel", { filter })} className="space-y-4">
          {list.value.policies.map((policy) => (
            <li key={policy.policy_number}>
              <PolicyCard policy={policy} />
            </li>
          ))}
        </ul>
      )}
      {list.ok ? (
        <Pagination
          page={query.page}
          status={query.status}
          info={pageInfo(query.page, list.value.policies.length, list.value.policies_count)}
        />
      ) : null}
    </>
  );
}
