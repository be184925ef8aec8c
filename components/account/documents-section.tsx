import { accountApi } from "@/lib/account/paths";
import { documentsFor } from "@/lib/account/documents";
import { getT } from "@/lib/i18n/server";
import { DocumentDownload } from "./document-download";
import { Section } from "@/components/ui/section";

/** The policy's documents for its status (the cancellation letter only once cancelled). */
export async function DocumentsSection({
  policyNumber,
  status,
  endorsed = false,
}: {
  policyNumber: string;
  status: string;
  /** Changed mid-term: the endorsement schedule is there too. */
  endorsed?: boolean;
}) {
  const documents = documentsFor(status, { endorsed });
  if (documents.length === 0) return null;
  const t = await getT("account");
  return (
    <Section id="documents" title={t("yourDocuments")} description={t("documentsLead")}>
      <ul className="grid gap-2 sm:grid-cols-2">
        {documents.map((doc) => (
          <li key={doc.id}>
            <DocumentDownload
              href={accountApi.document(policyNumber, doc.id)}
              label={t(doc.name)}
              filename={doc.filename(policyNumber)}
            />
          </li>
        ))}
      </ul>
    </Section>
  );
}
