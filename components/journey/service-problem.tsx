import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { linkButton } from "@/components/journey/link-classes";

type ServiceProblemProps = {
  detail: string;
  retryHref: string;
  title?: string;
  retryLabel?: string;
  children?: React.ReactNode;
};

/** A page that could not load what it needs: says why, and offers to try again. */
export function ServiceProblem(props: ServiceProblemProps) {
  const { detail, retryHref, title = "Sorry, we can't show this page right now", retryLabel = "Try again" } = props;
  return (
    <>
      <PageHeader title={title} />
      <Alert tone="error" title="Something went wrong">
        <p>{detail}</p>
      </Alert>
      <div className="mt-6 flex flex-wrap gap-4">
        <a href={retryHref} className={linkButton("primary")}>
          {retryLabel}
        </a>
        {props.children}
        <Link href="/" className={linkButton("link")}>
          Back to our products
        </Link>
      </div>
    </>
  );
}
