import Link from "next/link";
import { SignOutButton } from "@/components/ui/sign-out-button";
import { ACCOUNT_PATH, accountApi, signInPath } from "@/lib/account/paths";

/** The top of every signed-in account page: who is signed in, the way back to the list, and sign-out. */
export function AccountBar({ name }: { name?: string }) {
  return (
    <nav
      aria-label="Your account"
      className="mb-8 flex flex-wrap items-center justify-between gap-4 border-b border-line pb-4"
    >
      <p className="text-muted">
        {name ? (
          <>
            Signed in as <strong className="text-ink">{name}</strong>
          </>
        ) : (
          "You're signed in"
        )}
      </p>
      <div className="flex flex-wrap items-center gap-4">
        <Link href={ACCOUNT_PATH} className="inline-flex min-h-11 items-center font-semibold">
          Your policies
        </Link>
        <SignOutButton endpoint={accountApi.logout} signedOutHref={signInPath({ reason: "signed-out" })} />
      </div>
    </nav>
  );
}
