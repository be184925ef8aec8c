import type { Metadata } from "next";
import Link from "next/link";
import { AgentBar } from "@/components/agent/agent-bar";
import { SearchForm } from "@/components/agent/search-form";
import { SearchResults } from "@/components/agent/search-results";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button-classes";
import { PageHeader } from "@/components/ui/page-header";
import { getProducts, listPolicies } from "@/lib/api";
import { requireUser } from "@/lib/agent/current-user";
import { agentLoad } from "@/lib/agent/load";
import { parseSearch, searchProblems, toListRequest, toQuery } from "@/lib/agent/search-params";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("agent"))("consoleTitle"), robots: { index: false, follow: false } };
}
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The console: search and list policies; the search lives in the query string. */
export default async function AgentConsolePage({ searchParams }: Props) {
  const params = await searchParams;
  const search = parseSearch(params);
  const here = `/agent${toQuery(search) ? `?${toQuery(search)}` : ""}`;
  const user = await requireUser(here);
  const [list, products] = await Promise.all([
    agentLoad(() => listPolicies(toListRequest(search)), here),
    agentLoad(() => getProducts(), here),
  ]);
  const exportQuery = toQuery(search, { page: 1, perPage: 100 });
  const t = await getT("agent");
  const problems = searchProblems(params, t);
  return (
    <>
      <AgentBar user={user} />
      <PageHeader title={t("consoleTitle")} description={t("consoleLead")}>
        <Link href="/" className={buttonClasses("secondary")}>
          {t("startQuote")}
        </Link>
      </PageHeader>
      <p className="-mt-4 mb-6 text-muted">{t("soldByYou")}</p>
      <h2 className="mb-3 text-2xl font-bold">{t("search")}</h2>
      {!products.ok ? (
        <Alert tone="warning" className="mb-4">
          {t("productsFailed", { detail: products.detail })}
        </Alert>
      ) : null}
      <SearchForm search={search} products={products.ok ? products.value : null} />
      <section aria-labelledby="results-heading" className="mt-10">
        <div className="mb-4 flex flex-wrap items-center justify-between gap-4">
          <h2 id="results-heading" className="text-2xl font-bold">
            {t("results")}
          </h2>
          {list.ok && list.value.policies.length > 0 ? (
            <a
              href={`/api/agent/export${exportQuery ? `?${exportQuery}` : ""}`}
              download
              className={buttonClasses("secondary")}
            >
              {t("exportCsv")}
              <span className="sr-only"> {t("exportCsvWhat")}</span>
            </a>
          ) : null}
        </div>
        {problems.length > 0 ? (
          <Alert tone="warning" title={t("searchLeftOut")} className="mb-4">
            <ul className="list-disc ps-5">
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </Alert>
        ) : null}
        {list.ok ? (
          <SearchResults search={search} list={list.value} />
        ) : (
          <Alert tone="error" title={t("searchFailed")}>
            {list.detail}
          </Alert>
        )}
      </section>
    </>
  );
}
