"use client";

import { useT } from "@/lib/i18n/client";
import { Button } from "./button";
import { useSignOut, type SignOutOptions } from "./use-sign-out";

/** Sign out of the account or the console; a refusal, when reported, shows beside the button. */
export function SignOutButton(props: SignOutOptions) {
  const { signOut, busy, problem } = useSignOut(props);
  const t = useT("ui");
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <Button variant="secondary" loading={busy} onClick={() => void signOut()}>
        {t("signOut")}
      </Button>
      {problem ? (
        <span role="alert" className="font-semibold text-danger">
          {problem}
        </span>
      ) : null}
    </span>
  );
}
