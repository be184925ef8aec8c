import type { Meta } from "@/contract/journey";
import { appHref, attachmentLabel } from "@/lib/journey/links";
import { RichText } from "./rich-text";
import { getT } from "@/lib/i18n/server";

/** Key terms in short, the full terms one click away, then the product's documents. */
export async function TermsDetails({ meta, className = "" }: { meta: Meta; className?: string }) {
  const t = await getT("pages");
  const { short, long } = meta.terms_and_conditions;
  return (
    <section
      aria-labelledby="terms-title"
      className={`space-y-4 rounded-lg border border-line bg-white p-5 sm:p-8 ${className}`.trim()}
    >
      <h2 id="terms-title" className="text-xl font-bold">
        {t("keyTerms")}
      </h2>
      <RichText text={short} />
      {long ? (
        <details className="max-w-prose">
          <summary className="min-h-11 cursor-pointer py-2 font-semibold text-brand-700 underline underline-offset-4">
            {t("fullTerms")}
          </summary>
          <RichText text={long} className="mt-3" />
        </details>
      ) : null}
      <AttachmentLinks attachments={meta.attachments} />
    </section>
  );
}

/** The product's documents as links (through this app), leaving out the ones the API has none for. */
export function AttachmentLinks({ attachments }: { attachments: Meta["attachments"] }) {
  const present = Object.entries(attachments).filter((entry): entry is [string, string] => Boolean(entry[1]));
  if (present.length === 0) return null;
  return (
    <ul className="list-disc space-y-1 ps-6">
      {present.map(([key, url]) => (
        <li key={key}>
          <a href={appHref(url)}>{attachmentLabel(key)}</a>
        </li>
      ))}
    </ul>
  );
}
