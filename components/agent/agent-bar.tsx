import Link from "next/link";
import type { UserIdentity } from "@/lib/session";
import { SignOutButton } from "@/components/ui/sign-out-button";
import { policyApi } from "@/lib/agent/paths";
import { getT } from "@/lib/i18n/server";

/** Who is signed in to the console, with the way out. */
export async function AgentBar({ user }: { user: UserIdentity }) {
  const t = await getT("agent");
  return (
    <div className="mb-6 flex flex-wrap items-center justify-between gap-4 rounded-md border border-line bg-white px-4 py-3">
      <p>
        {t("signedInAs")} <strong>{user.name || t("aUser")}</strong>
        {user.agentCode ? (
          <>
            {" "}
            ({t("agentCodeWord")} <strong>{user.agentCode}</strong>)
          </>
        ) : null}
      </p>
      <div className="flex flex-wrap items-center gap-4">
        <Link href="/agent" className="inline-flex min-h-11 items-center font-semibold">
          {t("searchPolicies")}
        </Link>
        <SignOutButton endpoint={policyApi.logout} signedOutHref="/agent/sign-in?signed_out=1" reportFailure />
      </div>
    </div>
  );
}
