import { PDFParse } from "pdf-parse";
import { describe, expect, it } from "vitest";
import { cancellationLetterPdf, certificatePdf, emergencyDocumentPdf, taxInvoicePdf, type DocumentData } from "./index";
import { sampleDocument } from "./sample-document";

async function read(pdf: Buffer) {
  // A plain Uint8Array: pdfjs structured-clones its input, and a Buffer does not survive that under vitest.
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    const { text } = await parser.getText();
    const { info } = await parser.getInfo();
    return { text: text.replace(/\s+/g, " "), info: info as Record<string, string> };
  } finally {
    await parser.destroy();
  }
}

const cancelled = (over: Partial<DocumentData["policy"]> = {}) => {
  const d = sampleDocument({
    cancellation: { reason: "Trip called off", termination_date: "2026-12-21", cancelled_at: "2026-11-21T09:30:00Z" },
  });
  return { ...d, policy: { ...d.policy, status: "Cancelled", ...over } };
};

describe("policy PDFs", () => {
  const d = sampleDocument();

  it.each([
    ["certificate", certificatePdf, "Certificate of Insurance"],
    ["tax invoice", taxInvoicePdf, "Tax Invoice"],
    ["emergency document", emergencyDocumentPdf, "Emergency Assistance"],
  ])(
    "%s: an A4 PDF with the holder, the policy number, the cover dates, metadata and a footer",
    async (_, generate, title) => {
      const pdf = await generate(d);
      expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
      expect(pdf.toString("latin1")).toMatch(/\/MediaBox \[0 0 595\.2\d* 841\.8\d*\]/);
      const { text, info } = await read(pdf);
      for (const s of [
        title,
        "Harbour Insurance Ltd",
        "Amelia Okonkwo-Hart",
        "HBR-7Q4K2M",
        "22 November 2026",
        "6 December 2026",
        "Policy HBR-7Q4K2M",
        "Page 1 of",
      ]) {
        expect(text).toContain(s);
      }
      expect(info.Title).toBe(`${title} – HBR-7Q4K2M`);
      expect(info.Author).toBe("Harbour Insurance Ltd");
      expect(info.Subject).toContain("HBR-7Q4K2M");
    },
  );

  it("certificate: the product's wording, the premium, the schedule in order and everyone covered in their role", async () => {
    const { text } = await read(await certificatePdf(d));
    expect(text).toContain("single-trip travel insurance");
    expect(text).toContain("£1,391.88");
    expect(text).toMatch(
      /Your trip\s+Departure date 22 November 2026\s+Return date 6 December 2026\s+Destination Europe/,
    );
    expect(text).toMatch(/Tomás Hart Traveller\. Date of birth: 2 July 2015/);
    expect(text).toMatch(/Grace Hart Beneficiary \(not travelling\)\. Relationship to you: Parent/);
    expect(text).not.toContain("Accept terms");
  });

  it("names beyond the standard fonts' characters print as written (pdf-scripts.test.ts: every script)", async () => {
    const { text } = await read(
      await certificatePdf(sampleDocument({ holder: { name: "Łukasz Żółć-Brontë", email: null } })),
    );
    expect(text).toContain("Policyholder Łukasz Żółć-Brontë");
  });

  it("certificate: a policy that is not active says so", async () => {
    const { text } = await read(await certificatePdf(cancelled()));
    expect(text).toContain("Policy status: Cancelled");
  });

  it("tax invoice: number, date, billed to, each fee and tax by label, totals and the payment", async () => {
    const { text } = await read(await taxInvoicePdf(d));
    const lines = [
      "Invoice number INV-HBR-7Q4K2M-1",
      "Invoice date 20 November 2026",
      "14 Harbourside Walk, Bristol BS1 5LL",
      "Insurance premium £1,225.50",
      "Policy administration fee £10.00",
      "Medical screening fee £5.00",
      "Subtotal before taxes £1,240.50",
      "Insurance premium tax (12%) £147.06",
      "Fire brigade levy (0.35%) £4.32",
      "Total taxes £151.38",
      "Total £1,391.88",
      "reference PAY-93F1C2",
      "Amount paid £1,391.88",
      "Balance due £0.00",
    ];
    for (const line of lines) expect(text).toContain(line);
  });

  it("tax invoice: without payments or an itemised price, the three-figure price and the balance due", async () => {
    const base = sampleDocument();
    const d2 = { ...base, policy: { ...base.policy, price_breakdown: null, payments: [], currency: "EUR" } };
    const { text } = await read(await taxInvoicePdf(d2));
    expect(text).toContain("Insurance premium including fees €1,240.50");
    expect(text).toContain("Taxes €151.38");
    expect(text).toContain("Balance due €1,391.88");
    expect(text).toContain("No payment has been received");
  });

  it("tax invoice: a policy paid monthly lists its schedule, each date and amount, adding up to the total", async () => {
    const base = sampleDocument();
    const instalments = [
      { number: 1, due_date: "2026-11-20", amount: "116.05", status: "collected" as const },
      { number: 2, due_date: "2026-12-22", amount: "115.99", status: "due" as const },
      { number: 3, due_date: "2027-01-22", amount: "115.99", status: "retrying" as const },
    ];
    const plan = { instalments, total: "348.03", currency: "GBP", recurring: true, payment_problem: false };
    const d2 = {
      ...base,
      policy: { ...base.policy, instalment_plan: { ...plan, next_due_date: "2026-12-22", next_amount: "115.99" } },
    };
    const { text } = await read(await taxInvoicePdf(d2));
    for (const line of [
      "Payment schedule",
      "1 of 3 · 20 November 2026 · paid £116.05",
      "2 of 3 · 22 December 2026 · due £115.99",
      "3 of 3 · 22 January 2027 · not taken yet, trying again £115.99",
      "Total of the instalments £348.03",
      "taken from your card on each date above",
    ])
      expect(text).toContain(line);
    expect((await read(await taxInvoicePdf(base))).text).not.toContain("Payment schedule");
  });

  it("emergency document: the 24-hour number, the instructions and the people covered", async () => {
    const { text } = await read(await emergencyDocumentPdf(d));
    expect(text).toContain("24-HOUR EMERGENCY HELPLINE");
    expect(text).toContain("+44 20 7946 0999");
    expect(text).toContain("Have your policy number and passport ready");
    expect(text).toContain("Tomás Hart");
  });

  it("cancellation letter: confirms the cancellation with the reason, the end of cover and a refund note", async () => {
    const { text, info } = await read(await cancellationLetterPdf(cancelled()));
    for (const s of [
      "Confirmation of Cancellation",
      "Dear Amelia Okonkwo-Hart",
      "HBR-7Q4K2M",
      "Reason for cancellation Trip called off",
      "Cover ends 21 December 2026",
      "refund of premium is due",
    ]) {
      expect(text).toContain(s);
    }
    expect(info.Title).toBe("Confirmation of Cancellation – HBR-7Q4K2M");
  });

  it("cancellation letter: states a refund already made", async () => {
    const base = cancelled();
    const refund = {
      ...base.policy.payments[0],
      amount: "-1200.00",
      payment_reference: "RFD-1",
      timestamp: "2026-11-22T08:00:00Z",
    };
    const { text } = await read(
      await cancellationLetterPdf({ ...base, policy: { ...base.policy, payments: [...base.policy.payments, refund] } }),
    );
    expect(text).toContain("A refund of £1,200.00 was made on 22 November 2026 (reference RFD-1)");
  });

  it("cancellation letter: a date before the cover starts is from inception; the refund is itemised", async () => {
    const base = cancelled();
    const refund = {
      termination_date: "2026-11-21",
      from_inception: true,
      cooling_off: false,
      cooling_off_ends: "2026-11-05",
      basis: "from_inception" as const,
      days_in_term: 365,
      days_unused: 365,
      lines: [
        { id: "premium", label: "Premium", amount: "1000.00", refund: "1000.00" },
        { id: "ipt", label: "Insurance premium tax", amount: "120.00", refund: "120.00" },
      ],
      deductions: [{ id: "cancellation_fee", label: "Cancellation fee", amount: "25.00" }],
      total_refund: "1095.00",
      currency: "GBP",
    };
    const { text } = await read(
      await cancellationLetterPdf({
        ...base,
        cancellation: { ...base.cancellation!, termination_date: "2026-11-21", refund },
      }),
    );
    for (const s of [
      "cancelled from the day it started (from inception)",
      "Cover ends 22 November 2026 (from inception)",
      "every day of cover is refunded, less the cancellation fee",
      "Premium (£1,000.00 charged) £1,000.00",
      "Less: Cancellation fee -£25.00",
      "Total refund £1,095.00",
    ])
      expect(text).toContain(s);
  });

  it("cancellation letter: refuses without cancellation data", async () => {
    await expect(cancellationLetterPdf(sampleDocument())).rejects.toThrow(/HBR-7Q4K2M has no cancellation to confirm/);
    await expect(cancellationLetterPdf(sampleDocument({ cancellation: null }))).rejects.toThrow(/cancellation data/);
  });
});
