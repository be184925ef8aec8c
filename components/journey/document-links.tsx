import { api } from "@/lib/journey/paths";
import { getT } from "@/lib/i18n/server";

const DOCUMENTS: Array<[string, string]> = [
  ["coi", "docCertificate"],
  ["tax-invoice", "docInvoice"],
  ["emergency-document", "docEmergency"],
  ["pass_card", "docPass"],
];

/** The policy's documents, downloaded through this app. */
export async function DocumentLinks({ policyNumber }: { policyNumber: string }) {
  const t = await getT("pages");
  return (
    <section aria-labelledby="documents-title" className="space-y-3">
      <h2 id="documents-title" className="text-xl font-bold">
        {t("yourDocuments")}
      </h2>
      <ul className="space-y-1">
        {DOCUMENTS.map(([name, label]) => (
          <li key={name}>
            <a href={api.document(policyNumber, name)} className="inline-flex min-h-11 items-center">
              {t(label)}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
