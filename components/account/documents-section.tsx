import { accountApi } from "@/lib/account/paths";
import { documentsFor } from "@/lib/account/documents";
import { DocumentDownload } from "./document-download";
import { Section } from "@/components/ui/section";

/** The policy's documents for its status (the cancellation letter only once cancelled). */
export function DocumentsSection({
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
  return (
    <Section id="documents" title="Your documents" description="PDF documents, and a pass for your phone's wallet app.">
      <ul className="grid gap-2 sm:grid-cols-2">
        {documents.map((doc) => (
          <li key={doc.id}>
            <DocumentDownload
              href={accountApi.document(policyNumber, doc.id)}
              label={doc.label}
              filename={doc.filename(policyNumber)}
            />
          </li>
        ))}
      </ul>
    </Section>
  );
}
