"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { Card } from "@/components/ui/card";
import { Spinner } from "@/components/ui/spinner";
import { useT } from "@/lib/i18n/client";
import { EmailCodeSignIn } from "./email-code-sign-in";
import { PolicyNumberSignIn } from "./policy-number-sign-in";

/** The two ways to sign in, side by side on wide screens; both go on to `next` (already checked as a local path). */
export function SignInPanel({ next }: { next: string }) {
  const t = useT("signIn");
  const router = useRouter();
  const [going, startGoing] = useTransition();
  const signedIn = () => startGoing(() => router.replace(next));

  return (
    <div className="grid gap-8 lg:grid-cols-2">
      <Card title={t("byEmailTitle")}>
        <p className="mb-6 text-muted">{t("byEmailLead")}</p>
        <EmailCodeSignIn onSignedIn={signedIn} />
      </Card>
      <Card title={t("byNumberTitle")}>
        <p className="mb-6 text-muted">{t("byNumberLead")}</p>
        <PolicyNumberSignIn onSignedIn={signedIn} />
      </Card>
      {going ? (
        <div className="lg:col-span-2">
          <Spinner label={t("opening")} />
        </div>
      ) : null}
    </div>
  );
}
