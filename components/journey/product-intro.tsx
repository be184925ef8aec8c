import Link from "next/link";
import type { Meta } from "@/contract/journey";
import { linkButton } from "@/components/journey/link-classes";
import { PageHeader } from "@/components/ui/page-header";
import { RichText } from "./rich-text";
import { EnglishOnly } from "./english-only";
import { TermsDetails } from "./terms-details";
import { getLanguage, getT } from "@/lib/i18n/server";

type ProductIntroProps = { meta: Meta; startHref: string };

/** A product's intro: what it is, the short terms (the long ones a click away) and the way in. */
export async function ProductIntro({ meta, startHref }: ProductIntroProps) {
  const { intro } = meta;
  const t = await getT("pages");
  const { locale } = await getLanguage();
  return (
    <>
      <PageHeader eyebrow={meta.name} title={intro.title || meta.name} />
      <EnglishOnly locale={locale} t={t} />
      <div className="grid gap-8 lg:grid-cols-5">
        <div className="space-y-6 lg:col-span-3">
          <RichText text={intro.content} className="text-lg" />
          <Link href={startHref} className={linkButton("primary")}>
            {t("startQuote")}
          </Link>
        </div>
        {intro.image ? (
          // eslint-disable-next-line @next/next/no-img-element -- the API's own picture (often a data URL)
          <img src={intro.image} alt="" className="w-full rounded-lg bg-brand-50 lg:col-span-2" />
        ) : null}
      </div>
      <TermsDetails meta={meta} className="mt-10" />
    </>
  );
}
