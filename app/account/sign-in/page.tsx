import type { Metadata } from "next";
import { FocusHeading } from "@/components/journey/focus-heading";
import { SignInPanel } from "@/components/account/sign-in-panel";
import { SignInReasonNotice } from "@/components/account/sign-in-reason";
import { PageHeader } from "@/components/ui/page-header";
import { SIGN_IN_REASONS, type SignInReason } from "@/lib/account/paths";
import { safeNextPath } from "@/lib/account/safe-next";

export const metadata: Metadata = { title: "Sign in to your account" };

type Props = { searchParams: Promise<{ next?: string | string[]; reason?: string | string[] }> };

const isReason = (value: unknown): value is SignInReason => SIGN_IN_REASONS.includes(value as SignInReason);

/** Two ways in: a code by email, or a policy number and last name. */
export default async function SignInPage({ searchParams }: Props) {
  const { next, reason } = await searchParams;
  return (
    <>
      <FocusHeading />
      <PageHeader
        title="Sign in to your account"
        description="See your policies, download your documents and make changes. Choose one of the two ways below."
      />
      {isReason(reason) ? <SignInReasonNotice reason={reason} /> : null}
      <SignInPanel next={safeNextPath(next)} />
    </>
  );
}
