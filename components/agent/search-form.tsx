import Link from "next/link";
import type { ProductSummary } from "@/contract/journey";
import { STATUSES, type StatusKey } from "@/contract/statuses";
import { boxClasses, controlClasses } from "@/components/ui/control-classes";
import { Button } from "@/components/ui/button";
import { LabelledControl } from "@/components/ui/labelled-control";
import { DEFAULT_ORDERING, PAGE_SIZES, type AgentSearch } from "@/lib/agent/search-params";
import { getT } from "@/lib/i18n/server";
import { statusName } from "@/lib/i18n/status-name";

const DATE_BOUNDS = ["from", "to"] as const;

type SearchFormProps = { search: AgentSearch; products: ProductSummary[] | null };

/** A plain GET form: the search lands in the address bar, so results can be bookmarked and shared. */
export async function SearchForm({ search, products }: SearchFormProps) {
  const [t, statusT] = await Promise.all([getT("agent"), getT("status")]);
  return (
    <form
      method="get"
      action="/agent"
      role="search"
      aria-label={t("searchFormName")}
      className="space-y-6 rounded-lg border border-line bg-white p-5 sm:p-6"
    >
      <div className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
        <LabelledControl htmlFor="search-name" label={t("nameContains")}>
          <input
            id="search-name"
            name="name"
            defaultValue={search.name}
            autoComplete="off"
            className={controlClasses(false)}
          />
        </LabelledControl>
        <LabelledControl htmlFor="search-policy" label={t("policyNumber")}>
          <input
            id="search-policy"
            name="policy"
            defaultValue={search.policy}
            autoComplete="off"
            spellCheck={false}
            className={controlClasses(false)}
          />
        </LabelledControl>
        <LabelledControl htmlFor="search-product" label={t("product")}>
          <select id="search-product" name="product" defaultValue={search.product} className={controlClasses(false)}>
            <option value="">{t("anyProduct")}</option>
            {(products ?? []).map((p) => (
              <option key={p.slug} value={p.slug}>
                {p.name}
              </option>
            ))}
            {search.product && products && !products.some((p) => p.slug === search.product) ? (
              <option value={search.product}>{search.product}</option>
            ) : null}
          </select>
        </LabelledControl>
      </div>
      <fieldset className="space-y-2">
        <legend className="mb-2 font-semibold">{t("createdOn")}</legend>
        <p id="search-dates-help" className="text-muted">
          {t("datesHelp")}
        </p>
        <div className="flex flex-wrap gap-6">
          {DATE_BOUNDS.map((key) => (
            <LabelledControl key={key} htmlFor={`search-${key}`} label={t(key)}>
              <input
                id={`search-${key}`}
                name={key}
                type="date"
                defaultValue={search[key]}
                aria-describedby="search-dates-help"
                className={controlClasses(false, "w-48")}
              />
            </LabelledControl>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend className="mb-2 font-semibold">{t("status")}</legend>
        <p className="mb-2 text-muted">{t("statusHelp")}</p>
        <div className="flex flex-wrap gap-x-6 gap-y-3">
          {(Object.entries(STATUSES) as [StatusKey, string][]).map(([key, name]) => (
            <label key={key} className="inline-flex min-h-11 items-center gap-2">
              <input
                type="checkbox"
                name="status"
                value={key}
                defaultChecked={search.statuses.includes(key)}
                className={boxClasses}
              />
              {statusName(name, statusT)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="flex flex-wrap items-end gap-x-8 gap-y-4">
        <LabelledControl htmlFor="search-per-page" label={t("perPage")}>
          <select
            id="search-per-page"
            name="per_page"
            defaultValue={String(search.perPage)}
            className={controlClasses(false, "w-32")}
          >
            {PAGE_SIZES.map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </select>
        </LabelledControl>
        <label className="inline-flex min-h-11 items-center gap-2">
          <input type="checkbox" name="children" value="1" defaultChecked={search.children} className={boxClasses} />
          {t("includeChildren")}
        </label>
        <label className="inline-flex min-h-11 items-center gap-2">
          <input
            type="checkbox"
            name="no_count"
            value="1"
            defaultChecked={search.noCount}
            aria-describedby="search-no-count-help"
            className={boxClasses}
          />
          {t("skipCount")}
        </label>
      </div>
      <p id="search-no-count-help" className="-mt-3 text-muted">
        {t("skipCountHelp")}
      </p>
      {search.ordering !== DEFAULT_ORDERING ? <input type="hidden" name="ordering" value={search.ordering} /> : null}
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit">{t("search")}</Button>
        <Link href="/agent" className="inline-flex min-h-11 items-center font-semibold">
          {t("clearSearch")}
        </Link>
      </div>
    </form>
  );
}
