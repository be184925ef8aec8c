import { api } from "@/lib/journey/paths";

const DOCUMENTS: Array<[string, string]> = [
  ["coi", "Certificate of insurance (PDF)"],
  ["tax-invoice", "Tax invoice (PDF)"],
  ["emergency-document", "Emergency contacts and instructions (PDF)"],
  ["pass_card", "Add to Apple Wallet (pass card)"],
];

/** The policy's documents, downloaded through this app. */
export function DocumentLinks({ policyNumber }: { policyNumber: string }) {
  return (
    <section aria-labelledby="documents-title" className="space-y-3">
      <h2 id="documents-title" className="text-xl font-bold">
        Your documents
      </h2>
      <ul className="space-y-1">
        {DOCUMENTS.map(([name, label]) => (
          <li key={name}>
            <a href={api.document(policyNumber, name)} className="inline-flex min-h-11 items-center">
              {label}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
