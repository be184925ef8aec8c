import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { linkButton } from "@/components/journey/link-classes";
import { getT } from "@/lib/i18n/server";

type ServiceProblemProps = {
  /** The API's own sentence (in the language it was asked in). */
  detail: string;
  retryHref: string;
  title?: string;
  retryLabel?: string;
  children?: React.ReactNode;
};

/** A page that could not load what it needs: says why, and offers to try again. */
export async function ServiceProblem(props: ServiceProblemProps) {
  const t = await getT("errors");
  const { detail, retryHref, title = t("cantShowPage"), retryLabel = t("tryAgain") } = props;
  return (
    <>
      <PageHeader title={title} />
      <Alert tone="error" title={t("wentWrong")}>
        <p>{detail}</p>
      </Alert>
      <div className="mt-6 flex flex-wrap gap-4">
        <a href={retryHref} className={linkButton("primary")}>
          {retryLabel}
        </a>
        {props.children}
        <Link href="/" className={linkButton("link")}>
          {t("backToProducts")}
        </Link>
      </div>
    </>
  );
}
