import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";

export default function AgentPolicyNotFound() {
  return (
    <>
      <PageHeader
        title="We can't find that policy"
        description="Check the policy number. You can only see policies your sign-in is allowed to see."
      />
      <p>
        <Link href="/agent">Back to the search</Link>
      </p>
    </>
  );
}
