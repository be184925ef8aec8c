import { wordsOf, type DocumentData } from "./document-data";
import { formatDate, formatPeriod } from "./date-format";
import { heading, keyFacts, paragraph, startDocument } from "./pdf-layout";
import { suspendedSentence, totalPremium } from "./policy-details";

/** The certificate of insurance: who is covered, for what, and when. */
export function certificatePdf(d: DocumentData): Promise<Buffer> {
  const t = wordsOf(d);
  const p = d.policy;
  const number = { policyNumber: p.policy_number };
  const { doc, finish } = startDocument(d, {
    title: t("certificateTitle"),
    subject: t("certificateSubject", number),
  });

  if (p.status === "Suspended") {
    // An insurer still issues the certificate on request, but it must not be taken as evidence of cover.
    paragraph(doc, suspendedSentence(d), { strong: true });
  } else if (p.status !== "Active") {
    paragraph(doc, t("notActive", { status: p.status }), { strong: true });
  }
  paragraph(doc, d.product.documents.certificate);

  heading(doc, t("policySchedule"));
  const facts: Array<[string, string]> = [
    [t("policyNumber"), p.policy_number],
    [t("policyholder"), d.holder.name],
  ];
  if (d.holder.address) facts.push([t("address"), d.holder.address]);
  if (d.holder.email) facts.push([t("email"), d.holder.email]);
  facts.push(
    [
      t("product"),
      p.subproduct_name && p.subproduct_name !== d.product.name
        ? `${d.product.name} (${p.subproduct_name})`
        : d.product.name,
    ],
    [t("status"), p.status],
    [t("periodOfCover"), formatPeriod(p.start_date, p.end_date, d.language)],
    [t("premium"), t("premiumIncluding", { amount: totalPremium(d) })],
  );
  if (p.payment_mode_name) facts.push([t("payment"), p.payment_mode_name]);
  facts.push([t("dateOfIssue"), formatDate(d.issuedAt, d.language)]);
  keyFacts(doc, facts);

  for (const section of d.schedule) {
    heading(doc, section.heading);
    keyFacts(doc, section.rows);
  }

  if (d.people.length) {
    heading(doc, t("peopleCovered"));
    keyFacts(
      doc,
      d.people.map((p) => [p.name, [p.role, p.details].filter(Boolean).join(". ")]),
    );
  }

  heading(doc, t("important"));
  paragraph(doc, t("importantText"));
  paragraph(doc, t("emergency", { phone: d.product.documents.emergency_phone, ...number }));
  paragraph(doc, t("signed", { insurer: d.insurer.name, address: d.insurer.address }), { muted: true });
  return finish();
}
