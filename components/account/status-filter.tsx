import Link from "next/link";
import { STATUSES, type StatusKey } from "@/contract/statuses";
import type { Translate } from "@/lib/i18n/catalogue";
import { STATUS_FILTERS } from "@/lib/account/list-query";
import { listPath } from "@/lib/account/paths";
import { getT } from "@/lib/i18n/server";
import { statusName } from "@/lib/i18n/status-name";

/** A filter's name: "All current", or the status's (`t`: the account's words, `ts`: the statuses'). */
export function filterLabel(key: StatusKey | null, t: Translate, ts: Translate): string {
  return key ? statusName(STATUSES[key], ts) : t("allCurrent");
}

/** Filter links by status key; the current one is marked for assistive technology too. */
export async function StatusFilter({ current }: { current: StatusKey | null }) {
  const [t, ts] = await Promise.all([getT("account"), getT("status")]);
  return (
    <nav aria-label={t("filterNav")} className="mb-6">
      <ul className="flex flex-wrap gap-2">
        {STATUS_FILTERS.map((key) => {
          const selected = key === current;
          return (
            <li key={key ?? "all"}>
              <Link
                href={listPath({ status: key })}
                aria-current={selected ? "page" : undefined}
                className={`inline-flex min-h-11 items-center rounded-full border-2 px-4 font-semibold no-underline ${
                  selected
                    ? "border-brand-700 bg-brand-700 text-white"
                    : "border-brand-700 bg-white text-brand-800 hover:bg-brand-50"
                }`}
              >
                {filterLabel(key, t, ts)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
