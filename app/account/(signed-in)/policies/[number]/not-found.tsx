import Link from "next/link";
import { linkButton } from "@/components/journey/link-classes";
import { PageHeader } from "@/components/ui/page-header";
import { ACCOUNT_PATH, SIGN_IN_PATH } from "@/lib/account/paths";

/** Absent, or not this sign-in's: the page never says which. */
export default function PolicyNotFound() {
  return (
    <>
      <PageHeader
        title="We can't find that policy"
        description="Check the policy number. If you signed in with a policy number, you can only see that one policy: sign in with a code by email to see all of yours."
      />
      <div className="flex flex-wrap gap-4">
        <Link href={ACCOUNT_PATH} className={linkButton("primary")}>
          Go to your policies
        </Link>
        <Link href={SIGN_IN_PATH} className={linkButton("secondary")}>
          Sign in another way
        </Link>
      </div>
    </>
  );
}
