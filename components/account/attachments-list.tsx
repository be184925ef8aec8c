import type { PolicyView } from "@/contract/policy";
import { proxiedPath } from "@/lib/account/attachment-links";
import { getT } from "@/lib/i18n/server";
import { Section } from "@/components/ui/section";

/** Files sent with the application or afterwards: a thumbnail and a link to open each. */
export async function AttachmentsList({ attachments }: { attachments: PolicyView["attachments"] }) {
  const t = await getT("account");
  const files = attachments
    .map((a, i) => ({
      key: `${a.name}-${i}`,
      name: a.name || t("fileN", { n: i + 1 }),
      href: proxiedPath(a.url),
      thumb: proxiedPath(a.thumbnail_url),
    }))
    .filter((f) => f.href);
  return (
    <Section id="files" title={t("filesSent")}>
      {files.length === 0 ? (
        <p>{t("noFiles")}</p>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2">
          {files.map((f) => (
            <li key={f.key}>
              <a href={f.href!} target="_blank" rel="noopener" className="flex min-h-11 items-center gap-3 break-all">
                {f.thumb ? (
                  // A plain img: the thumbnail is proxied and bound to the session, which next/image can't fetch.
                  // eslint-disable-next-line @next/next/no-img-element -- see above
                  <img
                    src={f.thumb}
                    alt=""
                    width={64}
                    height={64}
                    loading="lazy"
                    className="size-16 shrink-0 rounded border border-line object-cover"
                  />
                ) : null}
                <span>
                  {f.name}
                  <span className="sr-only">{` ${t("opensNewTab")}`}</span>
                </span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
