import Link from "next/link";
import { around } from "@/lib/account/words";
import { ACCOUNT_PATH } from "@/lib/account/paths";
import { getT } from "@/lib/i18n/server";
import { AccountSignOut } from "./account-sign-out";

/** The top of every signed-in account page: who is signed in, the way back to the list, and sign-out. */
export async function AccountBar({ name }: { name?: string }) {
  const t = await getT("account");
  const [before, after] = around(t, "signedInAs", ["name"]);
  return (
    <nav
      aria-label={t("accountNav")}
      className="mb-8 flex flex-wrap items-center justify-between gap-4 border-b border-line pb-4"
    >
      <p className="text-muted">
        {name ? (
          <>
            {before}
            <strong className="text-ink">{name}</strong>
            {after}
          </>
        ) : (
          t("signedIn")
        )}
      </p>
      <div className="flex flex-wrap items-center gap-4">
        <Link href={ACCOUNT_PATH} className="inline-flex min-h-11 items-center font-semibold">
          {t("yourPolicies")}
        </Link>
        <AccountSignOut label={t("signOut")} />
      </div>
    </nav>
  );
}
