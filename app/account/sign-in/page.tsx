import type { Metadata } from "next";
import { FocusHeading } from "@/components/journey/focus-heading";
import { ClientMessages } from "@/lib/i18n/client-messages";
import { SignInPanel } from "@/components/account/sign-in-panel";
import { SignInReasonNotice } from "@/components/account/sign-in-reason";
import { PageHeader } from "@/components/ui/page-header";
import { SIGN_IN_REASONS, type SignInReason } from "@/lib/account/paths";
import { safeNextPath } from "@/lib/account/safe-next";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("account"))("signInTitle") };
}

type Props = { searchParams: Promise<{ next?: string | string[]; reason?: string | string[] }> };

const isReason = (value: unknown): value is SignInReason => SIGN_IN_REASONS.includes(value as SignInReason);

/** Two ways in: a code by email, or a policy number and last name. */
export default async function SignInPage({ searchParams }: Props) {
  const { next, reason } = await searchParams;
  const t = await getT("account");
  return (
    <>
      <FocusHeading />
      <PageHeader title={t("signInTitle")} description={t("signInLead")} />
      {isReason(reason) ? <SignInReasonNotice reason={reason} /> : null}
      <ClientMessages namespaces={["signIn"]}>
        <SignInPanel next={safeNextPath(next)} />
      </ClientMessages>
    </>
  );
}
