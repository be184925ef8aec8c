import type { Meta } from "@/contract/journey";
import { DocumentDownload } from "@/components/account/document-download";
import { AttachmentLinks } from "@/components/journey/terms-details";
import { documentsFor } from "@/lib/account/documents";
import { documentPath } from "@/lib/document-path";
import { getT } from "@/lib/i18n/server";

type PolicyDocumentsProps = {
  policyNumber: string;
  status: string;
  attachments: Meta["attachments"] | null;
  /** Changed mid-term: the endorsement schedule is there too. */
  endorsed?: boolean;
};

/** The policy's documents, as its customer gets them (the letter only once cancelled), and the product's terms. */
export async function PolicyDocuments({ policyNumber, status, attachments, endorsed = false }: PolicyDocumentsProps) {
  const [t, account] = await Promise.all([getT("agent"), getT("account")]);
  const documents = documentsFor(status, { endorsed });
  const hasTerms = Object.values(attachments ?? {}).some(Boolean);
  return (
    <div className="space-y-6">
      {documents.length > 0 ? (
        <ul className="grid gap-2 sm:grid-cols-2">
          {documents.map((doc) => (
            <li key={doc.id}>
              <DocumentDownload
                href={documentPath(policyNumber, doc.id)}
                label={account(doc.name)}
                filename={doc.filename(policyNumber)}
              />
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-muted">{t("docsLater")}</p>
      )}
      {attachments && hasTerms ? (
        <div>
          <h3 className="mb-2 text-lg font-bold">{t("productTerms")}</h3>
          <AttachmentLinks attachments={attachments} />
        </div>
      ) : null}
    </div>
  );
}
