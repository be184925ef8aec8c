import Link from "next/link";
import type { StatusKey } from "@/contract/statuses";
import type { PageInfo } from "@/lib/account/list-query";
import { listPath } from "@/lib/account/paths";
import { linkButton } from "@/components/journey/link-classes";
import { getT } from "@/lib/i18n/server";

type PaginationProps = { page: number; info: PageInfo; status: StatusKey | null };

/** "Showing 11 to 20 of 23", with Previous and Next pages that keep the filter. */
export async function Pagination({ page, info, status }: PaginationProps) {
  if (!info.hasPrevious && !info.hasNext) return null;
  const t = await getT("account");
  return (
    <nav aria-label={t("pagesNav")} className="mt-8 flex flex-wrap items-center justify-between gap-4">
      <p className="text-muted">
        {info.total !== null && info.from > 0
          ? t("pageOfTotal", { page, from: info.from, to: info.to, total: info.total })
          : t("pageN", { page })}
      </p>
      <div className="flex flex-wrap gap-4">
        {info.hasPrevious ? (
          <Link href={listPath({ status, page: page - 1 })} rel="prev" className={linkButton("secondary")}>
            {t("previousPage")}
          </Link>
        ) : null}
        {info.hasNext ? (
          <Link href={listPath({ status, page: page + 1 })} rel="next" className={linkButton("secondary")}>
            {t("nextPage")}
          </Link>
        ) : null}
      </div>
    </nav>
  );
}
