import Link from "next/link";
import { linkButton } from "@/components/journey/link-classes";
import { PageHeader } from "@/components/ui/page-header";

/** Absent, or not this person's (the API never says which). */
export function NotFoundView({ what }: { what: string }) {
  return (
    <>
      <PageHeader
        title={`We can't find that ${what}`}
        description="Check the link or the reference. Quotes can only be opened on the device and browser they were started on, or from your account."
      />
      <div className="flex flex-wrap gap-4">
        <Link href="/" className={linkButton("primary")}>
          See our products
        </Link>
        <Link href="/account" className={linkButton("secondary")}>
          Go to my policies
        </Link>
      </div>
    </>
  );
}
