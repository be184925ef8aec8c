"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { Card } from "@/components/ui/card";
import { Spinner } from "@/components/ui/spinner";
import { EmailCodeSignIn } from "./email-code-sign-in";
import { PolicyNumberSignIn } from "./policy-number-sign-in";

/** The two ways to sign in, side by side on wide screens; both go on to `next` (already checked as a local path). */
export function SignInPanel({ next }: { next: string }) {
  const router = useRouter();
  const [going, startGoing] = useTransition();
  const signedIn = () => startGoing(() => router.replace(next));

  return (
    <div className="grid gap-8 lg:grid-cols-2">
      <Card title="Sign in with a code by email">
        <p className="mb-6 text-muted">
          We&apos;ll email you a 6-digit code. You&apos;ll see every policy you have with us.
        </p>
        <EmailCodeSignIn onSignedIn={signedIn} />
      </Card>
      <Card title="Sign in with your policy number">
        <p className="mb-6 text-muted">
          No access to your email? Use your policy number and last name. You&apos;ll see that one policy.
        </p>
        <PolicyNumberSignIn onSignedIn={signedIn} />
      </Card>
      {going ? (
        <div className="lg:col-span-2">
          <Spinner label="Signed in. Opening your account…" />
        </div>
      ) : null}
    </div>
  );
}
