import Link from "next/link";
import { STATUS_FILTERS } from "@/lib/account/list-query";
import { listPath } from "@/lib/account/paths";
import type { StatusKey } from "@/contract/statuses";

/** Filter links by status key; the current one is marked for assistive technology too. */
export function StatusFilter({ current }: { current: StatusKey | null }) {
  return (
    <nav aria-label="Filter policies by status" className="mb-6">
      <ul className="flex flex-wrap gap-2">
        {STATUS_FILTERS.map((filter) => {
          const selected = filter.key === current;
          return (
            <li key={filter.key ?? "all"}>
              <Link
                href={listPath({ status: filter.key })}
                aria-current={selected ? "page" : undefined}
                className={`inline-flex min-h-11 items-center rounded-full border-2 px-4 font-semibold no-underline ${
                  selected
                    ? "border-brand-700 bg-brand-700 text-white"
                    : "border-brand-700 bg-white text-brand-800 hover:bg-brand-50"
                }`}
              >
                {filter.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
