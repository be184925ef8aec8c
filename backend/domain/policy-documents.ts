import type { AppContext } from "../context";
import { iso } from "../context";
import { notFound } from "./errors";
import type { Caller } from "../security/caller";
import { getProduct } from "../products";
import type { PolicyDocumentKind } from "../adapters/documents/types";
import type { DocumentData } from "../documents";
import { buildView } from "./policy-view";
import { insuredPeople, policySchedule } from "./policy-schedule";
import { loadVisiblePolicy } from "../security/access";
import type { PolicyRow } from "../storage/rows";
import { STATUS, ISSUED } from "../../contract/lifecycle";
import { recordedRefund } from "./actions/cancellation-refund";
import { writtenFor } from "../mail/written-for";
import { DEFAULT_LOCALE } from "../../contract/locales";

export const INSURER = {
  name: "Harbour Insurance Ltd",
  address: "1 Quay Street, Bristol BS1 4DJ",
  registration: "Authorised and regulated by the Financial Conduct Authority, FRN 000000 (demo).",
};

const PDF = "application/pdf";

type Kind = PolicyDocumentKind;
export const DOCUMENTS: Record<Kind, { name: string; type: string; ext: string }> = {
  coi: { name: "certificate-of-insurance", type: PDF, ext: "pdf" },
  "tax-invoice": { name: "tax-invoice", type: PDF, ext: "pdf" },
  "emergency-document": { name: "emergency-document", type: PDF, ext: "pdf" },
  "cancellation-letter": { name: "cancellation-letter", type: PDF, ext: "pdf" },
  "endorsement-schedule": { name: "endorsement-schedule", type: PDF, ext: "pdf" },
  pass_card: { name: "wallet-pass", type: "application/vnd.apple.pkpass", ext: "pkpass" },
};

/** The documents written in the policy's language; the others (emergency document, pass…) are in English. */
const IN_POLICY_LANGUAGE = new Set<Kind>(["coi", "tax-invoice", "cancellation-letter"]);

/** The document's data with the product's texts in the policy's language, where the product has them. */
function inLanguageOf(row: PolicyRow, data: DocumentData): DocumentData {
  const { language, text } = writtenFor(data.product, row);
  if (language === DEFAULT_LOCALE) return data;
  const labelled = <T extends { label: string }>(items: T[]) => items.map((i) => ({ ...i, label: text(i.label) }));
  const view = data.policy;
  const breakdown = view.price_breakdown;
  const refund = data.cancellation?.refund;
  return {
    ...data,
    language,
    policy: {
      ...view,
      product_name: text(view.product_name),
      subproduct_name: text(view.subproduct_name),
      payment_mode_name: view.payment_mode_name && text(view.payment_mode_name),
      price_breakdown: breakdown && { ...breakdown, fees: labelled(breakdown.fees), taxes: labelled(breakdown.taxes) },
    },
    product: {
      ...data.product,
      name: text(data.product.name),
      documents: { ...data.product.documents, certificate: text(data.product.documents.certificate) },
    },
    cancellation: data.cancellation && {
      ...data.cancellation,
      refund: refund && { ...refund, lines: labelled(refund.lines), deductions: labelled(refund.deductions) },
    },
    schedule: data.schedule.map((s) => ({
      heading: text(s.heading),
      rows: s.rows.map(([label, value]) => [text(label), text(value)] as [string, string]),
    })),
  };
}

/** Builds a document from the policy as it stands; only bought policies have documents, letters only once cancelled. */
export async function policyDocument(ctx: AppContext, caller: Caller, policyNumber: string, kind: Kind) {
  return renderDocument(ctx, await loadVisiblePolicy(ctx, caller, policyNumber), kind);
}

/** The holder's view of the policy, as the documents show it (no staff-only keys). */
const HOLDER: Caller = { kind: "anonymous", quoteToken: null };

/** A document of a policy already known to be the caller's (or for the system's own emails). */
export async function renderDocument(ctx: AppContext, row: PolicyRow, kind: Kind) {
  const view = await buildView(ctx, HOLDER, row, null);
  if (!ISSUED.includes(row.status))
    throw notFound(`Policy ${view.policy_number} has no documents yet: they are ready once it is bought.`);
  if (kind === "cancellation-letter" && row.status !== STATUS.cancelled)
    throw notFound(`Policy ${view.policy_number} is not cancelled, so it has no cancellation letter.`);
  if (kind === "endorsement-schedule" && !view.endorsements?.length)
    throw notFound(`Policy ${view.policy_number} has not been changed, so it has no endorsement schedule.`);
  const product = getProduct(row.productSlug)!;
  const cancelledAt =
    row.status === STATUS.cancelled
      ? (await ctx.stores.policies.versions(row.policyNumber)).find((v) => v.status === STATUS.cancelled)?.changedAt
      : undefined;
  const data: DocumentData = {
    policy: view,
    product: { name: product.name, slug: product.slug, documents: product.documents },
    holder: { name: row.customerName, email: row.customerEmail },
    issuedAt: ctx.now(),
    cancellation:
      row.status === STATUS.cancelled
        ? {
            reason: row.cancellationReason ?? "",
            termination_date: row.terminationDate ?? "",
            cancelled_at: iso(cancelledAt) ?? ctx.now().toISOString(),
            refund: await recordedRefund(ctx, row.policyNumber),
          }
        : null,
    insurer: INSURER,
    schedule: policySchedule(product, row.answers),
    people: insuredPeople(product, row.answers),
  };
  const body = await ctx.documents.policyDocument(kind, IN_POLICY_LANGUAGE.has(kind) ? inLanguageOf(row, data) : data);
  const doc = DOCUMENTS[kind];
  return { body, type: doc.type, filename: `${view.policy_number}-${doc.name}.${doc.ext}` };
}
