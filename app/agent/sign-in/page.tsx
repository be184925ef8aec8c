import type { Metadata } from "next";
import Link from "next/link";
import { SignInForm } from "@/components/agent/sign-in-form";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { currentUser, safeNext } from "@/lib/agent/current-user";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("agent"))("signInTitle"), robots: { index: false, follow: false } };
}
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AgentSignInPage({ searchParams }: Props) {
  const query = await searchParams;
  const next = safeNext(query.next);
  const user = await currentUser();
  const t = await getT("agent");
  const words = {
    notSignedIn: t("notSignedIn"),
    enterBoth: t("enterBoth"),
    username: t("username"),
    password: t("password"),
    signIn: t("signIn"),
  };
  return (
    <>
      <PageHeader title={t("signInTitle")} description={t("signInLead")} />
      <div className="mb-6 space-y-4">
        {query.expired ? (
          <Alert tone="warning" title={t("sessionEnded")}>
            {t("signInAgain")}
          </Alert>
        ) : null}
        {query.signed_out ? <Alert tone="success">{t("signedOut")}</Alert> : null}
        {user && !query.expired ? (
          <Alert tone="info">
            {t("alreadySignedIn", { name: user.name })} <Link href={next}>{t("goToConsole")}</Link>
            {t("orSignInBelow")}
          </Alert>
        ) : null}
      </div>
      <SignInForm next={next} words={words} />
      <p className="mt-8">
        {t("ownInsurance")} <Link href="/account">{t("seeYourPolicies")}</Link>.
      </p>
    </>
  );
}
