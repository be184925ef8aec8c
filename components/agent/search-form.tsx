import Link from "next/link";
import type { ProductSummary } from "@/contract/journey";
import { STATUSES, type StatusKey } from "@/contract/statuses";
import { boxClasses, controlClasses } from "@/components/ui/control-classes";
import { Button } from "@/components/ui/button";
import { LabelledControl } from "@/components/ui/labelled-control";
import { DEFAULT_ORDERING, PAGE_SIZES, type AgentSearch } from "@/lib/agent/search-params";

const DATE_BOUNDS = [
  ["from", "From"],
  ["to", "To"],
] as const;

type SearchFormProps = { search: AgentSearch; products: ProductSummary[] | null };

/** A plain GET form: the search lands in the address bar, so results can be bookmarked and shared. */
export function SearchForm({ search, products }: SearchFormProps) {
  return (
    <form
      method="get"
      action="/agent"
      role="search"
      aria-label="Policies"
      className="space-y-6 rounded-lg border border-line bg-white p-5 sm:p-6"
    >
      <div className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
        <LabelledControl htmlFor="search-name" label="Customer name contains">
          <input
            id="search-name"
            name="name"
            defaultValue={search.name}
            autoComplete="off"
            className={controlClasses(false)}
          />
        </LabelledControl>
        <LabelledControl htmlFor="search-policy" label="Policy number">
          <input
            id="search-policy"
            name="policy"
            defaultValue={search.policy}
            autoComplete="off"
            spellCheck={false}
            className={controlClasses(false)}
          />
        </LabelledControl>
        <LabelledControl htmlFor="search-product" label="Product">
          <select id="search-product" name="product" defaultValue={search.product} className={controlClasses(false)}>
            <option value="">Any product</option>
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
        <legend className="mb-2 font-semibold">Created on</legend>
        <p id="search-dates-help" className="text-muted">
          Both dates are included. Leave one empty for an open range.
        </p>
        <div className="flex flex-wrap gap-6">
          {DATE_BOUNDS.map(([key, name]) => (
            <LabelledControl key={key} htmlFor={`search-${key}`} label={name}>
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
        <legend className="mb-2 font-semibold">Status</legend>
        <p className="mb-2 text-muted">Tick none to see every status.</p>
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
              {name}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="flex flex-wrap items-end gap-x-8 gap-y-4">
        <LabelledControl htmlFor="search-per-page" label="Results per page">
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
          Include child policies
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
          Skip the total count
        </label>
      </div>
      <p id="search-no-count-help" className="-mt-3 text-muted">
        Skipping the count makes big searches faster; you can still page through the results.
      </p>
      {search.ordering !== DEFAULT_ORDERING ? <input type="hidden" name="ordering" value={search.ordering} /> : null}
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit">Search</Button>
        <Link href="/agent" className="inline-flex min-h-11 items-center font-semibold">
          Clear the search
        </Link>
      </div>
    </form>
  );
}
