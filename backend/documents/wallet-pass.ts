import { PKPass } from "passkit-generator";
import type { DocumentData } from "./document-data";
import { formatDate, formatPeriod } from "./date-format";
import { passImages } from "./pass-images";
import { suspendedSentence } from "./policy-details";
import type { PassSigner } from "./pass-signer";

export const SANDBOX_NOTICE = "Sandbox pass – not signed by Apple";
// "\\bended": a Suspended pass is not void, only paused.
const ENDED = /cancel|expired|\bended|lapsed/i;

/** The policy as an Apple Wallet `generic` pass (.pkpass), signed with `signer`. */
export async function walletPass(d: DocumentData, signer: PassSigner): Promise<Buffer> {
  const p = d.policy;
  const docs = d.product.documents;
  const description = `${d.product.name} policy ${p.policy_number}`;
  const people = d.people;
  const back = [
    {
      key: "emergency_phone",
      label: "24-hour emergency phone",
      value: docs.emergency_phone,
      dataDetectorTypes: ["PKDataDetectorTypePhoneNumber"],
    },
    { key: "emergency_instructions", label: "In an emergency", value: docs.emergency_instructions },
    { key: "status", label: "Policy status", value: p.status },
    ...(p.status === "Suspended" ? [{ key: "suspended", label: "Cover suspended", value: suspendedSentence(d) }] : []),
    { key: "cover", label: "Period of cover", value: formatPeriod(p.start_date, p.end_date) },
    ...(people.length
      ? [
          {
            key: "beneficiaries",
            label: "People covered",
            value: people.map((b) => `${b.name} (${b.role})`).join("\n"),
          },
        ]
      : []),
    { key: "insurer", label: "Insurer", value: `${d.insurer.name}\n${d.insurer.address}\n${d.insurer.registration}` },
    ...(signer.sandbox
      ? [
          {
            key: "sandbox",
            label: "Sandbox",
            value: `${SANDBOX_NOTICE}. Wallet will not accept it; it shows what the real pass contains.`,
          },
        ]
      : []),
  ];
  const passJson = {
    formatVersion: 1,
    passTypeIdentifier: signer.passTypeIdentifier,
    teamIdentifier: signer.teamIdentifier,
    serialNumber: p.policy_number,
    organizationName: d.insurer.name,
    description: signer.sandbox ? `${SANDBOX_NOTICE}: ${description}` : description,
    logoText: d.insurer.name,
    backgroundColor: "rgb(11, 79, 108)",
    foregroundColor: "rgb(255, 255, 255)",
    labelColor: "rgb(188, 224, 240)",
    sharingProhibited: true,
    voided: ENDED.test(p.status),
    generic: {
      primaryFields: [{ key: "policy_number", label: "Policy", value: p.policy_number }],
      // On the front too: a suspended pass must not be shown as proof of cover.
      headerFields: p.status === "Suspended" ? [{ key: "cover_state", label: "Cover", value: "Suspended" }] : [],
      secondaryFields: [
        { key: "holder", label: "Policyholder", value: d.holder.name },
        { key: "product", label: "Product", value: d.product.name },
      ],
      auxiliaryFields: [
        { key: "cover_from", label: "Cover from", value: formatDate(p.start_date) },
        { key: "cover_to", label: "Cover to", value: formatDate(p.end_date) },
      ],
      backFields: back,
    },
  };
  const pass = new PKPass(
    { "pass.json": Buffer.from(JSON.stringify(passJson)), ...(await passImages()) },
    {
      wwdr: signer.wwdr,
      signerCert: signer.signerCert,
      signerKey: signer.signerKey,
      signerKeyPassphrase: signer.signerKeyPassphrase,
    },
  );
  pass.setBarcodes({
    format: "PKBarcodeFormatQR",
    message: p.policy_number,
    messageEncoding: "iso-8859-1",
    altText: p.policy_number,
  });
  if (p.end_date) pass.setExpirationDate(endOfDay(p.end_date));
  return pass.getAsBuffer();
}

/** Cover runs to the end of its last day; the pass expires just after. */
function endOfDay(isoDate: string): Date {
  const [y, m, day] = isoDate.slice(0, 10).split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, day + 1));
}
