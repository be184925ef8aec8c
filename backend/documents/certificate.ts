import type { DocumentData } from "./document-data";
import { formatDate, formatPeriod } from "./date-format";
import { heading, keyFacts, paragraph, startDocument } from "./pdf-layout";
import { suspendedSentence, totalPremium } from "./policy-details";

/** The certificate of insurance: who is covered, for what, and when. */
export function certificatePdf(d: DocumentData): Promise<Buffer> {
  const { doc, finish } = startDocument(d, {
    title: "Certificate of Insurance",
    subject: `Certificate of insurance for policy ${d.policy.policy_number}`,
  });
  const p = d.policy;

  if (p.status === "Suspended") {
    // An insurer still issues the certificate on request, but it must not be taken as evidence of cover.
    paragraph(doc, suspendedSentence(p.status_logs), { strong: true });
  } else if (p.status !== "Active") {
    paragraph(
      doc,
      `Policy status: ${p.status}. This certificate is not evidence of cover while the policy is not active.`,
      { strong: true },
    );
  }
  paragraph(doc, d.product.documents.certificate);

  heading(doc, "Policy schedule");
  const facts: Array<[string, string]> = [
    ["Policy number", p.policy_number],
    ["Policyholder", d.holder.name],
  ];
  if (d.holder.address) facts.push(["Address", d.holder.address]);
  if (d.holder.email) facts.push(["Email", d.holder.email]);
  facts.push(
    [
      "Product",
      p.subproduct_name && p.subproduct_name !== d.product.name
        ? `${d.product.name} (${p.subproduct_name})`
        : d.product.name,
    ],
    ["Status", p.status],
    ["Period of cover", formatPeriod(p.start_date, p.end_date)],
    ["Premium", `${totalPremium(d)} including fees and taxes`],
  );
  if (p.payment_mode_name) facts.push(["Payment", p.payment_mode_name]);
  facts.push(["Date of issue", formatDate(d.issuedAt)]);
  keyFacts(doc, facts);

  for (const section of d.schedule) {
    heading(doc, section.heading);
    keyFacts(doc, section.rows);
  }

  if (d.people.length) {
    heading(doc, "People covered");
    keyFacts(
      doc,
      d.people.map((p) => [p.name, [p.role, p.details].filter(Boolean).join(". ")]),
    );
  }

  heading(doc, "Important");
  paragraph(
    doc,
    "This certificate is evidence of the insurance described above. The full terms, conditions and exclusions are in your policy wording; please read them together with this certificate and tell us at once if anything here is wrong.",
  );
  paragraph(
    doc,
    `In an emergency, call ${d.product.documents.emergency_phone}, 24 hours a day, quoting policy number ${p.policy_number}.`,
  );
  paragraph(doc, `Signed for and on behalf of ${d.insurer.name}, ${d.insurer.address}.`, { muted: true });
  return finish();
}
