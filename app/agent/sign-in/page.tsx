import type { Metadata } from "next";
import Link from "next/link";
import { SignInForm } from "@/components/agent/sign-in-form";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { currentUser, safeNext } from "@/lib/agent/current-user";

export const metadata: Metadata = { title: "Sign in to the agent console", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AgentSignInPage({ searchParams }: Props) {
  const query = await searchParams;
  const next = safeNext(query.next);
  const user = await currentUser();
  return (
    <>
      <PageHeader
        title="Sign in to the agent console"
        description="For agents, brokers and staff. Customers can see their policies in My policies."
      />
      <div className="mb-6 space-y-4">
        {query.expired ? (
          <Alert tone="warning" title="Your sign-in has ended">
            Please sign in again to carry on.
          </Alert>
        ) : null}
        {query.signed_out ? <Alert tone="success">You have signed out.</Alert> : null}
        {user && !query.expired ? (
          <Alert tone="info">
            You are already signed in as {user.name}. <Link href={next}>Go to the agent console</Link>, or sign in as
            someone else below.
          </Alert>
        ) : null}
      </div>
      <SignInForm next={next} />
      <p className="mt-8">
        Looking for your own insurance? <Link href="/account">See your policies</Link>.
      </p>
    </>
  );
}
